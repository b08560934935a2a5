import '../chat/chat.js';
import '../layout/layout.js';
import { defineElement } from '../internal/define-element.js';
import { RtcRoom } from './room.component.js';

export { RtcRoom };

defineElement('rtc-room', RtcRoom);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-room': RtcRoom;
  }
}
