import { createHmac } from 'node:crypto';
import type { IceServer } from '../src/signaling/protocol.js';

export interface TurnOptions {
  /** The secret shared with the TURN server (coturn: `static-auth-secret`). */
  secret: string;
  /** The TURN server's URLs, e.g. `turn:turn.example.com:3478?transport=udp`, `turns:turn.example.com:5349`. */
  urls: string[];
  /** How long a handed-out credential works. Default 3600 (one hour). */
  ttlSeconds?: number;
}

export interface TurnCredentials {
  /** `<expiry, Unix seconds>:<user>`. */
  username: string;
  /** base64(HMAC-SHA1(secret, username)). */
  credential: string;
}

/**
 * Time-limited TURN credentials in the scheme of the TURN REST API draft
 * (draft-uberti-behave-turn-rest-00), which coturn checks with `use-auth-secret`: the TURN
 * server recomputes the HMAC from the username and refuses it after the expiry it names.
 *
 * @param now the current time in milliseconds, as `Date.now()` gives it
 */
export function turnCredentials(
  secret: string,
  user: string,
  ttlSeconds: number,
  now: number = Date.now(),
): TurnCredentials {
  const username = `${Math.floor(now / 1000) + ttlSeconds}:${user}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential };
}

/** The ICE server entry that gives participant `id` use of the TURN server. */
export function turnIceServer(turn: Required<TurnOptions>, id: string): IceServer {
  return { urls: [...turn.urls], ...turnCredentials(turn.secret, id, turn.ttlSeconds) };
}
