import type { MediaRequest, SessionOptions } from '../../src/index.js';

/** What the person chose before joining: `<rtc-prejoin>`'s `rtc-prejoin-join` detail. */
export interface PrejoinChoice {
  /** The name typed in (plain text, at most 64 characters; may be empty). */
  name: string;
  /** The microphone: `false` when turned off (or unavailable), else `{deviceId: {exact}}`. */
  audio: MediaRequest | false;
  /** The camera: `false` when turned off (or unavailable), else `{deviceId: {exact}}` and a size. */
  video: MediaRequest | false;
}

/**
 * The person pressed Join in `<rtc-prejoin>`. `RtcPrejoin.sessionOptions(event.detail)` turns
 * the choice into `SessionOptions` fields. The preview releases the camera and the microphone
 * once every listener has returned, unless one hands it the join with `waitUntil`.
 */
export class RtcPrejoinJoinEvent extends Event {
  static readonly eventName = 'rtc-prejoin-join';
  readonly detail: PrejoinChoice;
  /** @internal What the preview waits for before it lets go of the devices. */
  readonly holds: Array<Promise<unknown>> = [];
  constructor(detail: PrejoinChoice) {
    super(RtcPrejoinJoinEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }

  /**
   * Keeps the preview's camera and microphone open until `joined` settles (call it while the
   * event is dispatched, with the session's `join()`): the session then opens devices that are
   * already open. Closing a camera and opening it again at once is slower, blinks its light,
   * and Chromium can hand back a shared camera that delivers no frames.
   */
  waitUntil(joined: Promise<unknown>): void {
    this.holds.push(joined);
  }
}

/** The `SessionOptions` fields a {@link PrejoinChoice} sets. */
export type PrejoinSessionOptions = Required<Pick<SessionOptions, 'name' | 'audio' | 'video'>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rtc-prejoin-join': RtcPrejoinJoinEvent;
  }
}
