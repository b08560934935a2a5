import { randomUUID } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import {
  CLOSE_CODES,
  PROTOCOL_LIMITS,
  PROTOCOL_VERSION,
  type ClientMessage,
  type JoinMessage,
  type PeerMessage,
} from '../src/signaling/protocol.js';
import { stampInfo, verifyToken, type Identity } from './auth.js';
import { Connection } from './connection.js';
import { decodeFrame } from './decode-frame.js';
import { TokenBucket, checkConnectionCapacity, checkJoinCapacity, type Refusal } from './limits.js';
import { Membership, type Participant } from './membership.js';
import type { ServerMetrics } from './metrics.js';
import type { ServerConfig } from './options.js';
import { Outbox, cut } from './outbox.js';
import { isValidResumeClaim, resumeToken } from './resume.js';
import { turnIceServer } from './turn.js';

/**
 * The room-scoped relay. Each connection joins one room and gets an id from the server (or
 * its old one back, with a resume claim); its peer messages go, with `from` stamped to that
 * id, only to the members of the same room. A joined connection that goes away without
 * `bye` leaves a ghost for the departure grace, and then the relay says bye on its behalf.
 */
export class Relay {
  private readonly connections = new Set<Connection>();
  private readonly membership: Membership<Connection>;
  private readonly outbox: Outbox;
  /**
   * Random per relay, so per server process: a client that reconnects and sees another
   * instance knows the server restarted, and that `members` lists only who is back so far.
   */
  private readonly instance = randomUUID();

  constructor(
    private readonly config: ServerConfig,
    private readonly metrics: ServerMetrics,
  ) {
    this.membership = new Membership(config.departureGraceMs, (gone) => this.sayBye(gone));
    this.outbox = new Outbox(config.limits.maxBufferedBytes, metrics);
  }

  /** Open sockets, counting those the server is closing. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Rooms with at least one participant, ghosts included. */
  get roomCount(): number {
    return this.membership.roomCount;
  }

  /** Serves one client socket until it closes. */
  accept(socket: WebSocket): void {
    const { limits } = this.config;
    const connection = new Connection(socket, new TokenBucket(limits.messageBurst, limits.messagesPerSecond));
    const full = checkConnectionCapacity(this.connections.size, limits);
    this.connections.add(connection);
    socket.on('message', (data: RawData, isBinary: boolean) => this.handleFrame(connection, data, isBinary));
    // Control frames cost a token too: a ping flood is work (ws answers each one) like any other.
    socket.on('ping', () => this.charge(connection));
    socket.on('pong', () => {
      connection.alive = true;
      this.charge(connection);
    });
    socket.on('close', () => this.handleClose(connection));
    // An error on one socket (a reset, a frame over maxPayload, invalid UTF-8) is always
    // followed by 'close', which does the cleanup. Without a listener ws would throw it.
    socket.on('error', () => undefined);
    if (full) this.end(connection, full);
  }

  /**
   * One liveness round: a socket that has not answered the previous ping is cut (and its
   * participant becomes a ghost like any dropped one); every other socket is pinged.
   */
  pingAll(): void {
    for (const connection of this.connections) {
      const { socket } = connection;
      if (connection.ending || socket.readyState !== socket.OPEN) continue;
      try {
        if (!connection.alive) {
          this.metrics.pingTimeouts.inc();
          connection.ending = true;
          cut(socket, CLOSE_CODES.pingTimeout, 'no answer to ping');
          continue;
        }
        connection.alive = false;
        socket.ping();
      } catch {
        // A timer callback must not throw: that would end the process, not just this socket.
        socket.terminate();
      }
    }
  }

  /**
   * Closes every socket with `code` and resolves once all have closed; a socket still open
   * after `timeoutMs` is cut. Nobody is told bye: everyone is leaving.
   */
  async closeAll(code: number, reason: string, timeoutMs: number): Promise<void> {
    const sockets = [...this.connections].map((connection) => connection.socket);
    const closed = sockets.map((socket) =>
      socket.readyState === socket.CLOSED
        ? undefined
        : new Promise((resolve) => socket.once('close', resolve)),
    );
    for (const connection of this.connections) connection.ending = true;
    for (const socket of sockets) if (socket.readyState === socket.OPEN) socket.close(code, reason);
    const timer = setTimeout(() => sockets.forEach((socket) => socket.terminate()), timeoutMs);
    await Promise.all(closed);
    clearTimeout(timer);
    this.membership.clear();
  }

