import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ResumeClaim } from '../src/signaling/protocol.js';

/**
 * Resume tokens prove "I was participant `id` in `room`" without the server remembering
 * anything: the token is an HMAC of the two, so it survives a restart when the key is
 * configured, and a token for one room is worthless in another.
 */
export function resumeToken(key: Buffer, room: string, id: string): string {
  return createHmac('sha256', key).update(`${room}\n${id}`).digest('base64url');
}

/** Whether `claim` is a resume token this server issued for `claim.id` in `room`. */
export function isValidResumeClaim(key: Buffer, room: string, claim: ResumeClaim): boolean {
  const expected = Buffer.from(resumeToken(key, room, claim.id));
  const given = Buffer.from(claim.token);
  // Constant-time, so response timing does not reveal how much of a forged token was right.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
