import { defineElement } from '../internal/define-element.js';
import { RtcScreenShareToggle } from './screen-share-toggle.component.js';

export { RtcScreenShareToggle };

defineElement('rtc-screen-share-toggle', RtcScreenShareToggle);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-screen-share-toggle': RtcScreenShareToggle;
  }
}
