import { randomUUID } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import {
  PROTOCOL_LIMITS,
  PROTOCOL_VERSION,
  type ByeMessage,
  type ClientMessage,
  type IceServer,
  type PeerMessage,
  type ServerErrorCode,
  type ServerMessage,
} from '../src/signaling/protocol.js';
import { decodeFrame } from './decode-frame.js';
import { Rooms } from './rooms.js';

export interface RelayOptions {
  /** Handed to every client in `welcome`. */
  iceServers: readonly IceServer[];
  /** Text frames above this many bytes get a `bad-message` reply. */
  maxMessageBytes: number;
}

/** A joined connection: the id the server gave it and the room it is in. */
interface Membership {
  id: string;
  room: string;
}

/**
 * The room-scoped relay. Each connection joins one room and gets an id from the server; its
 * peer messages go, with `from` stamped to that id, only to members of the same room. When a
 * joined connection goes away without saying `bye`, the relay says it on its behalf.
 */
export class Relay {
  private readonly rooms = new Rooms<WebSocket>();

  constructor(private readonly options: RelayOptions) {}

  /** Serves one client connection until it closes. */
  accept(socket: WebSocket): void {
    let membership: Membership | undefined;

    socket.on('message', (data: RawData, isBinary: boolean) => {
      try {
        const decoded = decodeFrame(data, isBinary, this.options.maxMessageBytes);
        if (!decoded.ok) {
          sendError(socket, 'bad-message', decoded.reason);
          return;
        }
        membership = this.handleMessage(socket, membership, decoded.message);
      } catch {
        // Only a bug can land here; the connection stays usable and the process stays up.
        sendError(socket, 'bad-message', 'the server could not process this message');
      }
    });

    socket.on('close', () => {
      if (!membership) return; // never joined, or already said bye
      this.rooms.remove(membership.room, membership.id);
      this.broadcast(membership, bye(membership.id));
      membership = undefined;
    });

    // An error on one socket (a reset, a frame over maxPayload, invalid UTF-8) is always
    // followed by 'close', which does the cleanup. Without a listener ws would throw it.
    socket.on('error', () => undefined);
  }

  /** Acts on one valid message; returns the connection's membership afterwards. */
  private handleMessage(
    socket: WebSocket,
    membership: Membership | undefined,
    message: ClientMessage,
  ): Membership | undefined {
    if (message.type === 'join') {
      if (membership) {
        sendError(socket, 'already-joined', 'this connection has already joined a room');
        return membership;
      }
      const joined = { id: randomUUID(), room: message.room };
      this.rooms.add(joined.room, joined.id, socket);
      send(socket, {
        v: PROTOCOL_VERSION,
        type: 'welcome',
        id: joined.id,
        iceServers: [...this.options.iceServers],
      });
      return joined;
    }
    if (!membership) {
      sendError(socket, 'not-joined', 'send join before any other message');
      return undefined;
    }
    if (message.type === 'bye') {
      // Leaving is news for the whole room, whoever the client addressed it to.
      this.rooms.remove(membership.room, membership.id);
      this.broadcast(membership, bye(membership.id));
      return undefined;
    }
    this.relay(socket, membership, { ...message, from: membership.id });
    return membership;
  }

  private relay(socket: WebSocket, sender: Membership, message: PeerMessage): void {
    const text = JSON.stringify(message);
    // Stamping `from` can push a message that was just under the limit over it, and no
    // client would accept it then.
    if (Buffer.byteLength(text) > PROTOCOL_LIMITS.maxMessageBytes) {
      sendError(socket, 'bad-message', 'message is too large to relay');
      return;
    }
    if (message.to === undefined) {
      for (const member of this.rooms.others(sender.room, sender.id)) sendText(member, text);
      return;
    }
    if (message.to === sender.id) {
      sendError(socket, 'bad-message', 'a message cannot be addressed to its sender');
      return;
    }
    const target = this.rooms.find(sender.room, message.to);
    if (!target) {
      sendError(socket, 'unknown-participant', 'no participant with that id in this room');
      return;
    }
    sendText(target, text);
  }

  private broadcast(sender: Membership, message: PeerMessage): void {
    const text = JSON.stringify(message);
    for (const member of this.rooms.others(sender.room, sender.id)) sendText(member, text);
  }
}

function bye(from: string): ByeMessage {
  return { v: PROTOCOL_VERSION, type: 'bye', from };
}

function sendError(socket: WebSocket, code: ServerErrorCode, message: string): void {
  send(socket, {
    v: PROTOCOL_VERSION,
    type: 'error',
    code,
    message: message.slice(0, PROTOCOL_LIMITS.maxErrorMessageLength),
  });
}

function send(socket: WebSocket, message: ServerMessage): void {
  sendText(socket, JSON.stringify(message));
}

/** Sends to an open socket; one that is closing or closed is skipped, not an error. */
function sendText(socket: WebSocket, text: string): void {
  if (socket.readyState !== socket.OPEN) return;
  // A failed write surfaces as the socket's 'error' and 'close' events, handled in accept().
  socket.send(text, () => undefined);
}
