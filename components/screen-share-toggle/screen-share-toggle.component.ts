import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Session } from '../../src/index.js';
import { icon } from '../internal/icons.js';
import { RtcToggleButton } from '../internal/toggle-button.js';

/**
 * Starts and stops sharing your screen (a screen, window or tab, chosen in the browser's
 * picker). Pressed (`aria-pressed="true"`) while sharing, including after the browser's own
 * "stop sharing" bar ended it. Disabled where the browser cannot share a screen. A cancelled
 * picker is reported as an `rtc-error` event (`permission-denied`, `device: 'screen'`).
 * Inside an `<rtc-room>` it uses the room's session; alone, set its `session` property.
 *
 * @tag rtc-screen-share-toggle
 * @summary Screen share start/stop button.
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
 * @fires {RtcErrorEvent} rtc-error - The screen could not be shared (cancelled, blocked or not supported).
 */
export class RtcScreenShareToggle extends RtcToggleButton {
  /** The session, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) override session?: Session;
  /** Share the screen's picture only, without its sound (attribute `no-audio`). */
  @property({ type: Boolean, attribute: 'no-audio' }) noAudio = false;

  protected override get available(): boolean {
    return this.joined && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
  }

  protected override isPressed(): boolean {
    return this.joined && this.activeSession!.localParticipant.screenSharing;
  }

  protected override get text(): string {
    return this.strings.controlShareScreen;
  }

  protected override renderIcon() {
    return html`${icon('screen')}`;
  }

  protected override act(): Promise<void> | undefined {
    const session = this.activeSession;
    if (!session) return undefined;
    return session.localParticipant.screenSharing
      ? session.stopScreenShare()
      : session.shareScreen({ audio: !this.noAudio });
  }
}