  private handleFrame(connection: Connection, data: RawData, isBinary: boolean): void {
    if (connection.ending) return;
    this.metrics.messagesReceived.inc();
    const { socket } = connection;
    try {
      if (!this.charge(connection)) return;
      const decoded = decodeFrame(data, isBinary, this.config.maxMessageBytes);
      if (!decoded.ok) {
        this.outbox.sendError(socket, 'bad-message', decoded.reason);
        return;
      }
      if (connection.held) connection.held.push(decoded.message);
      else this.handleDecoded(connection, decoded.message);
    } catch {
      this.outbox.sendError(socket, 'bad-message', 'the server could not process this message');
    }
  }

  private handleDecoded(connection: Connection, message: ClientMessage): void {
    try {
      this.handleMessage(connection, message);
    } catch {
      // Only a bug can land here; the connection stays usable and the process stays up.
      this.outbox.sendError(connection.socket, 'bad-message', 'the server could not process this message');
    }
  }

  /**
   * Spends a token for one incoming frame. When there is none left the client is told
   * `rate-limited` and closed, and false is returned.
   */
  private charge(connection: Connection): boolean {
    if (connection.ending) return false;
    if (connection.bucket.take()) return true;
    this.metrics.rateLimitCloses.inc();
    this.end(connection, {
      closeCode: CLOSE_CODES.rateLimited,
      errorCode: 'rate-limited',
      message: 'too many messages; slow down',
    });
    return false;
  }

  private handleMessage(connection: Connection, message: ClientMessage): void {
    if (message.type === 'join') {
      this.handleJoin(connection, message);
      return;
    }
    if (message.type === 'ping') {
      // A page cannot see WebSocket pings; this is how it checks that its connection is alive.
      this.outbox.send(connection.socket, { v: PROTOCOL_VERSION, type: 'pong' });
      return;
    }
    const participant = connection.participant;
    if (!participant) {
      this.outbox.sendError(connection.socket, 'not-joined', 'send join before any other message');
      return;
    }
    if (message.type === 'bye') {
      // Leaving is news for the whole room, whoever the client addressed it to.
      connection.participant = undefined;
      if (this.membership.remove(participant)) this.sayBye(participant);
      return;
    }
    this.relay(connection, participant, message);
  }

  private handleJoin(connection: Connection, join: JoinMessage): void {
    if (connection.participant) {
      this.outbox.sendError(connection.socket, 'already-joined', 'this connection has already joined a room');
      return;
    }
    const key = this.config.authKey;
    if (!key) {
      this.admit(connection, join, undefined);
      return;
    }
    // Checking the token is asynchronous. Whatever the client sends meanwhile waits, in order,
    // and the socket stops reading so that the wait holds little.
    connection.held = [];
    connection.socket.pause();
    verifyToken(key, join.token, join.room)
      .then((check) => {
        const held = connection.held ?? [];
        connection.held = undefined;
        // Reading resumes on a later tick, after the held messages below have been handled.
        // Even for a socket being closed: it must read the client's answer to the close.
        connection.socket.resume();
        if (connection.ending || connection.socket.readyState !== connection.socket.OPEN) return;
        if (!check.ok) {
          this.metrics.countAuthRejection(check.reason);
          this.end(connection, {
            closeCode: CLOSE_CODES.unauthorized,
            errorCode: 'unauthorized',
            message: check.message,
          });
          return;
        }
        this.admit(connection, join, check.identity);
        for (const message of held) {
          if (connection.ending) break;
          this.handleDecoded(connection, message);
        }
      })
      .catch(() => {
        // Only a bug can land here; the client learns nothing more than that it failed.
        cut(connection.socket, 1011, 'internal error');
      });
  }

