import { CLOSE_CODES, type ServerErrorCode } from '../src/signaling/protocol.js';
import type { SignalingLimits } from './options.js';

/**
 * A token bucket: `capacity` tokens to start with, refilled at `refillPerSecond`, one spent
 * per frame. It refills lazily on `take`, so an idle connection costs no timer.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    now: number = performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  /** Spends one token; false when there is none left. */
  take(now: number = performance.now()): boolean {
    const refill = ((now - this.last) / 1000) * this.refillPerSecond;
    this.tokens = Math.min(this.capacity, this.tokens + refill);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Why a connection is turned away: the error it is told, then the close code. */
export interface Refusal {
  closeCode: number;
  errorCode: ServerErrorCode;
  message: string;
}

/** What a join would change: whether it opens a room, and how full that room is. */
export interface JoinLoad {
  roomExists: boolean;
  roomSize: number;
  roomCount: number;
}

/** Whether one more participant fits; `undefined` when it does. */
export function checkJoinCapacity(load: JoinLoad, limits: Required<SignalingLimits>): Refusal | undefined {
  if (!load.roomExists && load.roomCount >= limits.maxRooms) {
    return {
      closeCode: CLOSE_CODES.serverFull,
      errorCode: 'server-full',
      message: 'the server has no room for another room',
    };
  }
  if (load.roomSize >= limits.maxParticipantsPerRoom) {
    return { closeCode: CLOSE_CODES.roomFull, errorCode: 'room-full', message: 'this room is full' };
  }
  return undefined;
}

/** Whether one more connection fits; `undefined` when it does. */
export function checkConnectionCapacity(
  connections: number,
  limits: Required<SignalingLimits>,
): Refusal | undefined {
  if (connections < limits.maxConnections) return undefined;
  return {
    closeCode: CLOSE_CODES.serverFull,
    errorCode: 'server-full',
    message: 'the server has no room for another connection',
  };
}
