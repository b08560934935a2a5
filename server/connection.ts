import type { WebSocket } from 'ws';
import type { ClientMessage } from '../src/signaling/protocol.js';
import type { Identity } from './auth.js';
import type { TokenBucket } from './limits.js';
import type { Participant } from './membership.js';

/** What the server knows about one client socket. */
export class Connection {
  /** The participant it speaks for, once joined. */
  participant: Participant<Connection> | undefined;
  /** What its access token said (auth on), for stamping its hello and update. */
  identity: Identity | undefined;
  /** Whether it answered the last ping. */
  alive = true;
  /** The server is closing it: anything more it sends is ignored. */
  ending = false;
  /** Messages that arrived while its join was being checked; handled in order afterwards. */
  held: ClientMessage[] | undefined;

  constructor(
    readonly socket: WebSocket,
    readonly bucket: TokenBucket,
  ) {}
}
