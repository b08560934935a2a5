import { defineElement } from '../internal/define-element.js';
import { RtcDeviceSelect } from './device-select.component.js';

export { RtcDeviceSelect };

defineElement('rtc-device-select', RtcDeviceSelect);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-device-select': RtcDeviceSelect;
  }
}
