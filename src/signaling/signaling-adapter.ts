import type { RtcError } from '../errors.js';
import type { IceServer, PeerMessage } from './protocol.js';

/** The state of an adapter's own connection to its backend. */
export type SignalingState = 'connecting' | 'open' | 'closed';

/** What the core hands an adapter when it connects. */
export interface SignalingContext {
  /** The room to join. */
  readonly roomId: string;
  /** The id the core proposes for this participant; a backend that assigns ids may ignore it. */
  readonly selfId: string;
  /** Aborted when the core leaves; the adapter then disconnects. */
  readonly signal: AbortSignal;
  /** Deliver one parsed message from another member of the room. */
  receive(message: PeerMessage): void;
  /** Report the adapter's connection state. */
  setState(state: SignalingState): void;
  /** Report a problem that does not end the connection (a malformed message, a refused send). */
  reportError(error: RtcError): void;
}

/** What `connect` resolves with once the adapter can send and receive. */
export interface Welcome {
  /** This participant's id in the room: the proposed one, or the one the backend assigned. */
  selfId: string;
  /** ICE servers the backend hands out (for example short-lived TURN credentials). */
  iceServers?: IceServer[];
  /** After a reconnection: whether this is the same participant as before (nobody saw it leave). */
  resumed?: boolean;
  /** The ids of the others in the room, when the backend knows them (our server does). */
  members?: string[];
  /**
   * An id of the backend's instance. If it changed across a reconnection, the backend
   * restarted and `members` lists only those who are back so far.
   */
  instance?: string;
}

/**
 * The one seam for any signaling backend. An adapter is a dumb pipe: it moves
 * {@link PeerMessage}s between the members of one room and reports its connection state.
 * Presence, negotiation and retries live in the core.
 *
 * Rules every adapter follows (checked by `test/signaling/conformance.ts`):
 * - a message without `to` reaches every other member of the room, never the sender;
 * - a message with `to` reaches that member only;
 * - messages from one sender arrive in the order they were sent;
 * - `from` on a received message is the sender's id;
 * - incoming data is parsed with `parsePeerMessage`, and bad data goes to `reportError`,
 *   never to `receive` and never into a thrown exception;
 * - `disconnect()` is idempotent and also happens when `ctx.signal` aborts.
 *
 * When the connection drops by itself, the adapter reports `closed` and does nothing more:
 * the core reconnects by calling `connect` again, with the same `selfId`. An adapter whose
 * backend assigns ids should then try to come back as the same participant and say whether
 * it did in `Welcome.resumed`. After `disconnect()`, a `connect` is a fresh join.
 */
export interface SignalingAdapter {
  /**
   * Connects and joins the room. Rejects with an `RtcError`: `unauthorized` or `room-full`
   * when retrying will not help, `signaling-unreachable` otherwise.
   */
  connect(ctx: SignalingContext): Promise<Welcome>;
  /** Sends a message; rejects with an `RtcError` (`signaling-closed`) when not connected. */
  send(message: PeerMessage): Promise<void>;
  /** Leaves the room and closes the connection. Idempotent. */
  disconnect(): Promise<void>;
}
