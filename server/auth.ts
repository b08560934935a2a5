import { SignJWT, errors, jwtVerify } from 'jose';
import {
  PROTOCOL_VERSION,
  parsePeerMessage,
  parseRole,
  parseRoomName,
  type ParticipantInfo,
} from '../src/signaling/protocol.js';

/**
 * RFC 7518 §3.2: an HS256 key must be at least as long as the hash, 256 bits. Shorter ones
 * could be guessed offline from any token or resume token a client holds.
 */
export const MIN_SECRET_BYTES = 32;

export interface CreateTokenOptions {
  /** The server's `auth.secret`. */
  secret: string;
  /** The one room this token lets its holder join. */
  room: string;
  /** The display name the server stamps on this participant's hello and update. */
  name?: string;
  /** A role the others see in its hello and update, e.g. `host`: 1 to 32 of a-z, 0-9, - and _. */
  role?: string;
  /** How long the token can be used to join. Default 3600 (one hour). */
  ttlSeconds?: number;
}

/**
 * Makes an access token for one room, for an app's back end to hand to a user it trusts:
 * an HS256 JWT with the claims `room`, `name`, `role` and `exp`. A call that has joined keeps
 * going after the token expires; only new joins (and resumes) need a valid one.
 *
 * @example
 * const token = await createToken({ secret: process.env.RTC_AUTH_SECRET, room: 'standup', name: 'Ada' });
 */
export async function createToken(options: CreateTokenOptions): Promise<string> {
  const key = secretKey(options.secret, 'secret');
  const room = parseRoomName(options.room);
  if (!room.ok) throw new RangeError(room.reason);
  const claims: Record<string, string> = { room: room.message };
  if (options.name !== undefined) {
    if (!isUsableName(options.name)) {
      throw new RangeError('name must be at most 64 characters without control characters');
    }
    claims.name = options.name;
  }
  if (options.role !== undefined) {
    const role = parseRole(options.role);
    if (!role.ok) throw new RangeError(role.reason);
    claims.role = role.message;
  }
  const ttlSeconds = options.ttlSeconds ?? 3600;
  if (!Number.isSafeInteger(ttlSeconds) || ttlSeconds < 1) {
    throw new RangeError('ttlSeconds must be a whole number of at least 1');
  }
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key);
}

/** What a valid token says about its holder. */
export interface Identity {
  name?: string;
  role?: string;
}

/** Why a join's token was refused; a metrics label. */
export type AuthRejection = 'missing' | 'invalid' | 'expired' | 'wrong-room';

export type TokenCheck =
  { ok: true; identity: Identity } | { ok: false; reason: AuthRejection; message: string };

/**
 * Checks a join's token for `room`. Never rejects. The message is safe to send back: it
 * never quotes the token.
 */
export async function verifyToken(
  key: Uint8Array,
  token: string | undefined,
  room: string,
): Promise<TokenCheck> {
  if (token === undefined) {
    return refusal('missing', 'this server needs an access token in join.token');
  }
  let payload: Record<string, unknown>;
  try {
    // Only HS256: a token that names another algorithm (or `none`) is refused before its
    // signature is even looked at.
    ({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'], requiredClaims: ['exp', 'room'] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return refusal('expired', 'the access token has expired');
    return refusal('invalid', 'the access token is not valid');
  }
  if (payload.room !== room) return refusal('wrong-room', 'the access token is for another room');
  const identity: Identity = {};
  if (payload.name !== undefined) {
    if (typeof payload.name !== 'string' || !isUsableName(payload.name)) {
      return refusal('invalid', 'the access token has an unusable name');
    }
    identity.name = payload.name;
  }
  if (payload.role !== undefined) {
    const role = parseRole(payload.role);
    if (!role.ok) return refusal('invalid', 'the access token has an unusable role');
    identity.role = role.message;
  }
  return { ok: true, identity };
}

/**
 * The info the others see: the token's name replaces the client's, the token's role is the
 * only role there is. Without a token (auth off) a client keeps its own name but never a role.
 */
export function stampInfo(info: ParticipantInfo, identity: Identity | undefined): ParticipantInfo {
  const stamped: ParticipantInfo = { ...info };
  delete stamped.role;
  if (identity?.name !== undefined) stamped.name = identity.name;
  if (identity?.role !== undefined) stamped.role = identity.role;
  return stamped;
}

/** The key bytes of a shared secret; throws a `RangeError` naming `what` when it is too short. */
export function secretKey(secret: string, what: string): Uint8Array {
  const key = new TextEncoder().encode(typeof secret === 'string' ? secret : '');
  if (key.byteLength < MIN_SECRET_BYTES) {
    throw new RangeError(`${what} must be a string of at least ${MIN_SECRET_BYTES} bytes`);
  }
  return key;
}

/**
 * The protocol owns the rules for a display name; checking it inside a hello applies exactly
 * those rules, so a token can never carry a name that clients would refuse.
 */
function isUsableName(name: string): boolean {
  const probe = {
    v: PROTOCOL_VERSION,
    type: 'hello',
    from: 'probe',
    info: { name, microphoneMuted: false, cameraMuted: false, streams: {} },
  };
  return parsePeerMessage(probe).ok;
}

function refusal(reason: AuthRejection, message: string): TokenCheck {
  return { ok: false, reason, message };
}
