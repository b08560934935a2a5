import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Session } from '../../src/index.js';
import { RtcRequestLeaveEvent } from '../events/request-leave.js';
import { icon } from '../internal/icons.js';
import { RtcElement } from '../internal/rtc-element.js';
import { RtcSessionElement } from '../internal/session-element.js';
import { strings } from '../internal/strings.js';
import { toggleStyles } from '../internal/toggle.styles.js';
import { styles } from './leave-button.styles.js';

/**
 * Leaves the call. It first dispatches a cancelable `rtc-request-leave` event: cancel it to
 * ask "are you sure?" or to leave your own way; otherwise the session leaves (every track
 * stopped, every connection closed). Disabled unless the session has joined. Inside an
 * `<rtc-room>` it uses the room's session; alone, set its `session` property.
 *
 * @tag rtc-leave-button
 * @summary Leave-the-call button.
 *
 * @csspart base - The `<button>`.
 * @csspart icon - The icon in the button.
 * @csspart label - The button's text.
 *
 * @cssproperty [--rtc-control-background=Canvas] - Button background (falls back to `--rtc-color-surface`).
 * @cssproperty [--rtc-control-color=CanvasText] - Button text (falls back to `--rtc-color-text`).
 * @cssproperty [--rtc-control-pressed-background=#2563eb] - Background while pressed (falls back to `--rtc-color-accent`).
 * @cssproperty [--rtc-control-pressed-color=#fff] - Text while pressed (falls back to `--rtc-color-on-accent`).
 * @cssproperty [--rtc-control-off-background=#b91c1c] - Background of a microphone or camera that is off (falls back to `--rtc-color-danger`).
 * @cssproperty [--rtc-control-off-color=#fff] - Text of a microphone or camera that is off.
 * @cssproperty [--rtc-control-radius=8px] - Corner radius (falls back to `--rtc-radius-m`).
 * @cssproperty [--rtc-color-surface=Canvas] - Button background, when `--rtc-control-background` is not set.
 * @cssproperty [--rtc-color-text=CanvasText] - Button text, when `--rtc-control-color` is not set.
 * @cssproperty [--rtc-color-accent=#2563eb] - Pressed background and focus ring.
 * @cssproperty [--rtc-color-on-accent=#fff] - Text while pressed, when `--rtc-control-pressed-color` is not set.
 * @cssproperty [--rtc-color-danger=#b91c1c] - Background of a device that is off, when `--rtc-control-off-background` is not set.
 * @cssproperty [--rtc-color-border=color-mix(in srgb, currentColor 30%, transparent)] - Button border.
 * @cssproperty [--rtc-radius-m=8px] - Corner radius, when `--rtc-control-radius` is not set.
 * @cssproperty [--rtc-space-s=8px] - Padding.
 * @cssproperty [--rtc-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--rtc-font-size-s=0.875rem] - Font size.
 * @cssproperty [--rtc-leave-background=#b91c1c] - Background of the button (falls back to `--rtc-color-danger`).
 * @cssproperty [--rtc-color-danger=#b91c1c] - Background, when `--rtc-leave-background` is not set.
 *
 * @fires {RtcRequestLeaveEvent} rtc-request-leave - The button was pressed; cancelable.
 * @fires {RtcErrorEvent} rtc-error - Leaving failed.
 */
export class RtcLeaveButton extends RtcSessionElement {
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = {
    ...RtcElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [...RtcElement.styles, toggleStyles, styles];

  @state() private busy = false;

  /** The session, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) override session?: Session;

  private async handleClick(): Promise<void> {
    const session = this.activeSession;
    if (!session || !this.joined || this.busy) return;
    const request = new RtcRequestLeaveEvent({ session });
    if (!this.dispatchEvent(request)) return;
    this.busy = true;
    try {
      await session.leave();
    } catch (error) {
      this.report(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<button
      part="base"
      type="button"
      aria-disabled=${this.busy ? 'true' : 'false'}
      ?disabled=${!this.joined}
      @click=${this.handleClick}
    >
      <span part="icon">${icon('leave')}</span><span part="label">${strings.controlLeave}</span>
    </button>`;
  }
}
