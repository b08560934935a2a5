// A real coturn TURN server for one test, with TURN REST API (ephemeral) credentials:
// username = "<expiry unix seconds>:<user>", credential = base64(HMAC-SHA1(secret, username)).
// Its own config in a temp folder (never /etc/turnserver.conf), no TLS/DTLS/CLI, logs to stdout.
// Readiness is a STUN Binding request answered; recipe: /work/shared/notes/infra-recipes.md §2.
import { spawn as spawnChild } from 'node:child_process';
import { createHmac } from 'node:crypto';
import dgram from 'node:dgram';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTool } from './netns.mjs';
import { netprobePath, waitForStun } from './netprobe.mjs';

/** TURN REST API credentials valid for `ttlSeconds` from `now` (negative: already expired). */
export function turnCredentials(secret, user = 'test', ttlSeconds = 3600, now = Date.now()) {
  const username = `${Math.floor(now / 1000) + ttlSeconds}:${user}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential };
}

/** A port free for both UDP and TCP on `host` in this process's namespace. */
async function freePort(host) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const server = net.createServer();
    server.listen(0, host);
    await once(server, 'listening');
    const { port } = server.address();
    const socket = dgram.createSocket('udp4');
    const udpFree = await new Promise((resolve) => {
      socket.once('error', () => resolve(false));
      socket.bind(port, host, () => resolve(true));
    });
    socket.close();
    server.close();
    if (udpFree) return port;
  }
  throw new Error(`no port free for both UDP and TCP on ${host}`);
}

const isLoopback = (ip) => ip.startsWith('127.');

/**
 * Starts turnserver and resolves once it answers STUN. See coturn.d.mts.
 * @param {import('./coturn.d.mts').CoturnOptions} options
 */
export async function startCoturn({
  secret,
  listeningIp = '127.0.0.1',
  port = 0,
  relayIp,
  realm = 'rtc-elements.test',
  minPort = 49152,
  maxPort = 65535,
  spawn,
  verbose = false,
  timeoutMs = 15_000,
} = {}) {
  if (!secret) throw new Error('startCoturn needs a secret (static-auth-secret)');
  const turnserver = findTool('turnserver');
  if (!turnserver) {
    throw new Error(
      "coturn's `turnserver` was not found. Install it (Debian: apt-get install --no-install-recommends coturn) " +
        'or run scripts/install-test-deps.sh as root.',
    );
  }
  relayIp ??= listeningIp;
  const inOtherNamespace = typeof spawn === 'function';
  const spawnFn = spawn ?? ((command, args, options) => spawnChild(command, args, options));
  const pickPort = async () =>
    // In another namespace this process cannot see which ports are taken; a fresh test
    // namespace has none, and a collision is reported as "cannot bind" (then retried).
    inOtherNamespace ? 20_000 + Math.floor(Math.random() * 20_000) : freePort(listeningIp);

  const autoPort = !port;
  for (let attempt = 0; ; attempt++) {
    const chosen = autoPort ? await pickPort() : port;
    try {
      return await startOnce(chosen);
    } catch (error) {
      if (!(autoPort && error.portInUse && attempt < 3)) throw error;
    }
  }

  async function startOnce(listeningPort) {
    const dir = mkdtempSync(join(tmpdir(), 'rtc-coturn-'));
    const config = [
      // coturn takes no trailing comments: each comment on its own line.
      `listening-ip=${listeningIp}`,
      `relay-ip=${relayIp}`,
      `listening-port=${listeningPort}`,
      `min-port=${minPort}`,
      `max-port=${maxPort}`,
      `realm=${realm}`,
      'use-auth-secret',
      `static-auth-secret=${secret}`,
      'fingerprint',
      'no-tls',
      'no-dtls',
      'no-cli',
      'no-rfc5780',
      'no-stun-backward-compatibility',
      'no-multicast-peers',
      ...(isLoopback(listeningIp) || isLoopback(relayIp) ? ['allow-loopback-peers'] : []),
      ...(verbose ? ['verbose'] : []),
      'log-file=stdout',
      'simple-log',
      `pidfile=${join(dir, 'turnserver.pid')}`,
      `userdb=${join(dir, 'turndb.sqlite')}`,
      '',
    ].join('\n');
    writeFileSync(join(dir, 'turnserver.conf'), config);

    const lines = [];
    const keep = (chunk) => {
      for (const line of String(chunk).split('\n')) if (line) lines.push(line);
      if (lines.length > 500) lines.splice(0, lines.length - 500);
    };
    const child = spawnFn(turnserver, ['-c', join(dir, 'turnserver.conf')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exited = child.exitCode !== null;
    const exitPromise = new Promise((resolve) =>
      child.once('exit', () => {
        exited = true;
        resolve();
      }),
    );
    const killOnExit = () => {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    };
    process.on('exit', killOnExit);

    let stopping = null;
    const stop = () => {
      stopping ??= (async () => {
        process.removeListener('exit', killOnExit);
        if (!exited) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
          await exitPromise;
          clearTimeout(timer);
        }
        rmSync(dir, { recursive: true, force: true });
      })();
      return stopping;
    };

    const cannotBind = () => lines.some((line) => /Cannot bind .*listener socket to addr/.test(line));
    const start = performance.now();
    let ready;
    if (inOtherNamespace) {
      // This process cannot reach the other namespace: probe from inside it.
      const probe = spawnFn(
        process.execPath,
        [netprobePath, 'stun', listeningIp, String(listeningPort), String(timeoutMs)],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      const poll = setInterval(() => (exited || cannotBind()) && probe.kill(), 50);
      let output = '';
      probe.stdout.on('data', (chunk) => (output += chunk));
      await once(probe, 'exit');
      clearInterval(poll);
      ready = /"ok":true/.test(output);
    } else {
      ready = (await waitForStun(listeningIp, listeningPort, timeoutMs, () => exited || cannotBind())).ok;
    }
    const startMs = Math.round(performance.now() - start);

    if (!ready) {
      const portInUse = cannotBind();
      await stop();
      const error = new Error(
        portInUse
          ? `coturn cannot bind ${listeningIp}:${listeningPort} (in use, or not an address of its namespace)`
          : `coturn did not answer STUN on ${listeningIp}:${listeningPort} within ${timeoutMs} ms` +
              `${exited ? ' (it exited)' : ''}. Last output:\n${lines.slice(-15).join('\n')}`,
      );
      error.portInUse = portInUse;
      throw error;
    }
    return {
      url: `turn:${listeningIp}:${listeningPort}`,
      stunUrl: `stun:${listeningIp}:${listeningPort}`,
      host: listeningIp,
      port: listeningPort,
      realm,
      secret,
      pid: child.pid,
      startMs,
      credentials: (user, ttlSeconds) => turnCredentials(secret, user, ttlSeconds),
      output: () => lines.join('\n'),
      async waitForOutput(pattern, timeoutMs = 5_000) {
        const deadline = performance.now() + timeoutMs;
        for (;;) {
          const line = lines.find((candidate) => pattern.test(candidate));
          if (line) return line;
          if (performance.now() > deadline) {
            throw new Error(`coturn printed no line matching ${pattern} within ${timeoutMs} ms`);
          }
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      },
      stop,
    };
  }
}
