/**
 * Every failure a user can meet, as a stable string. Match on `error.code`, never on the message.
 *
 * - `permission-denied`: the person (or the page's permissions policy) refused the camera or microphone.
 * - `device-not-found`: there is no camera or microphone, or the requested one is gone.
 * - `device-in-use`: the device exists but the system would not open it (another app holds it).
 * - `media-failed`: any other capture failure.
 * - `device-lost`: the camera or microphone in use went away mid-call (unplugged); the message
 *   says which device the call fell back to, if any.
 * - `not-supported`: this browser cannot do what was asked (screen sharing, choosing a speaker).
 * - `signaling-unreachable`: the signaling service could not be reached or refused the connection.
 * - `signaling-closed`: a message was sent while the signaling connection was not open.
 * - `unauthorized`: the signaling server refused the access token (missing, expired, or for another room).
 * - `room-full`: the room has as many participants as the server allows.
 * - `transfer-failed`: a file transfer was declined, or could not finish (see the message).
 * - `ice-failed`: no network path to a participant could be found (see the message: often a TURN server is needed).
 * - `bad-message`: a message from the signaling service or a peer was malformed, too large or unknown.
 * - `unknown-participant`: a message was addressed to somebody who is not in the room.
 * - `negotiation-failed`: the browser refused a session description while connecting to somebody.
 * - `invalid-state`: a method was called at the wrong time (for example `join()` twice).
 * - `invalid-options`: an option or attribute has a value the SDK cannot use.
 */
export type RtcErrorCode =
  | 'permission-denied'
  | 'device-not-found'
  | 'device-in-use'
  | 'media-failed'
  | 'device-lost'
  | 'not-supported'
  | 'signaling-unreachable'
  | 'signaling-closed'
  | 'unauthorized'
  | 'room-full'
  | 'ice-failed'
  | 'transfer-failed'
  | 'bad-message'
  | 'unknown-participant'
  | 'negotiation-failed'
  | 'invalid-state'
  | 'invalid-options';

/** A kind of device a capture error can be about. */
export type DeviceKind = 'camera' | 'microphone' | 'screen' | 'speaker';

/** The one error type of the SDK: a stable `code`, a readable message and the original `cause`. */
export class RtcError extends Error {
  override readonly name = 'RtcError';
  readonly code: RtcErrorCode;
  /** For capture errors: which device failed. */
  readonly device?: DeviceKind;

  constructor(code: RtcErrorCode, message: string, options?: { cause?: unknown; device?: DeviceKind }) {
    super(message, options);
    this.code = code;
    if (options?.device) this.device = options.device;
  }
}
