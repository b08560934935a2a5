import '../video/video.js';
import { defineElement } from '../internal/define-element.js';
import { RtcLayout } from './layout.component.js';

export { RtcLayout };

defineElement('rtc-layout', RtcLayout);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-layout': RtcLayout;
  }
}
