import { defineElement } from '../internal/define-element.js';
import { RtcHandToggle } from './hand-toggle.component.js';

export { RtcHandToggle };

defineElement('rtc-hand-toggle', RtcHandToggle);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-hand-toggle': RtcHandToggle;
  }
}
