import { html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Participant, RemoteParticipant } from '../../src/index.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { strings } from '../internal/strings.js';
import { styles } from './video.styles.js';

/**
 * Shows one participant's camera, with their name and muted state. Remote participants'
 * audio plays through it; your own preview is mirrored and silent.
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
 *
 * @cssproperty [--rtc-video-aspect-ratio=16 / 9] - The tile's shape.
 * @cssproperty [--rtc-video-fit=cover] - `object-fit` of the picture (`contain` shows it all).
 * @cssproperty [--rtc-video-radius=8px] - Corner radius (falls back to `--rtc-radius-m`).
 * @cssproperty [--rtc-video-background=#1f2329] - Behind the picture and the initials.
 * @cssproperty [--rtc-video-color=#fff] - Text colour of the initials and name tag.
 * @cssproperty [--rtc-video-name-background=rgb(0 0 0 / 0.6)] - Behind the name tag.
 *
 * @cssstate local - The participant is you.
 * @cssstate mirrored - The picture is shown mirrored (your own camera).
 * @cssstate microphone-muted - The participant's microphone is off.
 * @cssstate camera-muted - The participant's camera is off.
 * @cssstate reconnecting - The media connection to this participant is down and being restored.
 */
export class RtcVideo extends RtcElement {
  static override styles = [...RtcElement.styles, styles];

  private readonly internals = this.attachInternals();
  private readonly participantEvents = new EmitterController(this, ['updated']);
  /** Whether this participant's media connection has come up (always, for yourself). */
  private mediaArrived = false;

  @query('video') private readonly video!: HTMLVideoElement;

  /** The participant to show (`session.localParticipant` or one of `session.participants`). */
  @property({ attribute: false }) participant?: Participant;

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
    // A <video> waiting for its first frame delays the page's load event, and a remote stream
    // whose connection never comes up would delay it forever: attach once media can flow.
    const stream = this.mediaArrived ? (participant?.cameraStream ?? null) : null;
    if (this.video.srcObject !== stream) {
      this.video.srcObject = stream;
      // Autoplay may be refused until the person interacts with the page; the tile stays.
      this.video.play().catch(() => undefined);
    }
    this.setState('local', Boolean(participant?.isLocal));
    this.setState('mirrored', Boolean(participant?.isLocal && !this.noMirror));
    this.setState('microphone-muted', Boolean(participant?.microphoneMuted));
    this.setState('camera-muted', Boolean(participant?.cameraMuted));
    this.setState('reconnecting', this.connectionText() === strings.reconnecting);
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
    if (this.isConnected && this.video.srcObject) this.video.play().catch(() => undefined);
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

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}
