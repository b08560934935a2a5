import { WebSocket } from 'ws';

/** A message as the test client received it: parsed JSON, or the raw text when it was not JSON. */
export type Received = Record<string, unknown>;

/** A message type (`'welcome'`), or a test on the whole message. */
export type Match = string | ((message: Received) => boolean);

export interface Closed {
  code: number;
  reason: string;
}

const DEFAULT_TIMEOUT_MS = 2000;

export interface ConnectOptions {
  /** How long to wait for the socket to open. Default 2000 ms. */
  timeoutMs?: number;
  /** The Origin header to send, as a browser would. Default none. */
  origin?: string;
  /** Whether to answer the server's pings. Default true; false plays dead. */
  autoPong?: boolean;
}

/** The server answered the upgrade request with an HTTP status instead of a WebSocket. */
export class HttpRefusal extends Error {
  constructor(readonly status: number) {
    super(`the server refused the WebSocket with HTTP ${status}`);
  }
}

/**
 * A WebSocket client for server tests. Every received message is queued; `next` takes the next
 * one that matches, with a deadline. To check that something did *not* arrive, have a marker
 * travel the same path afterwards and assert that the marker is the very next message
 * (`expectNext`), or let `roundTrip` ask the server for one.
 */
export class TestClient {
  /** Resolves when the socket has closed, with the close code and reason. */
  readonly closed: Promise<Closed>;
  private readonly queue: Received[] = [];
  private wake: (() => void) | undefined;
  private closeInfo: Closed | undefined;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      const text = isBinary ? '<binary frame>' : data.toString();
      this.queue.push(parse(text));
      this.wake?.();
    });
    // A failed connection also ends in 'close'; without this listener ws would throw.
    socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => {
      socket.once('close', (code, reason) => {
        this.closeInfo = { code, reason: reason.toString() };
        resolve(this.closeInfo);
        this.wake?.();
      });
    });
  }

  /** Opens a connection to `url` and resolves once it is open. */
  static connect(url: string, options: ConnectOptions = {}): Promise<TestClient> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, {
        ...(options.origin === undefined ? {} : { origin: options.origin }),
        // `autoPong: false` plays a peer that is gone without closing: it never answers pings.
        autoPong: options.autoPong ?? true,
      });
      const client = new TestClient(socket);
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error(`could not connect to ${url} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('open', () => {
        clearTimeout(timer);
        resolve(client);
      });
      socket.once('unexpected-response', (_request, response) => {
        clearTimeout(timer);
        socket.terminate();
        reject(new HttpRefusal(response.statusCode ?? 0));
      });
      socket.once('close', (code) => {
        clearTimeout(timer);
        reject(new Error(`connection to ${url} closed before it opened (code ${code})`));
      });
    });
  }

  /** Connects, joins `room` and resolves with the client and the id the server assigned. */
  static async joined(url: string, room: string): Promise<{ client: TestClient; id: string }> {
    const client = await TestClient.connect(url);
    const id = await client.join(room);
    return { client, id };
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Sends an object as JSON, a string as a text frame, a Buffer as a binary frame. */
  send(message: object | string | Buffer): void {
    if (Buffer.isBuffer(message)) this.socket.send(message, { binary: true });
    else if (typeof message === 'string') this.socket.send(message);
    else this.socket.send(JSON.stringify(message));
  }

  /** Sends `join` (with any extra fields, e.g. `token`, `resume`) and resolves with the id from `welcome`. */
  async join(room: string, extra: Record<string, unknown> = {}): Promise<string> {
    const welcome = await this.welcome(room, extra);
    if (typeof welcome.id !== 'string') throw new Error(`welcome without an id: ${summarize(welcome)}`);
    return welcome.id;
  }

  /** Sends `join` (with any extra fields) and resolves with the whole `welcome`. */
  async welcome(room: string, extra: Record<string, unknown> = {}): Promise<Received> {
    this.send({ v: 1, type: 'join', room, ...extra });
    return this.next('welcome');
  }

  /**
   * Resolves with the first queued or arriving message that matches, dropping the
   * non-matching ones before it. Rejects after `timeoutMs`, or when the socket closes first.
   */
  async next(match: Match = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Received> {
    const test = typeof match === 'string' ? (m: Received) => m.type === match : match;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.queue.length > 0) {
        const message = this.queue.shift() as Received;
        if (test(message)) return message;
      }
      if (this.closeInfo) {
        throw new Error(`socket closed (code ${this.closeInfo.code}) while waiting for ${label(match)}`);
      }
      const left = deadline - Date.now();
      if (left <= 0 || !(await this.arrival(left))) {
        throw new Error(`no ${label(match)} message within ${timeoutMs} ms`);
      }
    }
  }

  /** Resolves with the very next message and rejects unless it matches. */
  async expectNext(match: Match, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Received> {
    const message = await this.next(() => true, timeoutMs);
    const test = typeof match === 'string' ? (m: Received) => m.type === match : match;
    if (!test(message)) throw new Error(`expected ${label(match)} next, got ${summarize(message)}`);
    return message;
  }

  /**
   * Sends a frame the server always refuses (binary), waits for its `bad-message` reply, and
   * resolves with everything that arrived before the reply. The server answers one socket's
   * frames in order, so whatever it had sent this client until then is in the result.
   */
  async roundTrip(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Received[]> {
    const before: Received[] = [];
    this.send(Buffer.from('round trip'));
    await this.next((message) => {
      if (message.type === 'error' && message.code === 'bad-message') return true;
      before.push(message);
      return false;
    }, timeoutMs);
    return before;
  }

  /** Closes the socket and resolves once it is closed (cut off after `timeoutMs`). */
  async close(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Closed> {
    if (!this.closeInfo) {
      const timer = setTimeout(() => this.socket.terminate(), timeoutMs);
      this.socket.close(1000);
      await this.closed.finally(() => clearTimeout(timer));
    }
    return this.closed;
  }

  /** Resolves true when a message or the close arrives, false after `timeoutMs`. */
  private arrival(timeoutMs: number): Promise<boolean> {
    if (this.wake) throw new Error('only one next() at a time per client');
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve(false);
      }, timeoutMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve(true);
      };
    });
  }
}

function parse(text: string): Received {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Received;
  } catch {
    // fall through: the test sees the raw text
  }
  return { raw: text };
}

function label(match: Match): string {
  return typeof match === 'string' ? `"${match}"` : 'matching';
}

function summarize(message: Received): string {
  const text = JSON.stringify(message);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
