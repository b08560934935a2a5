import { defineElement } from '../internal/define-element.js';
import { RtcParticipantsToggle } from './participants-toggle.component.js';

export { RtcParticipantsToggle };

defineElement('rtc-participants-toggle', RtcParticipantsToggle);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-participants-toggle': RtcParticipantsToggle;
  }
}
