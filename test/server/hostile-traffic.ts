import { WebSocket } from 'ws';

/**
 * Reproducible hostile traffic for the signaling server: a seeded random source, frames that
 * are wrong in every way the protocol can be wrong, and a bare client that only counts what
 * the server answers.
 */

/** mulberry32: a small, fast, seeded generator; the same seed gives the same traffic. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  text(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_'): string {
    let result = '';
    for (let i = 0; i < length; i++) result += alphabet[Math.floor(this.next() * alphabet.length)];
    return result;
  }

  bytes(length: number): Buffer {
    const result = Buffer.alloc(length);
    for (let i = 0; i < length; i++) result[i] = Math.floor(this.next() * 256);
    return result;
  }
}

/** One frame for a `ws` client: text, or binary when `data` is a Buffer. */
export type HostileFrame = string | Buffer;

const info = (name: unknown = 'x', extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name,
  microphoneMuted: false,
  cameraMuted: false,
  streams: {},
  ...extra,
});

/**
 * A malformed or hostile frame: wrong types, huge strings, deep nesting, prototype keys,
 * binary, invalid JSON, unknown types, bad rooms. None of them is a valid join.
 */
export function hostileFrame(random: Random): HostileFrame {
  const kinds: Array<() => HostileFrame> = [
    // Wrong types and shapes.
    () => JSON.stringify(random.pick([null, 0, -1, 1e308, true, 'hello', [], [1, 2, 3], {}])),
    () => JSON.stringify({ v: 1, type: random.text(random.int(1, 20)) }),
    () => JSON.stringify({ v: random.pick(['1', 2, null, [], {}, 1.5]), type: 'hello', info: info() }),
    () =>
      JSON.stringify({
        v: 1,
        type: 'hello',
        info: random.pick([42, 'x', null, [], info(7), info('x', { streams: [] })]),
      }),
    () => JSON.stringify({ v: 1, type: 'description', description: { type: 'offer', sdp: 'v=0' } }),
    () =>
      JSON.stringify({ v: 1, type: 'candidate', to: 'x', candidate: { candidate: 1, sdpMLineIndex: -1 } }),
    () =>
      JSON.stringify({
        v: 1,
        type: 'join',
        room: random.pick(['', '\u0000', 'a\nb', 'r'.repeat(200), 7, null]),
      }),
    () => JSON.stringify({ v: 1, type: 'hello', info: info(), to: random.text(80, '!@#$%^&*() ') }),
    // Huge strings: under the size limit (a field too long) and over it (refused unread).
    () => JSON.stringify({ v: 1, type: 'hello', info: info('n'.repeat(random.int(60_000, 64_000))) }),
    () => JSON.stringify({ v: 1, type: 'update', padding: 'p'.repeat(random.int(65_000, 200_000)) }),
    // Deep nesting, of arrays and of objects.
    () => {
      const depth = random.int(1000, 30_000);
      return `{"v":1,"type":"hello","info":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    },
    () => {
      const depth = random.int(1000, 10_000);
      return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    },
    // Prototype keys, where a careless parser would pollute or confuse.
    () => '{"__proto__":{"polluted":true,"type":"join","room":"x"},"v":1}',
    () => '{"constructor":{"prototype":{"polluted":true}},"v":1,"type":"hello"}',
    () =>
      JSON.stringify({
        v: 1,
        type: 'hello',
        info: { ...info(), toString: 1, hasOwnProperty: 'x' },
      }).replace(
        '"streams":{}',
        '"streams":{"__proto__":"camera","constructor":"screen","toString":"camera"}',
      ),
    () => '{"v":1,"type":"update","info":{"__proto__":{"name":"x"},"microphoneMuted":false}}',
    // Not JSON at all, or JSON with traps.
    () => random.text(random.int(1, 200), '{}[]":,0123456789truefalsenul \\'),
    () => `{"v":1,"type":"hello","info":{"name":"\\ud800\\udfff\\ud800"}}`,
    () => `{"v":1e400,"type":"bye","from":${'9'.repeat(400)}}`,
    // Binary frames, random and JSON-looking.
    () => random.bytes(random.int(1, 2000)),
    () => Buffer.from(JSON.stringify({ v: 1, type: 'hello', info: info() })),
  ];
  return random.pick(kinds)();
}

/**
 * A `ws` client that sends what it is told and counts the server's answers: error replies by
 * code, and the close code when the server ends it.
 */
export class Offender {
  readonly errors = new Map<string, number>();
  closeCode: number | undefined;
  sent = 0;
  private readonly closedPromise: Promise<void>;

  private constructor(private readonly socket: WebSocket) {
    socket.on('error', () => undefined);
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      try {
        const message = JSON.parse(data.toString()) as { type?: string; code?: string };
        if (message.type === 'error')
          this.errors.set(String(message.code), (this.errors.get(String(message.code)) ?? 0) + 1);
      } catch {
        // The server only sends JSON; a test of ours would fail elsewhere.
      }
    });
    this.closedPromise = new Promise((resolve) =>
      socket.once('close', (code) => {
        this.closeCode = code;
        resolve();
      }),
    );
  }

  static connect(url: string): Promise<Offender> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const offender = new Offender(socket);
      socket.once('open', () => resolve(offender));
      socket.once('close', (code) => reject(new Error(`closed before it opened (${code})`)));
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** The number of error replies so far, of every code. */
  get errorCount(): number {
    let total = 0;
    for (const count of this.errors.values()) total += count;
    return total;
  }

  send(frame: HostileFrame | Record<string, unknown>): void {
    if (!this.isOpen) return;
    if (Buffer.isBuffer(frame)) this.socket.send(frame, { binary: true });
    else this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    this.sent++;
  }

  /** Resolves once the server has answered at least once (an error reply or a close), or after `timeoutMs`. */
  async answered(timeoutMs: number): Promise<boolean> {
    const done = (): boolean => this.errorCount > 0 || this.closeCode !== undefined;
    if (done()) return true;
    let timer: NodeJS.Timeout | undefined;
    let onMessage: (() => void) | undefined;
    await Promise.race([
      this.closedPromise,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        onMessage = () => {
          if (done()) resolve();
        };
        this.socket.on('message', onMessage);
      }),
    ]);
    clearTimeout(timer);
    if (onMessage) this.socket.off('message', onMessage);
    return done();
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    this.socket.terminate();
    return this.closedPromise;
  }
}
