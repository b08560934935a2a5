import { defineElement } from '../internal/define-element.js';
import { RtcVideo } from './video.component.js';

export { RtcVideo };

defineElement('rtc-video', RtcVideo);

declare global {
  interface HTMLElementTagNameMap {
    'rtc-video': RtcVideo;
  }
}
