import { defineElement } from '../internal/define-element.js';
import { RtcLeaveButton } from './leave-button.component.js';

export { RtcLeaveButton };

defineElement('rtc-leave-button', RtcLeaveButton);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-leave-button': RtcLeaveButton;
  }
}
