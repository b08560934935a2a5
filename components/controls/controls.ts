// The toolbar is made of these elements.
import '../camera-toggle/camera-toggle.js';
import '../chat-toggle/chat-toggle.js';
import '../hand-toggle/hand-toggle.js';
import '../leave-button/leave-button.js';
import '../microphone-toggle/microphone-toggle.js';
import '../participants-toggle/participants-toggle.js';
import '../screen-share-toggle/screen-share-toggle.js';
import { defineElement } from '../internal/define-element.js';
import { RtcControls } from './controls.component.js';

export { RtcControls };

defineElement('rtc-controls', RtcControls);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-controls': RtcControls;
  }
}
