import { defineElement } from '../internal/define-element.js';
import { RtcParticipants } from './participants.component.js';

export { RtcParticipants };

defineElement('rtc-participants', RtcParticipants);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-participants': RtcParticipants;
  }
}
