import { defineElement } from '../internal/define-element.js';
import { RtcChat } from './chat.component.js';

export { RtcChat };

defineElement('rtc-chat', RtcChat);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-chat': RtcChat;
  }
}
