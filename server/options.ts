import { randomBytes } from 'node:crypto';
import {
  PROTOCOL_LIMITS,
  PROTOCOL_VERSION,
  parseServerMessage,
  type IceServer,
} from '../src/signaling/protocol.js';
import { secretKey } from './auth.js';
import type { TurnOptions } from './turn.js';

/**
 * Everything `createSignalingServer` accepts. Every field is optional, and the defaults are
 * meant for the open internet: bounded rates, rooms, connections and buffers.
 */
export interface SignalingServerOptions {
  /** The TCP port. Default 8080; 0 picks a free ephemeral port (read it from `port`). */
  port?: number;
  /** The interface to listen on. Default `127.0.0.1`, so nothing outside this machine can reach it. */
  host?: string;
  /** When set, plain HTTP GET and HEAD requests serve the files in this folder (for the demo). Default none. */
  staticDir?: string;
  /** Handed to every client in `welcome`, before any TURN entry. Default none. At most `PROTOCOL_LIMITS.maxIceServers` in all. */
  iceServers?: IceServer[];
  /**
   * A text frame larger than this many bytes gets a `bad-message` reply and the socket stays
   * open. Default and maximum `PROTOCOL_LIMITS.maxMessageBytes`: a bigger value acts as the
   * maximum, because no client would accept a relayed message above it.
   */
  maxMessageBytes?: number;
  /** Require an access token (an HS256 JWT from `createToken`) on every join. Default off: anyone may join any room. */
  auth?: AuthOptions;
  /** Browser origins allowed to open a WebSocket, e.g. `https://app.example.com`. Default: every origin. */
  allowedOrigins?: string[];
  /**
   * The key that signs resume tokens (at least 32 bytes). Default: random per process, so a
   * restart forgets every resume token; configure one so calls survive a restart (clients
   * come back with their old ids).
   */
  resumeSecret?: string;
  /** How long a participant whose socket dropped without `bye` stays in the room before the others get its bye. Default 10_000 ms. */
  departureGraceMs?: number;
  /** How often every socket is pinged; one that has not answered the previous ping is cut. Default 15_000 ms. */
  pingIntervalMs?: number;
  /** Rates, capacities and buffers. Each has its own default. */
  limits?: SignalingLimits;
  /** Hand out short-lived TURN credentials in every `welcome` (coturn's `use-auth-secret`). Default off. */
  turn?: TurnOptions;
  /** Serve Prometheus metrics at `GET /metrics`. Default false (keep it off the public internet, see the README). */
  metrics?: boolean;
}

export interface AuthOptions {
  /** The HS256 key the app's back end signs tokens with; at least 32 bytes (RFC 7518 §3.2). */
  secret: string;
}

export interface SignalingLimits {
  /** Token-bucket refill: incoming frames per second per connection. Default 50. */
  messagesPerSecond?: number;
  /** Token-bucket capacity: a burst of this many frames is allowed. Default 200. */
  messageBurst?: number;
  /** Participants per room, counting those in their departure grace. Default 50; at most 1000. */
  maxParticipantsPerRoom?: number;
  /** Rooms that have at least one participant; a join that would open one more gets `server-full` (4005). Default 10_000. */
  maxRooms?: number;
  /**
   * Open WebSocket connections. Default 10_000. One more completes the handshake, is told
   * `server-full` and closed with 4005: a browser cannot see the status of a refused
   * upgrade, and this way it learns not to retry at once.
   */
  maxConnections?: number;
  /** A socket with more than this many bytes waiting to be sent is cut instead of buffering more. Default 1 MiB. */
  maxBufferedBytes?: number;
}

/** The options with every default filled in and every value checked. */
export interface ServerConfig {
  port: number;
  host: string;
  staticDir: string | undefined;
  iceServers: IceServer[];
  maxMessageBytes: number;
  authKey: Uint8Array | undefined;
  allowedOrigins: ReadonlySet<string> | undefined;
  resumeKey: Buffer;
  departureGraceMs: number;
  pingIntervalMs: number;
  limits: Required<SignalingLimits>;
  turn: Required<TurnOptions> | undefined;
  metrics: boolean;
}

export const DEFAULT_LIMITS: Readonly<Required<SignalingLimits>> = {
  messagesPerSecond: 50,
  messageBurst: 200,
  maxParticipantsPerRoom: 50,
  maxRooms: 10_000,
  maxConnections: 10_000,
  maxBufferedBytes: 1024 * 1024,
};

const DEFAULT_TURN_TTL_SECONDS = 3600;

