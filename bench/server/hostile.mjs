// Benchmark: how many hostile messages per second the server absorbs while a call in another
// room goes on, and what that does to the call's relay latency (median and p95), beside the
// same latency with no hostile traffic, in the same run. The server (the built dist/server,
// default limits) and the hostile load each run in a process of their own; this process only
// runs the call. Prints figures; asserts nothing.
//   node bench/server/hostile.mjs            (after npm run build)
//   BENCH_SECONDS=10 node bench/server/hostile.mjs
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WebSocket } from 'ws';
import { percentile, scrape, startServer } from './server-process.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** The call's pace: 40 messages a second each way, under the default rate limit of 50. */
const CALL_INTERVAL_MS = 25;

async function joined(url, room) {
  const socket = new WebSocket(url);
  await once(socket, 'open');
  socket.send(JSON.stringify({ v: 1, type: 'join', room }));
  const [data] = await once(socket, 'message');
  return { socket, id: JSON.parse(data.toString()).id };
}

/** Runs the call for `ms`: each side sends a candidate every CALL_INTERVAL_MS; returns latencies. */
async function call(url, ms) {
  const room = `call-${Math.random().toString(36).slice(2)}`;
  const a = await joined(url, room);
  const b = await joined(url, room);
  const sentAt = new Map();
  const latencies = [];
  let sent = 0;
  const receive = (data) => {
    const message = JSON.parse(data.toString());
    if (message.type !== 'candidate') return;
    const key = message.candidate.candidate;
    latencies.push(performance.now() - sentAt.get(key));
    sentAt.delete(key);
  };
  a.socket.on('message', receive);
  b.socket.on('message', receive);
  const candidate = (to, key) =>
    JSON.stringify({
      v: 1,
      type: 'candidate',
      to,
      candidate: { candidate: key, sdpMid: '0', sdpMLineIndex: 0 },
    });
  const timer = setInterval(() => {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      const key = `${from.id}:${sent++}`;
      sentAt.set(key, performance.now());
      from.socket.send(candidate(to.id, key));
    }
  }, CALL_INTERVAL_MS);
  await new Promise((resolve) => setTimeout(resolve, ms));
  clearInterval(timer);
  // Let the last ones arrive before counting what was lost.
  await new Promise((resolve) => setTimeout(resolve, 500));
  a.socket.close();
  b.socket.close();
  return { latencies, sent, lost: sentAt.size };
}

function load(url, mode, ms, seed) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('hostile-load.mjs', import.meta.url)), url, mode, String(ms), String(seed)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', () => resolve(JSON.parse(output || '{}'))));
}

async function phase(server, mode) {
  const ms = SECONDS * 1000;
  const before = await scrape(server.httpUrl, 'rtc_signaling_messages_received_total');
  const closesBefore = await scrape(server.httpUrl, 'rtc_signaling_rate_limit_closes_total');
  const started = performance.now();
  const [result, generated] = await Promise.all([
    call(server.url, ms),
    mode ? load(server.url, mode, ms, 20_240_601) : undefined,
  ]);
  const seconds = (performance.now() - started) / 1000;
  const received = (await scrape(server.httpUrl, 'rtc_signaling_messages_received_total')) - before;
  const closes = (await scrape(server.httpUrl, 'rtc_signaling_rate_limit_closes_total')) - closesBefore;
  // The call's own frames are in the count; take them out.
  const hostile = Math.max(0, received - result.sent);
  return {
    mode: mode ?? 'none',
    hostilePerSecond: mode ? hostile / seconds : 0,
    hostileConnections: generated?.connections ?? 0,
    rateLimitCloses: closes,
    median: percentile(result.latencies, 50),
    p95: percentile(result.latencies, 95),
    callMessages: result.sent,
    lost: result.lost,
  };
}

/** Runs the three phases against one server; resolves with their figures. */
export async function runHostileBenchmark() {
  const server = await startServer({ metrics: true });
  try {
    const rows = [];
    for (const mode of [undefined, 'steady', 'flood']) rows.push(await phase(server, mode));
    const health = await fetch(`${server.httpUrl}healthz`);
    return { rows, healthy: health.status === 200 };
  } finally {
    await server.stop();
  }
}

export function printHostile({ rows, healthy }) {
  console.log(
    `\nHostile traffic vs. a call in another room (${SECONDS} s per phase, default limits, built server)`,
  );
  console.log(
    '  hostile load   absorbed msg/s   hostile conns   rate-limit closes   call relay median / p95   call msgs   lost',
  );
  for (const row of rows) {
    console.log(
      `  ${row.mode.padEnd(13)}  ${row.hostilePerSecond.toFixed(0).padStart(14)}   ${String(row.hostileConnections).padStart(13)}   ${String(row.rateLimitCloses).padStart(17)}   ${`${row.median.toFixed(2)} / ${row.p95.toFixed(2)} ms`.padStart(23)}   ${String(row.callMessages).padStart(9)}   ${String(row.lost).padStart(4)}`,
    );
  }
  console.log(`  /healthz afterwards: ${healthy ? 'ok' : 'NOT OK'}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printHostile(await runHostileBenchmark());
}
