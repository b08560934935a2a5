import { html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Participant, RemoteParticipant } from '../../src/index.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { StringsController } from '../internal/strings-controller.js';
import { personName, tileName } from '../internal/tile-name.js';
import { styles } from './video.styles.js';

/** What a tile shows: the participant's camera (with their microphone) or their shared screen. */
export type VideoSource = 'camera' | 'screen';

/**
 * Shows one participant's camera or shared screen, with their name and muted state. A remote
 * camera tile plays that person's microphone, and a remote screen tile the screen's own sound
 * when they share some; your own tiles are silent, and your camera preview is mirrored.
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
 *
 * @cssproperty --rtc-color-accent - Shared token: the focus ring's fallback.
 * @cssproperty [--rtc-video-aspect-ratio=16 / 9] - The tile's shape (`<rtc-layout>` sizes its tiles by it too).
 * @cssproperty [--rtc-video-fit=cover] - `object-fit` of a camera picture (`contain` shows it all).
 * @cssproperty [--rtc-video-screen-fit=contain] - `object-fit` of a shared screen.
 * @cssproperty [--rtc-video-radius=8px] - Corner radius (falls back to `--rtc-radius-m`).
 * @cssproperty [--rtc-video-background=#1f2329] - Behind the picture and the initials (falls back to `--rtc-color-media`).
 * @cssproperty [--rtc-video-color=#fff] - Text colour of the initials and name tag (falls back to `--rtc-color-on-media`).
 * @cssproperty [--rtc-video-name-background=rgb(0 0 0 / 0.6)] - Behind the name tag (falls back to `--rtc-color-scrim`).
 * @cssproperty [--rtc-video-initials-size=2rem] - Size of the initials.
 *
 * @cssstate local - The participant is you.
 * @cssstate screen - The tile shows a shared screen (`source="screen"`).
 * @cssstate mirrored - The picture is shown mirrored (your own camera).
 * @cssstate microphone-muted - The participant's microphone is off.
 * @cssstate camera-muted - The participant's camera is off.
 * @cssstate reconnecting - The media connection to this participant is down and being restored.
 */
export class RtcVideo extends RtcElement {
  static override styles = [...RtcElement.styles, styles];

  private readonly internals = this.attachInternals();
  private readonly participantEvents = new EmitterController(this, ['updated']);
  private readonly text = new StringsController(this);
  /** Whether this participant's media connection has come up (always, for yourself). */
  private mediaArrived = false;
  /** The screen tile's own stream, remade when the screen's tracks change. */
  private screenStream: MediaStream | undefined;

  @query('video') private readonly video!: HTMLVideoElement;

  /** The participant to show (`session.localParticipant` or one of `session.participants`). */
  @property({ attribute: false }) participant?: Participant;

  /** `camera` (default): the camera and microphone; `screen`: the participant's shared screen. */
  @property({ reflect: true }) source: VideoSource = 'camera';

  /** Mirror your own camera picture, as a mirror would (attribute `no-mirror` turns it off). */
  @property({ type: Boolean, attribute: 'no-mirror' }) noMirror = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: show the picture again (disconnecting cleared it).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.video) this.video.srcObject = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('participant')) {
      this.participantEvents.watch(this.participant);
      this.mediaArrived = false;
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
    // A <video> waiting for its first frame delays the page's load event, and a remote stream
    // whose connection never comes up would delay it forever: attach once media can flow.
    const stream = this.mediaArrived && participant ? this.streamOf(participant) : null;
    if (this.video.srcObject !== stream) {
      this.video.srcObject = stream;
      // Autoplay may be refused until the person interacts with the page; the tile stays.
      this.video.play().catch(() => undefined);
    }
    this.setState('local', Boolean(participant?.isLocal));
    this.setState('screen', screen);
    this.setState('mirrored', Boolean(participant?.isLocal && !screen && !this.noMirror));
    this.setState('microphone-muted', Boolean(participant?.microphoneMuted));
    this.setState('camera-muted', Boolean(participant?.cameraMuted));
    this.setState('reconnecting', this.connectionText() === this.text.strings.reconnecting);
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
    if (this.isConnected && this.video.srcObject) this.video.play().catch(() => undefined);
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
          .muted=${Boolean(participant?.isLocal)}
          ?hidden=${pictureOff}
        ></video>
        <div part="placeholder" aria-hidden="true" ?hidden=${!pictureOff}>${letters}</div>
        <div part="connection-status" ?hidden=${!connection}>${connection}</div>
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

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}