/** Fills in the defaults and checks every value; throws a `RangeError` that names the option. */
export function resolveOptions(options: SignalingServerOptions): ServerConfig {
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError('port must be an integer from 0 to 65535');
  }
  const maxMessageBytes = Math.min(
    options.maxMessageBytes ?? PROTOCOL_LIMITS.maxMessageBytes,
    PROTOCOL_LIMITS.maxMessageBytes,
  );
  wholeNumber(maxMessageBytes, 'maxMessageBytes', 1);
  const limits = resolveLimits(options.limits ?? {});
  const turn = options.turn === undefined ? undefined : resolveTurn(options.turn);
  return {
    port,
    host: options.host ?? '127.0.0.1',
    staticDir: options.staticDir,
    iceServers: checkIceServers(options.iceServers ?? [], turn),
    maxMessageBytes,
    authKey: options.auth === undefined ? undefined : secretKey(options.auth.secret, 'auth.secret'),
    allowedOrigins: options.allowedOrigins === undefined ? undefined : resolveOrigins(options.allowedOrigins),
    resumeKey:
      options.resumeSecret === undefined
        ? randomBytes(32)
        : Buffer.from(secretKey(options.resumeSecret, 'resumeSecret')),
    departureGraceMs: wholeNumber(options.departureGraceMs ?? 10_000, 'departureGraceMs', 0),
    pingIntervalMs: wholeNumber(options.pingIntervalMs ?? 15_000, 'pingIntervalMs', 1),
    limits,
    turn,
    metrics: options.metrics ?? false,
  };
}

function resolveLimits(limits: SignalingLimits): Required<SignalingLimits> {
  const resolved = { ...DEFAULT_LIMITS, ...withoutUndefined(limits) };
  if (!(resolved.messagesPerSecond > 0 && Number.isFinite(resolved.messagesPerSecond))) {
    throw new RangeError('limits.messagesPerSecond must be a positive number');
  }
  wholeNumber(resolved.messageBurst, 'limits.messageBurst', 1);
  wholeNumber(resolved.maxParticipantsPerRoom, 'limits.maxParticipantsPerRoom', 1);
  // A welcome lists the others in the room, and a client refuses a list longer than this.
  if (resolved.maxParticipantsPerRoom > PROTOCOL_LIMITS.maxMembers) {
    throw new RangeError(`limits.maxParticipantsPerRoom must be at most ${PROTOCOL_LIMITS.maxMembers}`);
  }
  wholeNumber(resolved.maxRooms, 'limits.maxRooms', 1);
  wholeNumber(resolved.maxConnections, 'limits.maxConnections', 1);
  wholeNumber(resolved.maxBufferedBytes, 'limits.maxBufferedBytes', 1);
  return resolved;
}

function resolveTurn(turn: TurnOptions): Required<TurnOptions> {
  if (typeof turn.secret !== 'string' || turn.secret.length === 0) {
    throw new RangeError('turn.secret must be a non-empty string');
  }
  if (!Array.isArray(turn.urls) || turn.urls.length === 0) {
    throw new RangeError('turn.urls must list at least one turn: or turns: URL');
  }
  const ttlSeconds = wholeNumber(turn.ttlSeconds ?? DEFAULT_TURN_TTL_SECONDS, 'turn.ttlSeconds', 1);
  return { secret: turn.secret, urls: [...turn.urls], ttlSeconds };
}

/** Browsers send `scheme://host[:port]`; the configured value is normalised the same way. */
function resolveOrigins(origins: string[]): ReadonlySet<string> {
  const result = new Set<string>();
  for (const origin of origins) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new RangeError(`allowedOrigins: "${origin}" is not a URL such as https://app.example.com`);
    }
    if (parsed.origin === 'null') throw new RangeError(`allowedOrigins: "${origin}" has no origin`);
    result.add(parsed.origin);
  }
  return result;
}

/**
 * Checks the ICE servers the way a client will read them in `welcome` (with the TURN entry
 * that will follow them), so no welcome is ever refused.
 */
function checkIceServers(iceServers: IceServer[], turn: Required<TurnOptions> | undefined): IceServer[] {
  const sample =
    turn === undefined ? [] : [{ urls: turn.urls, username: `0:${'x'.repeat(64)}`, credential: 'x' }];
  const parsed = parseServerMessage({
    v: PROTOCOL_VERSION,
    type: 'welcome',
    id: 'check',
    iceServers: [...iceServers, ...sample],
  });
  if (!parsed.ok) throw new RangeError(`iceServers${turn ? ' with turn' : ''}: ${parsed.reason}`);
  return parsed.message.type === 'welcome' ? parsed.message.iceServers.slice(0, iceServers.length) : [];
}

function wholeNumber(value: number, what: string, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${what} must be a whole number of at least ${min}`);
  }
  return value;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
