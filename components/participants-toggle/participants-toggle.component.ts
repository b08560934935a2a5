import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Session } from '../../src/index.js';
import { RtcPanelToggleEvent } from '../events/panel-toggle.js';
import { icon } from '../internal/icons.js';
import { strings } from '../internal/strings.js';
import { RtcToggleButton } from '../internal/toggle-button.js';

/**
 * Opens and closes the participants panel. It does not know the panel: it holds its `pressed` state
 * and says what was asked with an `rtc-panel-toggle` event (`detail: {panel: 'participants', open}`),
 * which `<rtc-room>` or the page acts on. Setting `pressed` in code fires nothing.
 *
 * @tag rtc-participants-toggle
 * @summary Shows or hides the participants panel.
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
 *
 * @fires {RtcPanelToggleEvent} rtc-panel-toggle - The button was pressed: `detail.open` is whether the panel should now be open.
 * @fires {RtcErrorEvent} rtc-error - A press failed (`detail.error` says why).
 */
export class RtcParticipantsToggle extends RtcToggleButton {
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
    return strings.controlPeople;
  }

  protected override renderIcon() {
    return html`${icon('people')}`;
  }

  protected override act(): void {
    this.pressed = !this.pressed;
    const event = new RtcPanelToggleEvent({ panel: 'participants', open: this.pressed });
    this.dispatchEvent(event);
  }
}
