import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Session } from '../../src/index.js';
import { icon } from '../internal/icons.js';
import { RtcToggleButton } from '../internal/toggle-button.js';

/**
 * Turns your microphone on and off. Pressed (`aria-pressed="true"`) while the microphone is
 * on; off is shown in the warning colour with a struck-through icon. Muting is instant (the
 * track keeps running). A mute made elsewhere (code, a shortcut) shows at once. Inside an
 * `<rtc-room>` it uses the room's session; alone, set its `session` property.
 *
 * @tag rtc-microphone-toggle
 * @summary Microphone on/off button.
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
 *
 * @fires {RtcErrorEvent} rtc-error - The microphone could not be turned on (`detail.error` says why).
 */
export class RtcMicrophoneToggle extends RtcToggleButton {
  /** The session, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) override session?: Session;

  protected override isPressed(): boolean {
    return this.joined && !this.activeSession!.localParticipant.microphoneMuted;
  }

  protected override get text(): string {
    return this.strings.controlMicrophone;
  }

  protected override get alarmWhenOff(): boolean {
    return true;
  }

  protected override renderIcon(pressed: boolean) {
    return html`${icon('microphone', !pressed)}`;
  }

  protected override act(): Promise<void> | undefined {
    const local = this.activeSession?.localParticipant;
    return local?.setMicrophone(local.microphoneMuted);
  }
}
