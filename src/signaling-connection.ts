import { RtcError } from './errors.js';
import { backoffDelay, type BackoffOptions } from './internal/backoff.js';
import type { Logger } from './logger.js';
import type { PeerMessage } from './signaling/protocol.js';
import type { SignalingAdapter, SignalingState, Welcome } from './signaling/signaling-adapter.js';

export interface SignalingConnectionOptions {
  adapter: SignalingAdapter;
  room: string;
  logger: Logger;
  backoff?: BackoffOptions;
  /** A message from another participant. */
  receive: (message: PeerMessage) => void;
  /** The adapter's state changed. */
  stateChanged: (state: SignalingState) => void;
  /** The connection came back after a drop; `welcome.selfId` may differ if the backend forgot us. */
  reconnected: (welcome: Welcome) => void;
  /** Reconnecting stopped for good (the server refused us), or the adapter reported a problem. */
  error: (error: RtcError) => void;
}

/** Messages kept while the connection is down; beyond this the oldest are given up. */
const OUTBOX_LIMIT = 1000;

const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 10_000 };

/** Refusals that trying again will not fix. */
const FINAL = new Set(['unauthorized', 'room-full', 'invalid-options']);

/**
 * The session's signaling connection: the adapter plus what every adapter needs and none
 * should write again. After a drop it reconnects with capped, jittered exponential backoff
 * (at once when the page comes back to the foreground or the browser goes online), and it
 * keeps outgoing messages while down, sending them in order once it is back as the same
 * participant.
 */
export class SignalingConnection {
  private readonly abort = new AbortController();
  private readonly outbox: PeerMessage[] = [];
  private state: SignalingState | 'idle' = 'idle';
  private selfId = '';
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private reconnecting = false;
  private joined = false;

  constructor(private readonly options: SignalingConnectionOptions) {}

  /** Connects for the first time. Rejects with the adapter's `RtcError`. */
  async open(proposedId: string): Promise<Welcome> {
    const welcome = await this.connect(proposedId);
    this.joined = true;
    globalThis.addEventListener?.('online', this.handleWake);
    globalThis.document?.addEventListener('visibilitychange', this.handleWake);
    return welcome;
  }

  /** Sends now, or after the reconnection when the connection is down. */
  send(message: PeerMessage): void {
    if (this.state !== 'open') {
      this.keep(message);
      return;
    }
    this.options.adapter.send(message).catch((error: unknown) => {
      this.options.logger.debug(`kept a ${message.type} message to send after reconnecting`, error);
      this.keep(message);
    });
  }

  /** Disconnects for good and stops reconnecting. Idempotent. */
  async close(): Promise<void> {
    this.joined = false;
    clearTimeout(this.retryTimer);
    this.outbox.length = 0;
    globalThis.removeEventListener?.('online', this.handleWake);
    globalThis.document?.removeEventListener('visibilitychange', this.handleWake);
    this.abort.abort();
    await this.options.adapter.disconnect().catch((error: unknown) => {
      this.options.logger.warn('signaling did not disconnect cleanly', error);
    });
  }

  private connect(selfId: string): Promise<Welcome> {
    return this.options.adapter
      .connect({
        roomId: this.options.room,
        selfId,
        signal: this.abort.signal,
        receive: (message) => {
          if (!this.abort.signal.aborted) this.options.receive(message);
        },
        setState: (state) => this.handleState(state),
        reportError: (error) => this.options.error(error),
      })
      .then((welcome) => {
        this.selfId = welcome.selfId;
        return welcome;
      });
  }

  private handleState(state: SignalingState): void {
    if (this.abort.signal.aborted && state !== 'closed') return;
    this.state = state;
    this.options.stateChanged(state);
    if (state === 'closed' && this.joined && !this.reconnecting) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.retryTimer !== undefined || !this.joined) return;
    const delay = backoffDelay(this.attempt++, this.options.backoff ?? DEFAULT_BACKOFF);
    this.options.logger.info(`signaling dropped; reconnecting in ${delay} ms`);
    this.retryTimer = setTimeout(() => void this.reconnect(), delay);
  }

  private async reconnect(): Promise<void> {
    this.retryTimer = undefined;
    if (!this.joined || this.reconnecting) return;
    this.reconnecting = true;
    const previousId = this.selfId;
    try {
      const welcome = await this.connect(previousId);
      if (!this.joined) return;
      this.attempt = 0;
      const kept = this.outbox.splice(0);
      // Messages written as the participant we were mean nothing under a new id.
      if (welcome.selfId === previousId) for (const message of kept) this.send(message);
      this.options.reconnected(welcome);
    } catch (error) {
      if (!this.joined) return;
      if (error instanceof RtcError && FINAL.has(error.code)) {
        this.joined = false;
        this.options.error(error);
      } else {
        this.options.logger.info('signaling reconnection failed; trying again', error);
        this.scheduleReconnect();
      }
    } finally {
      this.reconnecting = false;
    }
  }

  private keep(message: PeerMessage): void {
    if (this.outbox.length >= OUTBOX_LIMIT) this.outbox.shift();
    this.outbox.push(message);
  }

  /** Back online or in the foreground: do not wait out the backoff. */
  private readonly handleWake = (): void => {
    if (globalThis.document?.visibilityState === 'hidden') return;
    if (this.retryTimer === undefined) return;
    clearTimeout(this.retryTimer);
    void this.reconnect();
  };
}
