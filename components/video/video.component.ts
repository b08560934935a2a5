import { consume } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Participant, RemoteParticipant, Session } from '../../src/index.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { StringsController } from '../internal/strings-controller.js';
import { personName, tileName } from '../internal/tile-name.js';
import { sessionContext } from '../internal/session-context.js';
import { styles } from './video.styles.js';

/** What a tile shows: the participant's camera (with their microphone) or their shared screen. */
export type VideoSource = 'camera' | 'screen';

/**
 * Shows one participant's camera or shared screen, with their name and muted state. A remote
 * camera tile plays that person's microphone, and a remote screen tile the screen's own sound
 * when they share some; your own tiles are silent, and your camera preview is mirrored. A camera
 * tile rings while they speak, shows their raised hand and, for a few seconds, the emoji they
 * react with. Inside an `<rtc-room>` it follows the room's session (or set `session`): its
 * reactions and its chosen speaker (`session.setSpeaker()`, where the browser can choose one).
 * Where the browser blocks sound until the person interacts with the page, the picture plays
 * without sound and a "Start audio" button shows over the tile.
 *
 * @tag rtc-video
 * @summary One participant's video tile.
 *
 * @csspart base - The tile (a `figure`).
 * @csspart video - The `<video>` element.
 * @csspart placeholder - The initials shown while the camera (or the screen share) is off.
 * @csspart name-tag - The caption with the name and muted state (at the inline-start corner).
 * @csspart muted-indicator - The "microphone off" text inside the name tag.
 * @csspart connection-status - "Connecting…" / "Reconnecting…" over a remote tile whose media is not flowing.
 * @csspart hand - The raised-hand badge (✋, named "Hand raised" for screen readers).
 * @csspart reaction - An emoji reaction the participant sent, shown over the tile for a few seconds.
 * @csspart start-audio - "Start audio": shown where the browser blocked playing this participant's sound until you interact.
 *
 * @cssproperty --rtc-color-accent - Shared token: the focus ring's fallback, the Start audio button.
 * @cssproperty --rtc-color-speaking - Shared token: the speaking ring.
 * @cssproperty [--rtc-video-aspect-ratio=16 / 9] - The tile's shape (`<rtc-layout>` sizes its tiles by it too).
 * @cssproperty [--rtc-video-fit=cover] - `object-fit` of a camera picture (`contain` shows it all).
 * @cssproperty [--rtc-video-screen-fit=contain] - `object-fit` of a shared screen.
 * @cssproperty [--rtc-video-radius=8px] - Corner radius (falls back to `--rtc-radius-m`).
 * @cssproperty [--rtc-video-background=#1f2329] - Behind the picture and the initials (falls back to `--rtc-color-media`).
 * @cssproperty [--rtc-video-color=#fff] - Text colour of the initials and name tag (falls back to `--rtc-color-on-media`).
 * @cssproperty [--rtc-video-name-background=rgb(0 0 0 / 0.6)] - Behind the name tag (falls back to `--rtc-color-scrim`).
 * @cssproperty [--rtc-video-initials-size=2rem] - Size of the initials.
 * @cssproperty [--rtc-video-speaking-color=light-dark(#15803d, #4ade80)] - The ring around the tile while the participant speaks (falls back to `--rtc-color-speaking`).
 *
 * @cssstate local - The participant is you.
 * @cssstate screen - The tile shows a shared screen (`source="screen"`).
 * @cssstate mirrored - The picture is shown mirrored (your own camera).
 * @cssstate microphone-muted - The participant's microphone is off.
 * @cssstate camera-muted - The participant's camera is off.
 * @cssstate reconnecting - The media connection to this participant is down and being restored.
 * @cssstate speaking - The participant is speaking.
 * @cssstate hand-raised - The participant has a hand raised.
 * @cssstate audio-blocked - The browser refused to play this participant's sound until you interact ("Start audio" shows).
 */
export class RtcVideo extends RtcElement {
  static override styles = [...RtcElement.styles, styles];

  private readonly internals = this.attachInternals();
  private readonly participantEvents = new EmitterController(this, ['updated']);
  private readonly text = new StringsController(this);
  private readonly sessionEvents = new EmitterController(
    this,
    ['reaction', 'speakerChanged'],
    (name, payload) => this.handleSessionEvent(name, payload),
  );
  private reactionTimer: ReturnType<typeof setTimeout> | undefined;
  /** The speaker this tile's `<video>` was last pointed at. */
  private sinkId = '';
  /** Whether this participant's media connection has come up (always, for yourself). */
  private mediaArrived = false;
  /** The screen tile's own stream, remade when the screen's tracks change. */
  private screenStream: MediaStream | undefined;

