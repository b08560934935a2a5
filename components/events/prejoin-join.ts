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
 * The person pressed Join in `<rtc-prejoin>`. The preview has released the camera and the
 * microphone by the time this fires, so the session can open them. `RtcPrejoin.sessionOptions
 * (event.detail)` turns the choice into `SessionOptions` fields.
 */
export class RtcPrejoinJoinEvent extends Event {
  static readonly eventName = 'rtc-prejoin-join';
  readonly detail: PrejoinChoice;
  constructor(detail: PrejoinChoice) {
    super(RtcPrejoinJoinEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The `SessionOptions` fields a {@link PrejoinChoice} sets. */
export type PrejoinSessionOptions = Required<Pick<SessionOptions, 'name' | 'audio' | 'video'>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rtc-prejoin-join': RtcPrejoinJoinEvent;
  }
}
