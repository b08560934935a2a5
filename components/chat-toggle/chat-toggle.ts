import { defineElement } from '../internal/define-element.js';
import { RtcChatToggle } from './chat-toggle.component.js';

export { RtcChatToggle };

defineElement('rtc-chat-toggle', RtcChatToggle);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-chat-toggle': RtcChatToggle;
  }
}
