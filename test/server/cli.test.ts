import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { jwtVerify } from 'jose';
import { HttpRefusal, TestClient } from '../helpers/ws-client.js';
import { createToken } from '../../server/index.js';
import { httpGet } from './http.js';

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

const SECRET = 'cli-test-secret-at-least-32-bytes-long';

function startCli(args: string[], env: Record<string, string> = {}): Cli {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...withoutSecrets(process.env), ...env },
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

/** The environment without the secrets the CLI reads, so the one running the tests cannot leak in. */
function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  for (const name of ['RTC_AUTH_SECRET', 'RTC_RESUME_SECRET', 'RTC_TURN_SECRET']) delete rest[name];
  return rest;
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
      assert.equal((await within(client.closed, 5000, 'the client was not closed')).code, 1012);
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

  // Every other bad command line is covered in cli-options.test.ts without a process; these
  // check the real exit code and message for one of each kind of failure.
  for (const args of [
    ['--port', 'abc'],
    ['--port', '70000'],
    ['--bogus'],
    ['--serve', '/no/such/folder'],
    ['--max-room-size', '5000'],
    ['token', '--secret', SECRET, '--room', 'r', '--role', 'Not A Role'],
  ]) {
    it(`exits with 2 and a message for ${args.join(' ')}`, async () => {
      const cli = startCli(args);
      const { code } = await within(cli.exited, START_TIMEOUT_MS, 'the CLI did not exit');
      assert.equal(code, 2);
      assert.match(cli.stderr(), /^rtc-elements-server: .+/);
      assert.match(cli.stderr(), /Try --help/);
    });
  }

  it('prints usage for --help, naming every flag, and exits with 0', async () => {
    const cli = startCli(['--help']);
    assert.match(await nextLine(cli), /^Usage: rtc-elements-server/);
    let usage = '';
    for (;;) {
      const result = await cli.lines.next();
      if (result.done) break;
      usage += `${result.value}\n`;
    }
    for (const flag of [
      '--port',
      '--host',
      '--serve',
      '--auth-secret',
      'RTC_AUTH_SECRET',
      '--allowed-origin',
      '--resume-secret',
      'RTC_RESUME_SECRET',
      '--turn-secret',
      'RTC_TURN_SECRET',
      '--turn-url',
      '--turn-ttl',
      '--stun-url',
      '--max-room-size',
      '--metrics',
      '--ping-interval',
      '--departure-grace',
      'token --secret S --room R',
      '--name',
      '--role',
      '--ttl',
    ]) {
      assert.ok(usage.includes(flag), `--help does not mention ${flag}`);
    }
    assert.equal((await within(cli.exited, START_TIMEOUT_MS, 'the CLI did not exit')).code, 0);
  });

  it('prints a token that verifies with the secret, from --secret or RTC_AUTH_SECRET', async () => {
    const cli = startCli([
      'token',
      '--secret',
      SECRET,
      '--room',
      'standup',
      '--name',
      'Ada',
      '--role',
      'host',
      '--ttl',
      '120',
    ]);
    const token = await nextLine(cli);
    assert.equal((await within(cli.exited, START_TIMEOUT_MS, 'the CLI did not exit')).code, 0);
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), { algorithms: ['HS256'] });
    assert.deepEqual(
      {
        room: payload.room,
        name: payload.name,
        role: payload.role,
        ttl: (payload.exp ?? 0) - (payload.iat ?? 0),
      },
      { room: 'standup', name: 'Ada', role: 'host', ttl: 120 },
    );
    const fromEnv = startCli(['token', '--room', 'retro'], { RTC_AUTH_SECRET: SECRET });
    const second = await jwtVerify(await nextLine(fromEnv), new TextEncoder().encode(SECRET));
    assert.equal(second.payload.room, 'retro');
    assert.equal(second.payload.exp, (second.payload.iat ?? 0) + 3600);
  });

  it('applies the security, ICE, capacity and metrics flags', async () => {
    const origin = 'https://app.example.com';
    const args = [
      `--port 0 --allowed-origin ${origin} --allowed-origin https://other.example.com`,
      '--stun-url stun:stun.example.com:3478 --turn-url turns:turn.example.com:5349 --turn-ttl 60',
      '--max-room-size 1 --metrics --ping-interval 60000 --departure-grace 0',
    ].join(' ');
    const cli = startCli(args.split(' '), {
      RTC_AUTH_SECRET: SECRET,
      RTC_TURN_SECRET: 'coturn-secret',
      RTC_RESUME_SECRET: SECRET,
    });
    const url = /(ws:\/\/\S+)$/.exec(await nextLine(cli))?.[1] as string;
    const httpUrl = url.replace(/^ws/, 'http');
    const refused = await TestClient.connect(url, { origin: 'https://evil.example.com' }).catch(
      (error: unknown) => error,
    );
    assert.ok(refused instanceof HttpRefusal && refused.status === 403, String(refused));
    const client = await TestClient.connect(url, { origin });
    const stranger = await TestClient.connect(url, { origin });
    try {
      const welcome = await client.welcome('room', {
        token: await createToken({ secret: SECRET, room: 'room' }),
      });
      const servers = welcome.iceServers as Array<Record<string, unknown>>;
      assert.deepEqual(servers[0], { urls: ['stun:stun.example.com:3478'] });
      assert.deepEqual(servers[1]?.urls, ['turns:turn.example.com:5349']);
      const expiry = Number(String(servers[1]?.username).split(':')[0]);
      assert.ok(Math.abs(expiry - (Date.now() / 1000 + 60)) < 10, `TURN expiry ${expiry}`);
      stranger.send({
        v: 1,
        type: 'join',
        room: 'room',
        token: await createToken({ secret: SECRET, room: 'room' }),
      });
      assert.equal((await stranger.expectNext('error')).code, 'room-full');
      assert.equal((await httpGet(httpUrl, '/metrics')).status, 200);
      const tokenless = await TestClient.connect(url, { origin });
      tokenless.send({ v: 1, type: 'join', room: 'room' });
      assert.equal((await tokenless.expectNext('error')).code, 'unauthorized');
      assert.equal((await tokenless.closed).code, 4001);
    } finally {
      await Promise.all([client.close(), stranger.close()]);
    }
  });
});
