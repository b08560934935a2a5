import { LitElement } from 'lit';
import { hostStyles } from '../styles/host.styles.js';

/** The base of every rtc-elements element: Lit plus the shared host styles, nothing else. */
export class RtcElement extends LitElement {
  static override styles = [hostStyles];
}
