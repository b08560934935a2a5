import { defineElement } from '../internal/define-element.js';
import { RtcMicrophoneToggle } from './microphone-toggle.component.js';

export { RtcMicrophoneToggle };

defineElement('rtc-microphone-toggle', RtcMicrophoneToggle);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-microphone-toggle': RtcMicrophoneToggle;
  }
}
