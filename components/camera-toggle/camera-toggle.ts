import { defineElement } from '../internal/define-element.js';
import { RtcCameraToggle } from './camera-toggle.component.js';

export { RtcCameraToggle };

defineElement('rtc-camera-toggle', RtcCameraToggle);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-camera-toggle': RtcCameraToggle;
  }
}
