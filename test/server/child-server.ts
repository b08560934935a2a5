import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { SignalingServerOptions } from '../../server/index.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Starting Node with tsx takes a moment on a slow machine; this is a deadline, not a wait. */
const START_TIMEOUT_MS = 20_000;

export interface MemoryReport {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Own properties of Object.prototype: a fixed number unless something polluted it. */
  prototypeKeys: number;
}

export interface ChildServer {
  url: string;
  httpUrl: string;
  /** The server process's memory after a full garbage collection. */
  memory(): Promise<MemoryReport>;
  /** Whether the process is still running. */
  isRunning(): boolean;
  /** Closes the server gracefully and waits for the process to end (killed after a deadline). */
  stop(): Promise<void>;
}

/** Runs `createSignalingServer(options)` in a child process (server-child.ts) with --expose-gc. */
export async function startChildServer(options: SignalingServerOptions = {}): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'test/server/server-child.ts', JSON.stringify(options)],
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
  const nextLine = async (what: string): Promise<string> => {
    const result = await within(lines.next(), START_TIMEOUT_MS, what, child);
    if (result.done) throw new Error(`the server process ended before ${what}`);
    return result.value;
  };
  const { url, httpUrl } = JSON.parse(await nextLine('its URL')) as { url: string; httpUrl: string };
  let queue = Promise.resolve();
  return {
    url,
    httpUrl,
    memory() {
      // One question at a time: the answers come back on one stream, in order.
      const answer = queue.then(async () => {
        child.stdin?.write('memory\n');
        return JSON.parse(await nextLine('a memory report')) as MemoryReport;
      });
      queue = answer.then(
        () => undefined,
        () => undefined,
      );
      return answer;
    },
    isRunning: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.write('close\n');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function within<T>(promise: Promise<T>, timeoutMs: number, what: string, child: ChildProcess): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${what} from the server process within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
