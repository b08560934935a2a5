import type { Session } from '../../src/index.js';

/**
 * `rtc-request-leave`: the leave button was pressed. Cancel it (`preventDefault()`) to ask
 * "are you sure?" first, or to leave in your own way; otherwise the session leaves.
 */
export class RtcRequestLeaveEvent extends Event {
  static readonly eventName = 'rtc-request-leave';
  readonly detail: { session: Session };
  constructor(detail: { session: Session }) {
    super(RtcRequestLeaveEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rtc-request-leave': RtcRequestLeaveEvent;
  }
}