  /** Puts a connection in its room (a fresh id, or its old one with a valid resume claim) and welcomes it. */
  private admit(connection: Connection, join: JoinMessage, identity: Identity | undefined): void {
    const { room } = join;
    const claim =
      join.resume && isValidResumeClaim(this.config.resumeKey, room, join.resume) ? join.resume : undefined;
    const existing = claim && this.membership.find(room, claim.id);
    const departedBefore = claim !== undefined && this.membership.hasDeparted(room, claim.id);
    let participant: Participant<Connection>;
    if (existing) {
      // Same participant, new socket: a socket still attached is a half-open leftover.
      const previous = this.membership.reattach(existing, connection);
      if (previous && previous !== connection) this.retire(previous);
      participant = existing;
    } else {
      const refusal = checkJoinCapacity(
        {
          roomExists: this.membership.roomSize(room) > 0,
          roomSize: this.membership.roomSize(room),
          roomCount: this.membership.roomCount,
        },
        this.config.limits,
      );
      if (refusal) {
        this.end(connection, refusal);
        return;
      }
      participant = this.membership.add(room, claim?.id ?? randomUUID(), connection);
    }
    connection.participant = participant;
    connection.identity = identity;
    const turn = this.config.turn;
    this.outbox.send(connection.socket, {
      v: PROTOCOL_VERSION,
      type: 'welcome',
      id: participant.id,
      iceServers: turn
        ? [...this.config.iceServers, turnIceServer(turn, participant.id)]
        : [...this.config.iceServers],
      resumeToken: resumeToken(this.config.resumeKey, room, participant.id),
      // Back as the same participant without the others having seen it leave? Not when its bye
      // already went out: then it must introduce itself again.
      resumed: existing !== undefined || (claim !== undefined && !departedBefore),
      instance: this.instance,
      members: this.membership.otherIds(room, participant.id),
    });
  }

  private relay(connection: Connection, sender: Participant<Connection>, message: PeerMessage): void {
    const { socket } = connection;
    const stamped: PeerMessage =
      message.type === 'hello' || message.type === 'update'
        ? { ...message, from: sender.id, info: stampInfo(message.info, connection.identity) }
        : { ...message, from: sender.id };
    const text = JSON.stringify(stamped);
    // Stamping `from` and a name can push a message that was just under the limit over it,
    // and no client would accept it then.
    if (Buffer.byteLength(text) > PROTOCOL_LIMITS.maxMessageBytes) {
      this.outbox.sendError(socket, 'bad-message', 'message is too large to relay');
      return;
    }
    if (stamped.to === undefined) {
      for (const member of this.membership.liveOthers(sender.room, sender.id))
        this.outbox.sendText(member.socket, text);
      return;
    }
    if (stamped.to === sender.id) {
      this.outbox.sendError(socket, 'bad-message', 'a message cannot be addressed to its sender');
      return;
    }
    const target = this.membership.find(sender.room, stamped.to);
    if (!target) {
      this.outbox.sendError(socket, 'unknown-participant', 'no participant with that id in this room');
      return;
    }
    // A ghost may come back within its grace; until then what is sent to it is dropped, and
    // the sender is not told, because to the room the ghost is still there.
    if (target.connection) this.outbox.sendText(target.connection.socket, text);
  }

  private handleClose(connection: Connection): void {
    this.connections.delete(connection);
    connection.ending = true;
    const participant = connection.participant;
    connection.participant = undefined;
    // A connection that was replaced by a resume no longer speaks for its participant.
    if (participant && participant.connection === connection) this.membership.drop(participant);
  }

  /** Tells the room that `participant` left. Also runs from a grace timer, so it never throws. */
  private sayBye(participant: Participant<Connection>): void {
    const text = JSON.stringify({ v: PROTOCOL_VERSION, type: 'bye', from: participant.id });
    for (const member of this.membership.liveOthers(participant.room, participant.id)) {
      try {
        this.outbox.sendText(member.socket, text);
      } catch {
        member.socket.terminate();
      }
    }
  }

  /** Tells the client why, then closes; nothing more it sends is read. */
  private end(connection: Connection, refusal: Refusal): void {
    connection.ending = true;
    connection.held = undefined;
    this.outbox.refuse(connection.socket, refusal);
  }

  /** Silently ends a connection whose participant moved to a newer one. */
  private retire(connection: Connection): void {
    connection.participant = undefined;
    connection.ending = true;
    connection.socket.terminate();
  }
}
