import { RtcError } from '../errors.js';
import { createId } from '../internal/ids.js';
import type { Logger } from '../logger.js';
import { parseJsonRecord } from '../internal/json-record.js';

/** Reliable, ordered app data. */
export const DATA_CHANNEL = 'data';
/** Unreliable, unordered app data (a lost message is not sent again): for game state and cursors. */
export const UNRELIABLE_DATA_CHANNEL = 'data-unreliable';

/** The largest payload `send` takes, JSON-encoded, in characters. */
export const MAX_DATA_PAYLOAD = 16 * 1024 * 1024;

/** One app message as a handler receives it. */
export interface AppDataMessage<T = unknown> {
  topic: string;
  /** The sender's participant id. */
  from: string;
  payload: T;
}

export interface DataSendOptions {
  /** One participant; default everyone. */
  to?: string;
  /** Default true. `false`: sent once, may be lost or arrive out of order (never split). */
  reliable?: boolean;
}

/** App messages by topic (`session.data`): for games, shared cursors, collaboration. */
export interface AppData {
  /**
   * Sends a JSON-serialisable payload on a topic. Reliable messages larger than one
   * data-channel message are split and put back together on arrival; they wait for a
   * participant whose channel is still opening. Throws `invalid-options` for a bad topic, a
   * payload that is not JSON or is too large, or an unknown `to`.
   */
  send(topic: string, payload: unknown, options?: DataSendOptions): void;
  /** Calls `handler` for each message on `topic`; returns the function that stops it. */
  on<T = unknown>(topic: string, handler: (message: AppDataMessage<T>) => void): () => void;
}

export interface AppDataManagerOptions {
  peers: () => Iterable<string>;
  isPeer: (participantId: string) => boolean;
  /** Sends on a channel; false when it is not open. */
  sendTo: (participantId: string, channel: string, data: string) => boolean;
  /** The largest message the connection to a participant carries. */
  maxMessageSize: (participantId: string) => number;
  rejected: (error: RtcError) => void;
  logger: Logger;
}

type Frame =
  | { t: string; p: unknown }
  /** A fragment of a larger message: id, index, count, data. */
  | { f: string; i: number; n: number; d: string };

// eslint-disable-next-line no-control-regex -- control characters are exactly what topics may not hold
const TOPIC = /^[^\u0000-\u001f]{1,64}$/;
/** A message that does not complete within this time is dropped (its sender left, or lied). */
const REASSEMBLY_MS = 30_000;
/** Messages kept for a participant whose channel is not open yet. */
const MAX_WAITING = 1000;
/** Split messages one peer may have unfinished at once. */
const MAX_PARTIAL_PER_PEER = 16;

/**
 * App data on two channels per peer: a reliable, ordered one and an unreliable, unordered one.
 * Large reliable payloads are split into fragments that fit the connection's message size.
 */
export class AppDataManager implements AppData {
  private readonly handlers = new Map<string, Set<(message: AppDataMessage) => void>>();
  private readonly waiting = new Map<string, string[]>();
  private readonly partial = new Map<
    string,
    { parts: string[]; received: number; size: number; timer: ReturnType<typeof setTimeout> }
  >();

  constructor(private readonly options: AppDataManagerOptions) {}

  send(topic: string, payload: unknown, { to, reliable = true }: DataSendOptions = {}): void {
    if (typeof topic !== 'string' || !TOPIC.test(topic)) {
      throw new RtcError('invalid-options', 'A topic is 1 to 64 characters without control characters');
    }
    if (to !== undefined && !this.options.isPeer(to)) {
      throw new RtcError('invalid-options', `No participant ${to} to send to`);
    }
    let encoded: string | undefined;
    try {
      encoded = JSON.stringify({ t: topic, p: payload } satisfies Frame);
    } catch (cause) {
      throw new RtcError('invalid-options', 'The payload must be JSON-serialisable', { cause });
    }
    if (encoded.length > MAX_DATA_PAYLOAD) {
      throw new RtcError('invalid-options', `The payload is larger than ${MAX_DATA_PAYLOAD} characters`);
    }
    for (const peer of to === undefined ? this.options.peers() : [to]) {
      if (!reliable) {
        // Unreliable messages are never split or kept: they are either current or worthless.
        this.options.sendTo(peer, UNRELIABLE_DATA_CHANNEL, encoded);
        continue;
      }
      for (const frame of this.split(peer, encoded)) this.sendReliably(peer, frame);
    }
  }

  on<T = unknown>(topic: string, handler: (message: AppDataMessage<T>) => void): () => void {
    const set = this.handlers.get(topic) ?? new Set();
    set.add(handler as (message: AppDataMessage) => void);
    this.handlers.set(topic, set);
    return () => set.delete(handler as (message: AppDataMessage) => void);
  }

