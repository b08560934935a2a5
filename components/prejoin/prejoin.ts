import { defineElement } from '../internal/define-element.js';
import { RtcPrejoin } from './prejoin.component.js';

export { RtcPrejoin };

defineElement('rtc-prejoin', RtcPrejoin);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-prejoin': RtcPrejoin;
  }
}
