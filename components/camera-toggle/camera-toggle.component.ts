import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Session } from '../../src/index.js';
import { icon } from '../internal/icons.js';
import { strings } from '../internal/strings.js';
import { RtcToggleButton } from '../internal/toggle-button.js';

/**
 * Turns your camera on and off. Pressed (`aria-pressed="true"`) while the camera is on; off
 * is shown in the warning colour with a struck-through icon. Turning it off stops the camera
 * track, which releases the device (its light goes out). Inside an `<rtc-room>` it uses the
 * room's session; alone, set its `session` property.
 *
 * @tag rtc-camera-toggle
 * @summary Camera on/off button.
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
 * @fires {RtcErrorEvent} rtc-error - The camera could not be turned on (`detail.error` says why).
 */
export class RtcCameraToggle extends RtcToggleButton {
  /** The session, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) override session?: Session;

  protected override isPressed(): boolean {
    return this.joined && !this.activeSession!.localParticipant.cameraMuted;
  }

  protected override get text(): string {
    return strings.controlCamera;
  }

  protected override get alarmWhenOff(): boolean {
    return true;
  }

  protected override renderIcon(pressed: boolean) {
    return html`${icon('camera', !pressed)}`;
  }

  protected override act(): Promise<void> | undefined {
    const local = this.activeSession?.localParticipant;
    return local?.setCamera(local.cameraMuted);
  }
}