  @query('video') private readonly video!: HTMLVideoElement;

  /** The session from the enclosing `<rtc-room>`. */
  @consume({ context: sessionContext, subscribe: true })
  @state()
  private contextSession?: Session;
  /** The emoji this participant last reacted with, while it shows. */
  @state() private reaction = '';
  /** Whether the browser refused to play this tile's sound without a gesture. */
  @state() private audioBlocked = false;

  /** The participant to show (`session.localParticipant` or one of `session.participants`). */
  @property({ attribute: false }) participant?: Participant;

  /** `camera` (default): the camera and microphone; `screen`: the participant's shared screen. */
  @property({ reflect: true }) source: VideoSource = 'camera';

  /** Mirror your own camera picture, as a mirror would (attribute `no-mirror` turns it off). */
  @property({ type: Boolean, attribute: 'no-mirror' }) noMirror = false;

  /** The participant's session, for reactions and the chosen speaker, when not inside an `<rtc-room>`. */
  @property({ attribute: false }) session?: Session;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: show the picture again (disconnecting cleared it).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.video) this.video.srcObject = null;
    clearTimeout(this.reactionTimer);
    this.reaction = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('participant')) {
      this.participantEvents.watch(this.participant);
      this.mediaArrived = false;
    }
    if (changed.has('session') || changed.has('contextSession' as keyof RtcVideo)) {
      this.sessionEvents.watch(this.activeSession);
    }
    const participant = this.participant;
    if (
      participant?.isLocal ||
      (participant as RemoteParticipant | undefined)?.connectionState === 'connected'
    ) {
      this.mediaArrived = true;
    }
  }

  protected override updated(): void {
    const participant = this.participant;
    const screen = this.source === 'screen';
    // A <video> waiting for its first frame delays the page's load event, and a stream that
    // never brings one would delay it forever: a remote stream is attached once its connection
    // is up, and your own only while it has a picture (its sound is never played).
    const found = this.mediaArrived && participant ? this.streamOf(participant) : null;
    const stream =
      found && (participant?.isLocal ? found.getVideoTracks() : found.getTracks()).length > 0 ? found : null;
    if (this.video.srcObject !== stream) {
      this.video.srcObject = stream;
      this.play();
    }
    this.followSpeaker();
    this.setState('local', Boolean(participant?.isLocal));
    this.setState('screen', screen);
    this.setState('mirrored', Boolean(participant?.isLocal && !screen && !this.noMirror));
    this.setState('microphone-muted', Boolean(participant?.microphoneMuted));
    this.setState('camera-muted', Boolean(participant?.cameraMuted));
    this.setState('reconnecting', this.connectionText() === this.text.strings.reconnecting);
    this.setState('speaking', Boolean(participant?.speaking) && this.source === 'camera');
    this.setState('hand-raised', Boolean(participant?.handRaised) && this.source === 'camera');
    this.setState('audio-blocked', this.audioBlocked);
  }

  /**
   * The camera tile shows `cameraStream`. A screen tile gets a stream of its own holding the
   * screen's video and sound, so it never plays the microphone a second time.
   */
  private streamOf(participant: Participant): MediaStream | null {
    if (this.source !== 'screen') return participant.cameraStream;
    const tracks = [participant.tracks.get('screen'), participant.tracks.get('screen-audio')].filter(
      (track): track is MediaStreamTrack => Boolean(track),
    );
    if (!tracks.some((track) => track.kind === 'video')) {
      this.screenStream = undefined;
      return null;
    }
    const current = this.screenStream?.getTracks() ?? [];
    if (!this.screenStream || current.length !== tracks.length || tracks.some((t) => !current.includes(t))) {
      this.screenStream = new MediaStream(tracks);
    }
    return this.screenStream;
  }

  /**
   * Plays the tile. Where the browser refuses sound until the person interacts with the page
   * (`NotAllowedError`), the picture plays muted, which needs no permission, and the "Start
   * audio" button shows instead of failing silently.
   */
  private play(): void {
    const video = this.video;
    video
      .play()
      .then(() => {
        // Playing muted while blocked is not the sound started.
        if (video === this.video && !video.muted) this.audioBlocked = false;
      })
      .catch((error: unknown) => {
        const blocked = (error as { name?: string }).name === 'NotAllowedError';
        if (blocked && video === this.video && !this.participant?.isLocal && video.srcObject) {
          this.audioBlocked = true;
          video.muted = true;
          video.play().catch(() => {
            // Not even the picture: the button still starts both.
          });
        }
      });
  }

  /** Plays the tile's sound through the session's chosen speaker, where the browser can choose. */
  private followSpeaker(): void {
    const speakerId = this.activeSession?.speakerId ?? '';
    if (speakerId === this.sinkId || !('setSinkId' in this.video)) return;
    this.sinkId = speakerId;
    this.video.setSinkId(speakerId).catch(() => {
      // The device went away or is not allowed: the sound stays on the speaker it was on.
      this.sinkId = this.video.sinkId;
    });
  }

  private handleSessionEvent(name: string, payload: unknown): void {
    if (name !== 'reaction') return;
    const { participant, emoji } = payload as { participant: Participant; emoji: string };
    if (!this.participant || participant !== this.participant || this.source !== 'camera') return;
    this.reaction = emoji;
    clearTimeout(this.reactionTimer);
    this.reactionTimer = setTimeout(() => (this.reaction = ''), REACTION_MS);
  }

  private handleStartAudioClick(): void {
    // A click is the gesture the browser waits for: sound is allowed now.
    this.video.muted = false;
    this.play();
  }

  private get activeSession(): Session | undefined {
    return this.session ?? this.contextSession;
  }

  /** What to say about a remote participant's media connection, if anything. */
  private connectionText(): string | undefined {
    const participant = this.participant;
    if (!participant || participant.isLocal) return undefined;
    const state = (participant as RemoteParticipant).connectionState;
    const strings = this.text.strings;
    if (state === 'new' || state === 'connecting') return strings.connecting;
    if (state === 'disconnected' || state === 'failed') return strings.reconnecting;
    return undefined;
  }

  /**
   * A call tile never stays paused: browsers pause media when they freeze a background page
   * (or the computer sleeps) and do not resume it when the page wakes.
   */
  private handleVideoPause(): void {
    if (this.isConnected && this.video.srcObject) this.play();
  }

  private setState(state: string, on: boolean): void {
    if (on) this.internals.states.add(state);
    else this.internals.states.delete(state);
  }

  override render() {
    const strings = this.text.strings;
    const participant = this.participant;
    const screen = this.source === 'screen';
    const name = tileName(strings, participant, this.source);
    const letters = initials(personName(strings, participant));
    const pictureOff = !participant || (screen ? !participant.tracks.has('screen') : participant.cameraMuted);
    const connection = this.connectionText() ?? '';
    return html`
      <figure part="base" aria-label=${screen ? name : strings.videoOf(name)}>
        <video
          @pause=${this.handleVideoPause}
          part="video"
          autoplay
          playsinline
          aria-hidden="true"
          .muted=${Boolean(participant?.isLocal) || this.audioBlocked}
          ?hidden=${pictureOff}
        ></video>
        <div part="placeholder" aria-hidden="true" ?hidden=${!pictureOff}>${letters}</div>
        <div part="connection-status" ?hidden=${!connection}>${connection}</div>
        <span
          part="hand"
          role="img"
          aria-label=${strings.handRaised}
          ?hidden=${!participant?.handRaised || screen}
          >✋</span
        >
        <div part="reaction" role="status">
          ${
            this.reaction
              ? html`<span aria-hidden="true">${this.reaction}</span
                  ><span class="visually-hidden">${strings.reacted(name, this.reaction)}</span>`
              : ''
          }
        </div>
        <button
          type="button"
          part="start-audio"
          ?hidden=${!this.audioBlocked}
          @click=${this.handleStartAudioClick}
        >
          ${strings.startAudio}
        </button>
        <figcaption part="name-tag">
          ${name}${
            participant?.microphoneMuted && !screen
              ? html`<span part="muted-indicator">(${strings.microphoneOff})</span>`
              : ''
          }
        </figcaption>
      </figure>
    `;
  }
}

/** How long a reaction stays over the tile. */
const REACTION_MS = 3000;

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}
