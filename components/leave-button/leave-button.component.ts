import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Session } from '../../src/index.js';
import { RtcRequestLeaveEvent } from '../events/request-leave.js';
import { icon } from '../internal/icons.js';
import { RtcElement } from '../internal/rtc-element.js';
import { RtcSessionElement } from '../internal/session-element.js';
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
 * @cssproperty [--rtc-control-background=light-dark(#ffffff, #1a1d23)] - Button background (falls back to `--rtc-color-surface`).
 * @cssproperty [--rtc-control-color=light-dark(#15171a, #eceef1)] - Button text (falls back to `--rtc-color-text`).
 * @cssproperty [--rtc-control-pressed-background=light-dark(#1d4ed8, #8ab0ff)] - Background while pressed (falls back to `--rtc-color-accent`).
 * @cssproperty [--rtc-control-pressed-color=light-dark(#ffffff, #0b1020)] - Text while pressed (falls back to `--rtc-color-on-accent`).
 * @cssproperty [--rtc-control-off-background=light-dark(#b42318, #ff9b93)] - Background of a microphone or camera that is off (falls back to `--rtc-color-danger`).
 * @cssproperty [--rtc-control-off-color=light-dark(#ffffff, #0b1020)] - Text of a microphone or camera that is off (falls back to `--rtc-color-on-accent`).
 * @cssproperty [--rtc-control-radius=8px] - Corner radius (falls back to `--rtc-radius-m`).
 * @cssproperty --rtc-color-accent - Shared token: the pressed background, the focus ring.
 * @cssproperty --rtc-color-border - Shared token: the button's border.
 * @cssproperty [--rtc-leave-background=light-dark(#b42318, #ff9b93)] - Background of the button (falls back to `--rtc-color-danger`).
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
      <span part="icon">${icon('leave')}</span><span part="label">${this.strings.controlLeave}</span>
    </button>`;
  }
}
