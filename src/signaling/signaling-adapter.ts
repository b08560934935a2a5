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
 */
export interface SignalingAdapter {
  /** Connects and joins the room; rejects with an `RtcError` (`signaling-unreachable`). */
  connect(ctx: SignalingContext): Promise<Welcome>;
  /** Sends a message; rejects with an `RtcError` (`signaling-closed`) when not connected. */
  send(message: PeerMessage): Promise<void>;
  /** Leaves the room and closes the connection. Idempotent. */
  disconnect(): Promise<void>;
}
