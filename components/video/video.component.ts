import { consume } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Participant, RemoteParticipant, Session } from '../../src/index.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { sessionContext } from '../internal/session-context.js';
import { strings } from '../internal/strings.js';
import { styles } from './video.styles.js';

/**
 * Shows one participant's camera, with their name and muted state. Remote participants'
 * audio plays through it; your own preview is mirrored and silent. It rings while they speak,
 * shows their raised hand and, for a few seconds, the emoji they react with. Inside an
 * `<rtc-room>` it follows the room's session (or set `session`): its reactions and its chosen
 * speaker (`session.setSpeaker()`, where the browser can choose one). Where the browser blocks
 * sound until the person interacts with the page, a "Start audio" button shows over the tile.
 *
 * @tag rtc-video
 * @summary One participant's video tile.
 *
 * @csspart base - The tile (a `figure`).
 * @csspart video - The `<video>` element.
 * @csspart placeholder - The initials shown while the camera is off.
 * @csspart name-tag - The caption with the name and muted state.
 * @csspart muted-indicator - The "microphone off" text inside the name tag.
 * @csspart connection-status - "Connecting…" / "Reconnecting…" over a remote tile whose media is not flowing.
 * @csspart hand - The raised-hand badge (✋, named "Hand raised" for screen readers).
 * @csspart reaction - An emoji reaction the participant sent, shown over the tile for a few seconds.
 * @csspart start-audio - "Start audio": shown where the browser blocked playing this participant's sound until you interact.
 *
 * @cssproperty [--rtc-video-aspect-ratio=16 / 9] - The tile's shape.
 * @cssproperty [--rtc-video-fit=cover] - `object-fit` of the picture (`contain` shows it all).
 * @cssproperty [--rtc-video-radius=8px] - Corner radius (falls back to `--rtc-radius-m`).
 * @cssproperty [--rtc-video-background=#1f2329] - Behind the picture and the initials (falls back to `--rtc-color-surface-strong`).
 * @cssproperty [--rtc-video-color=#fff] - Text colour of the initials and name tag.
 * @cssproperty [--rtc-video-name-background=rgb(0 0 0 / 0.6)] - Behind the name tag and the connection status.
 * @cssproperty [--rtc-video-initials-size=2rem] - Font size of the initials shown while the camera is off.
 * @cssproperty [--rtc-color-surface-strong=#1f2329] - Behind the picture, when `--rtc-video-background` is not set.
 * @cssproperty [--rtc-radius-m=8px] - Corner radius, when `--rtc-video-radius` is not set.
 * @cssproperty [--rtc-radius-s=4px] - Corner radius of the name tag and connection status.
 * @cssproperty [--rtc-space-s=8px] - Inset and padding of the name tag and connection status.
 * @cssproperty [--rtc-font-family=system-ui, sans-serif] - Font of the tile.
 * @cssproperty [--rtc-font-size-s=0.875rem] - Font size of the name tag and connection status.
 * @cssproperty [--rtc-video-speaking-color=#22c55e] - The ring around the tile while the participant speaks (falls back to `--rtc-color-speaking`).
 * @cssproperty [--rtc-color-speaking=#22c55e] - The speaking ring, when `--rtc-video-speaking-color` is not set.
 * @cssproperty [--rtc-color-accent=#2563eb] - The "Start audio" button.
 * @cssproperty [--rtc-color-on-accent=#fff] - Text on the "Start audio" button.
 *
 * @cssstate local - The participant is you.
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

  /** Show your own camera unmirrored; by default it is mirrored, as a mirror would show you. */
  @property({ type: Boolean, attribute: 'no-mirror' }) noMirror = false;

  /** The participant's session, for reactions and the chosen speaker, when not inside an `<rtc-room>`. */
  @property({ attribute: false }) session?: Session;

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
    // A <video> waiting for its first frame delays the page's load event, and a remote stream
    // whose connection never comes up would delay it forever: attach once media can flow.
    const stream = this.mediaArrived ? (participant?.cameraStream ?? null) : null;
    if (this.video.srcObject !== stream) {
      this.video.srcObject = stream;
      this.play();
    }
    this.followSpeaker();
    this.setState('local', Boolean(participant?.isLocal));
    this.setState('mirrored', Boolean(participant?.isLocal && !this.noMirror));
    this.setState('microphone-muted', Boolean(participant?.microphoneMuted));
    this.setState('camera-muted', Boolean(participant?.cameraMuted));
    this.setState('reconnecting', this.connectionText() === strings.reconnecting);
    this.setState('speaking', Boolean(participant?.speaking));
    this.setState('hand-raised', Boolean(participant?.handRaised));
    this.setState('audio-blocked', this.audioBlocked);
  }

  /**
   * Plays the tile. Where the browser refuses sound until the person interacts with the page
   * (`NotAllowedError`), the "Start audio" button shows instead of failing silently.
   */
  private play(): void {
    const video = this.video;
    video
      .play()
      .then(() => {
        if (video === this.video) this.audioBlocked = false;
      })
      .catch((error: unknown) => {
        const blocked = (error as { name?: string }).name === 'NotAllowedError';
        if (blocked && video === this.video && !this.participant?.isLocal && video.srcObject) {
          this.audioBlocked = true;
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
    if (!this.participant || participant !== this.participant) return;
    this.reaction = emoji;
    clearTimeout(this.reactionTimer);
    this.reactionTimer = setTimeout(() => (this.reaction = ''), REACTION_MS);
  }

  private handleStartAudioClick(): void {
    // A click is the gesture the browser waits for: playing now is allowed.
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
    const participant = this.participant;
    const name = participant?.isLocal ? strings.you : participant?.name || strings.guest;
    const cameraOff = !participant || participant.cameraMuted;
    const connection = this.connectionText() ?? '';
    return html`
      <figure part="base" aria-label=${strings.videoOf(name)}>
        <video
          @pause=${this.handleVideoPause}
          part="video"
          autoplay
          playsinline
          aria-hidden="true"
          .muted=${Boolean(participant?.isLocal)}
          ?hidden=${cameraOff}
        ></video>
        <div part="placeholder" aria-hidden="true" ?hidden=${!cameraOff}>${initials(name)}</div>
        <div part="connection-status" ?hidden=${!connection}>${connection}</div>
        <span part="hand" role="img" aria-label=${strings.handRaised} ?hidden=${!participant?.handRaised}
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
            participant?.microphoneMuted
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
