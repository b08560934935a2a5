import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TestClient } from '../helpers/ws-client.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Starting Node with tsx takes a moment on a slow machine; this is a deadline, not a wait. */
const START_TIMEOUT_MS = 20_000;

interface Cli {
  child: ChildProcess;
  /** stdout lines, in order, as they arrive. */
  lines: AsyncIterator<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

const running: ChildProcess[] = [];

function startCli(args: string[]): Cli {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
  return { child, lines, exited, stderr: () => stderr };
}

function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

async function nextLine(cli: Cli): Promise<string> {
  const result = await within(cli.lines.next(), START_TIMEOUT_MS, 'no line on stdout');
  if (result.done) throw new Error(`stdout ended; stderr: ${cli.stderr()}`);
  return result.value;
}

describe('rtc-elements-server CLI', () => {
  afterEach(async () => {
    for (const child of running.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await gone;
      }
    }
  });

  it('prints its URL, serves clients and exits with 0 on SIGTERM', async () => {
    const cli = startCli(['--port', '0']);
    const line = await nextLine(cli);
    const match = /^rtc-elements signaling server listening on (ws:\/\/127\.0\.0\.1:(\d+)\/)$/.exec(line);
    assert.ok(match, `unexpected first line: ${line}`);
    assert.notEqual(Number(match[2]), 0);
    const client = await TestClient.connect(match[1] as string);
    try {
      assert.match(await client.join('room'), /^[A-Za-z0-9_-]+$/);
      cli.child.kill('SIGTERM');
      assert.equal((await within(client.closed, 5000, 'the client was not closed')).code, 1001);
      assert.deepEqual(await within(cli.exited, 5000, 'the CLI did not exit'), { code: 0, signal: null });
    } finally {
      await client.close();
    }
  });

  it('exits with 0 on SIGINT and names the demo page when serving a folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rtc-cli-'));
    try {
      const cli = startCli(['--port', '0', '--serve', folder]);
      const first = await nextLine(cli);
      const port = /:(\d+)\/$/.exec(first)?.[1];
      assert.ok(port, `unexpected first line: ${first}`);
      assert.equal(await nextLine(cli), `Demo: open http://localhost:${port}/demo/ in two browser tabs`);
      cli.child.kill('SIGINT');
      assert.deepEqual(await within(cli.exited, 5000, 'the CLI did not exit'), { code: 0, signal: null });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  for (const args of [['--port', 'abc'], ['--port', '70000'], ['--bogus'], ['--serve', '/no/such/folder']]) {
    it(`exits with 2 and a message for ${args.join(' ')}`, async () => {
      const cli = startCli(args);
      const { code } = await within(cli.exited, START_TIMEOUT_MS, 'the CLI did not exit');
      assert.equal(code, 2);
      assert.match(cli.stderr(), /^rtc-elements-server: .+/);
      assert.match(cli.stderr(), new RegExp(args[0] as string));
    });
  }

  it('prints usage for --help and exits with 0', async () => {
    const cli = startCli(['--help']);
    assert.match(await nextLine(cli), /^Usage: rtc-elements-server/);
    assert.equal((await within(cli.exited, START_TIMEOUT_MS, 'the CLI did not exit')).code, 0);
  });
});