  /** @internal A message arrived on one of the data channels. */
  handleData(from: string, data: unknown): void {
    const frame = decode(data);
    if (!frame) {
      this.options.rejected(new RtcError('bad-message', `${from} sent malformed app data; it was dropped`));
      return;
    }
    if ('t' in frame) {
      this.deliver({ topic: frame.t, from, payload: frame.p });
      return;
    }
    this.collect(from, frame);
  }

  /** @internal The reliable channel to `peer` opened: send what waited for it. */
  handleChannelOpened(peer: string): void {
    const frames = this.waiting.get(peer) ?? [];
    this.waiting.delete(peer);
    for (const frame of frames) this.sendReliably(peer, frame);
  }

  /** @internal `peer` left: drop what waited for them and their unfinished messages. */
  handlePeerLeft(peer: string): void {
    this.waiting.delete(peer);
    for (const [key, entry] of this.partial) {
      if (!key.startsWith(`${peer}/`)) continue;
      clearTimeout(entry.timer);
      this.partial.delete(key);
    }
  }

  /** @internal */
  dispose(): void {
    for (const entry of this.partial.values()) clearTimeout(entry.timer);
    this.partial.clear();
    this.waiting.clear();
  }

  private sendReliably(peer: string, frame: string): void {
    if (this.options.sendTo(peer, DATA_CHANNEL, frame)) return;
    const queue = this.waiting.get(peer) ?? [];
    if (queue.length >= MAX_WAITING) queue.shift();
    queue.push(frame);
    this.waiting.set(peer, queue);
  }

  /** Fragments that each fit one data-channel message to `peer` (with room for the envelope). */
  private split(peer: string, encoded: string): string[] {
    // Characters of a JSON string may take up to three bytes in UTF-8 and six escaped; stay well inside.
    const room = Math.floor((Math.min(this.options.maxMessageSize(peer), 256 * 1024) - 256) / 6);
    if (encoded.length <= room) return [encoded];
    const id = createId();
    const count = Math.ceil(encoded.length / room);
    return Array.from({ length: count }, (_, i) =>
      JSON.stringify({ f: id, i, n: count, d: encoded.slice(i * room, (i + 1) * room) } satisfies Frame),
    );
  }

  private collect(from: string, fragment: Extract<Frame, { f: string }>): void {
    const key = `${from}/${fragment.f}`;
    let entry = this.partial.get(key);
    if (!entry) {
      if ([...this.partial.keys()].filter((k) => k.startsWith(`${from}/`)).length >= MAX_PARTIAL_PER_PEER) {
        this.options.rejected(
          new RtcError('bad-message', `${from} has too many unfinished messages; dropped`),
        );
        return;
      }
      const timer = setTimeout(() => this.partial.delete(key), REASSEMBLY_MS);
      entry = { parts: new Array<string>(fragment.n), received: 0, size: 0, timer };
      this.partial.set(key, entry);
    }
    const overflow = entry.size + fragment.d.length > MAX_DATA_PAYLOAD;
    if (entry.parts.length !== fragment.n || entry.parts[fragment.i] !== undefined || overflow) {
      clearTimeout(entry.timer);
      this.partial.delete(key);
      this.options.rejected(
        new RtcError('bad-message', `${from} sent an inconsistent fragment; it was dropped`),
      );
      return;
    }
    entry.parts[fragment.i] = fragment.d;
    entry.size += fragment.d.length;
    entry.received += 1;
    if (entry.received < fragment.n) return;
    clearTimeout(entry.timer);
    this.partial.delete(key);
    const whole = decode(entry.parts.join(''));
    if (whole && 't' in whole) this.deliver({ topic: whole.t, from, payload: whole.p });
    else
      this.options.rejected(
        new RtcError('bad-message', `${from} sent a malformed split message; it was dropped`),
      );
  }

  private deliver(message: AppDataMessage): void {
    for (const handler of this.handlers.get(message.topic) ?? []) {
      try {
        handler(message);
      } catch (error) {
        // One failing handler must not stop the others or the channel.
        this.options.logger.error(`a handler for "${message.topic}" threw`, error);
      }
    }
  }
}

function decode(data: unknown): Frame | undefined {
  if (typeof data !== 'string' || data.length > MAX_DATA_PAYLOAD) return undefined;
  const frame = parseJsonRecord(data);
  if (!frame) return undefined;
  if (typeof frame.t === 'string' && TOPIC.test(frame.t) && 'p' in frame) return { t: frame.t, p: frame.p };
  const { f, i, n, d } = frame;
  const fragment =
    typeof f === 'string' &&
    /^[A-Za-z0-9_-]{1,64}$/.test(f) &&
    Number.isInteger(i) &&
    Number.isInteger(n) &&
    (n as number) > 1 &&
    (n as number) <= 10_000 &&
    (i as number) >= 0 &&
    (i as number) < (n as number) &&
    typeof d === 'string';
  return fragment ? { f, i: i as number, n: n as number, d } : undefined;
}
