import { RtcError } from '../errors.js';
import { TokenBucket } from '../internal/token-bucket.js';
import type { ChannelData } from '../transport/transport.js';

/** How many messages per second, with what burst, a peer may send on one channel. */
export interface ChannelLimit {
  perSecond: number;
  burst: number;
}

export interface DataRouterOptions {
  /** Who handles each channel's messages. */
  handlers: Record<string, (peerId: string, data: ChannelData) => void>;
  /** Per channel: what a peer may send before its messages are dropped. */
  limits: Record<string, ChannelLimit>;
  /** A peer went over a limit (reported at most once per channel per second). */
  rejected: (error: RtcError) => void;
}

/**
 * Hands each data-channel message to the manager of its channel, after a per-peer, per-channel
 * rate limit: a modified client's flood is dropped (with one `bad-message` report a second)
 * and never reaches the managers, and the connection itself stays up.
 */
export class DataRouter {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly lastReport = new Map<string, number>();

  constructor(private readonly options: DataRouterOptions) {}

  route(peerId: string, label: string, data: ChannelData): void {
    const handler = this.options.handlers[label];
    if (!handler) return;
    const limit = this.options.limits[label];
    if (limit && !this.bucket(peerId, label, limit).take()) {
      this.report(peerId, label);
      return;
    }
    handler(peerId, data);
  }

  /** `peerId` left: forget its counters. */
  forget(peerId: string): void {
    for (const key of [...this.buckets.keys()]) {
      if (key.startsWith(`${peerId}/`)) {
        this.buckets.delete(key);
        this.lastReport.delete(key);
      }
    }
  }

  private bucket(peerId: string, label: string, limit: ChannelLimit): TokenBucket {
    const key = `${peerId}/${label}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(limit.perSecond, limit.burst);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private report(peerId: string, label: string): void {
    const key = `${peerId}/${label}`;
    const now = performance.now();
    if (now - (this.lastReport.get(key) ?? -Infinity) < 1000) return;
    this.lastReport.set(key, now);
    this.options.rejected(
      new RtcError(
        'bad-message',
        `${peerId} sends too fast on "${label}"; messages over the limit are dropped`,
      ),
    );
  }
}
