import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Participant, Session } from '../../src/index.js';
import { icon } from '../internal/icons.js';
import { RtcSessionElement } from '../internal/session-element.js';
import { styles } from './participants.styles.js';

/**
 * The people in the call: each one's name, whether their microphone and camera are off, a
 * raised hand and who is speaking (each with a text alternative). Raised hands come first, in
 * the order they were raised; then you, then the others in the order they joined. Your own row
 * has a button to raise or lower your hand. Names are shown as text, never as HTML. Inside an
 * `<rtc-room>` it uses the room's session; alone, set its `session` property.
 *
 * @tag rtc-participants
 * @summary The list of participants, with raise/lower hand.
 *
 * @csspart base - The panel (a `section`).
 * @csspart list - The list (`ul`).
 * @csspart participant - One person (`li`).
 * @csspart name - The person's name.
 * @csspart hand - The raised-hand marker.
 * @csspart speaking - The speaking marker.
 * @csspart microphone-off - The microphone-off marker.
 * @csspart camera-off - The camera-off marker.
 * @csspart hand-button - Raises or lowers your hand (in your row).
 *
 * @cssproperty --rtc-color-accent - Shared token: the speaking marker, the pressed hand button.
 * @cssproperty --rtc-color-danger - Shared token: the microphone-off and camera-off markers.
 * @cssproperty --rtc-color-border - Shared token: the hand button's border.
 *
 * @cssstate speaking - Someone in the list is speaking.
 *
 * @fires {RtcErrorEvent} rtc-error - Raising or lowering your hand failed.
 */
export class RtcParticipants extends RtcSessionElement {
  static override styles = [...RtcSessionElement.styles, styles];
  /** @internal */
  static override sessionEvents = [
    'stateChanged',
    'participantJoined',
    'participantLeft',
    'participantUpdated',
  ];

  private readonly internals = this.attachInternals();
  /** Participants whose `updated` (speaking, tracks) this element follows. */
  private readonly watched = new Set<Participant>();
  /** When each raised hand went up, to keep them in that order. */
  private readonly raisedAt = new Map<Participant, number>();
  private raises = 0;
  private readonly handleParticipantUpdated = (): void => this.requestUpdate();

  /** The session, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) override session?: Session;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const participant of this.watched) participant.off('updated', this.handleParticipantUpdated);
    this.watched.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const everyone = new Set<Participant>(this.everyone());
    for (const participant of this.watched) {
      if (everyone.has(participant)) continue;
      participant.off('updated', this.handleParticipantUpdated);
      this.watched.delete(participant);
    }
    for (const participant of everyone) {
      // The local participant is followed by the base class already.
      if (!participant.isLocal && this.isConnected && !this.watched.has(participant)) {
        participant.on('updated', this.handleParticipantUpdated);
        this.watched.add(participant);
      }
      if (!participant.handRaised) this.raisedAt.delete(participant);
      else if (!this.raisedAt.has(participant)) this.raisedAt.set(participant, (this.raises += 1));
    }
    for (const participant of this.raisedAt.keys())
      if (!everyone.has(participant)) this.raisedAt.delete(participant);
    if ([...everyone].some((participant) => participant.speaking)) this.internals.states.add('speaking');
    else this.internals.states.delete('speaking');
  }

  /** You, then the others in the order they joined. */
  private everyone(): Participant[] {
    const session = this.activeSession;
    if (!session || session.state !== 'joined') return [];
    return [session.localParticipant, ...session.participants.values()];
  }

  /** Raised hands first, in the order raised; the rest keep their order (sort is stable). */
  private sorted(): Participant[] {
    const rank = (participant: Participant) => this.raisedAt.get(participant) ?? Infinity;
    return this.everyone().sort((a, b) => rank(a) - rank(b));
  }

  private handleHandClick(): void {
    const local = this.activeSession?.localParticipant;
    try {
      local?.setHandRaised(!local.handRaised);
    } catch (error) {
      this.report(error);
    }
  }

  private renderParticipant(participant: Participant) {
    const name = participant.isLocal
      ? this.strings.peopleYou(participant.name)
      : participant.name || this.strings.guest;
    return html`<li part="participant">
      <span part="name">${name}</span>
      ${
        participant.handRaised
          ? html`<span part="hand" role="img" aria-label=${this.strings.peopleHandRaised}>✋</span>`
          : nothing
      }
      ${
        participant.speaking
          ? html`<span part="speaking" role="img" aria-label=${this.strings.peopleSpeaking}>●</span>`
          : nothing
      }
      ${
        participant.microphoneMuted
          ? html`<span part="microphone-off" role="img" aria-label=${this.strings.peopleMicrophoneOff}
              >${icon('microphone', true)}</span
            >`
          : nothing
      }
      ${
        participant.cameraMuted
          ? html`<span part="camera-off" role="img" aria-label=${this.strings.peopleCameraOff}
              >${icon('camera', true)}</span
            >`
          : nothing
      }
      ${
        participant.isLocal
          ? html`<button
              part="hand-button"
              type="button"
              aria-pressed=${participant.handRaised ? 'true' : 'false'}
              @click=${this.handleHandClick}
            >
              ${participant.handRaised ? this.strings.peopleLowerHand : this.strings.peopleRaiseHand}
            </button>`
          : nothing
      }
    </li>`;
  }

  override render() {
    return html`<section part="base" aria-label=${this.strings.peopleList}>
      <ul part="list">
        ${this.sorted().map((participant) => this.renderParticipant(participant))}
      </ul>
    </section>`;
  }
}
