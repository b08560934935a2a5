import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Session } from '../../src/index.js';
import { RtcPanelToggleEvent } from '../events/panel-toggle.js';
import { icon } from '../internal/icons.js';
import { RtcToggleButton } from '../internal/toggle-button.js';
import { styles } from './chat-toggle.styles.js';

/**
 * Opens and closes the chat panel. It does not know the panel: it holds its `pressed` state
 * and says what was asked with an `rtc-panel-toggle` event (`detail: {panel: 'chat', open}`),
 * which `<rtc-room>` or the page acts on. Setting `pressed` in code fires nothing.
 * While closed it shows how many chat messages are unread (`session.chat.unreadCount`), in its
 * accessible name too.
 *
 * @tag rtc-chat-toggle
 * @summary Shows or hides the chat panel.
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
 * @csspart badge - The number of unread messages.
 * @cssproperty [--rtc-control-badge-background=light-dark(#b42318, #ff9b93)] - Background of the unread count (falls back to `--rtc-color-danger`).
 *
 * @fires {RtcPanelToggleEvent} rtc-panel-toggle - The button was pressed: `detail.open` is whether the panel should now be open.
 * @fires {RtcErrorEvent} rtc-error - A press failed (`detail.error` says why).
 */
export class RtcChatToggle extends RtcToggleButton {
  static override styles = [...RtcToggleButton.styles, styles];
  /** @internal */
  static override sessionEvents = ['stateChanged', 'unreadCountChanged'];

  /** The session, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) override session?: Session;
  /** Whether the panel is open (reflected as the `pressed` attribute). */
  @property({ type: Boolean, reflect: true }) pressed = false;

  protected override get available(): boolean {
    return true;
  }

  protected override isPressed(): boolean {
    return this.pressed;
  }

  protected override get text(): string {
    return this.strings.controlChat;
  }

  protected override renderIcon() {
    return html`${icon('chat')}`;
  }

  protected override act(): void {
    this.pressed = !this.pressed;
    const event = new RtcPanelToggleEvent({ panel: 'chat', open: this.pressed });
    this.dispatchEvent(event);
  }

  protected override renderExtra() {
    const unread = this.pressed ? 0 : (this.activeSession?.chat.unreadCount ?? 0);
    if (unread === 0) return nothing;
    return html`<span part="badge" aria-hidden="true">${unread}</span
      ><span class="visually-hidden">${this.strings.controlUnread(unread)}</span>`;
  }
}
