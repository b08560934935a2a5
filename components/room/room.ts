import '../chat/chat.js';
import '../controls/controls.js';
import '../layout/layout.js';
import '../participants/participants.js';
import '../prejoin/prejoin.js';
import { defineElement } from '../internal/define-element.js';
import { RtcRoom } from './room.component.js';

export { RtcRoom };

defineElement('rtc-room', RtcRoom);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-room': RtcRoom;
  }
}
