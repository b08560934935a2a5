/** What `rtc-pinned-changed` carries: the pinned tile's id, or undefined when none is. */
export interface PinnedChange {
  pinned: string | undefined;
}

/**
 * The person pinned a tile, or unpinned it, with a tile's pin button (not fired when the
 * `pinned` property is set in code).
 */
export class RtcPinnedChangedEvent extends Event {
  static readonly eventName = 'rtc-pinned-changed';
  readonly detail: PinnedChange;
  constructor(detail: PinnedChange) {
    super(RtcPinnedChangedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rtc-pinned-changed': RtcPinnedChangedEvent;
  }
}
