import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MediaDevice, Session } from '../../src/index.js';
import { RtcSessionElement } from '../internal/session-element.js';
import { styles } from './device-select.styles.js';

type Kind = MediaDevice['kind'];

const canChooseSpeaker = (): boolean =>
  typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

/**
 * Chooses the camera, microphone and speaker of a call: a labelled `<select>` for each, kept
 * current as devices are plugged in and out (`session.devices`). A choice switches the device
 * through the core (`setCameraDevice`, `setMicrophoneDevice`, `session.setSpeaker`) mid-call,
 * without renegotiating; with the device off, it is the one used when it is turned on. The
 * speaker list is left out where the browser cannot choose one (no `setSinkId`). Browsers name
 * devices only once a camera or microphone was allowed. Inside an `<rtc-room>` it uses the
 * room's session; alone, set its `session` property.
 *
 * @tag rtc-device-select
 * @summary Camera, microphone and speaker choice.
 *
 * @csspart base - The wrapper of the fields.
 * @csspart field - One label and its select.
 * @csspart label - The label of a select.
 * @csspart select - A `<select>` of devices.
 *
 * @cssproperty --rtc-color-accent - Shared token: the focus ring.
 * @cssproperty --rtc-color-border - Shared token: the selects' border.
 *
 * @fires {RtcErrorEvent} rtc-error - The chosen device could not be opened (the one in use stays).
 */
export class RtcDeviceSelect extends RtcSessionElement {
  static override styles = [...RtcSessionElement.styles, styles];
  /** @internal */
  static override sessionEvents = ['stateChanged', 'devicesChanged', 'speakerChanged'];

  /** A switch is under way. */
  @state() private busy = false;

  /** The session, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) override session?: Session;
  /** Show only one list: `camera`, `microphone` or `speaker` (unset: all three). */
  @property({ reflect: true }) kind?: Kind;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.activeSession;
    super.willUpdate(changed);
    // Labels and lists may be stale when the element arrives; ask once per session.
    if (this.activeSession && this.activeSession !== before) void this.activeSession.devices.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.activeSession?.devices.refresh();
  }

  private async handleChange(kind: Kind, event: Event): Promise<void> {
    const session = this.activeSession;
    const select = event.target as HTMLSelectElement;
    if (!session) return;
    this.busy = true;
    try {
      if (kind === 'camera') await session.localParticipant.setCameraDevice(select.value);
      else if (kind === 'microphone') await session.localParticipant.setMicrophoneDevice(select.value);
      else await session.setSpeaker(select.value);
    } catch (error) {
      this.report(error);
    } finally {
      this.busy = false;
      // Show what is really in use (the old device when the new one failed).
      select.value = this.current(kind) ?? '';
    }
  }

  private current(kind: Kind): string | undefined {
    const session = this.activeSession;
    if (kind === 'camera') return session?.localParticipant.cameraDeviceId;
    if (kind === 'microphone') return session?.localParticipant.microphoneDeviceId;
    return session?.speakerId;
  }

  private renderField(kind: Kind, label: string, devices: readonly MediaDevice[]) {
    const current = this.current(kind) ?? '';
    const listed = devices.some((device) => device.deviceId === current);
    return html`<div part="field">
      <label part="label" for=${kind}>${label}</label>
      <select
        id=${kind}
        part="select"
        aria-busy=${this.busy ? 'true' : 'false'}
        ?disabled=${devices.length === 0}
        @change=${(event: Event) => this.handleChange(kind, event)}
      >
        ${devices.length === 0 ? html`<option value="">${this.strings.deviceNone}</option>` : nothing}
        ${!listed && devices.length > 0 ? html`<option value=${current}>${this.strings.deviceDefault}</option>` : nothing}
        ${devices.map(
          (device) =>
            html`<option value=${device.deviceId} ?selected=${device.deviceId === current}>
              ${device.label}
            </option>`,
        )}
      </select>
    </div>`;
  }

  override render() {
    const devices = this.activeSession?.devices;
    const show = (kind: Kind) => !this.kind || this.kind === kind;
    return html`<div part="base">
      ${show('camera') ? this.renderField('camera', this.strings.deviceCamera, devices?.cameras ?? []) : nothing}
      ${
        show('microphone')
          ? this.renderField('microphone', this.strings.deviceMicrophone, devices?.microphones ?? [])
          : nothing
      }
      ${
        show('speaker') && canChooseSpeaker()
          ? this.renderField('speaker', this.strings.deviceSpeaker, devices?.speakers ?? [])
          : nothing
      }
    </div>`;
  }
}
