// Tiny network probes (Node only, no dependencies), importable and runnable as a command inside a
// namespace: `network.spawnIn('a', process.execPath, [netprobePath, 'udp', ip, port, '400'])`.
//
//   echo IP PORT                        UDP and TCP echo on the same port (0 = any); prints "ready PORT";
//                                       when its stdin ends, prints "received N" (UDP datagrams) and exits
//   udp IP PORT COUNT [GAP_MS] [WAIT_MS] sends COUNT numbered datagrams GAP_MS apart, waits up to WAIT_MS for
//                                       the echoes, prints {"sent","echoed","sendErrors"}
//   tcp IP PORT TIMEOUT_MS              connects and round-trips one line, prints {"ok","ms","error"}
//   stun IP PORT DEADLINE_MS            STUN Binding requests until one is answered, prints {"ok","ms"}
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { once } from 'node:events';
import net from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const netprobePath = fileURLToPath(import.meta.url);

/** One STUN Binding request over UDP; true when the matching success response arrives in time. */
export function stunBinding(host, port, timeoutMs = 250) {
  return new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    const transaction = randomBytes(12);
    const finish = (ok) => {
      clearTimeout(timer);
      socket.close();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('message', (message) =>
      finish(
        message.length >= 20 &&
          message.readUInt16BE(0) === 0x0101 &&
          message.subarray(8, 20).equals(transaction),
      ),
    );
    socket.on('error', () => finish(false));
    // type 0x0001 Binding request, length 0, magic cookie 0x2112A442, transaction id
    socket.send(Buffer.concat([Buffer.from([0, 1, 0, 0, 0x21, 0x12, 0xa4, 0x42]), transaction]), port, host);
  });
}

/** Polls with STUN Binding requests until answered or `deadlineMs` has passed. */
export async function waitForStun(host, port, deadlineMs, shouldStop = () => false) {
  const start = performance.now();
  while (performance.now() - start < deadlineMs && !shouldStop()) {
    if (await stunBinding(host, port)) return { ok: true, ms: Math.round(performance.now() - start) };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { ok: false, ms: Math.round(performance.now() - start) };
}

async function echo(host, port) {
  const tcp = net.createServer((socket) => socket.pipe(socket));
  tcp.listen(Number(port), host);
  await once(tcp, 'listening');
  const bound = tcp.address().port;
  const udp = dgram.createSocket('udp4');
  let received = 0;
  udp.on('message', (message, from) => {
    received++;
    udp.send(message, from.port, from.address);
  });
  udp.bind(bound, host);
  await once(udp, 'listening');
  process.stdout.write(`ready ${bound}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    process.stdout.write(`received ${received}\n`);
    process.exit(0);
  });
}

async function udp(host, port, count, gapMs = '2', waitMs = '500') {
  const socket = dgram.createSocket('udp4');
  const echoed = new Set();
  let sendErrors = 0;
  socket.on('message', (message) => echoed.add(message.toString()));
  socket.on('error', () => sendErrors++);
  for (let i = 0; i < Number(count); i++) {
    await new Promise((resolve) =>
      socket.send(String(i), Number(port), host, (error) => {
        if (error) sendErrors++;
        resolve();
      }),
    );
    if (Number(gapMs) > 0) await new Promise((resolve) => setTimeout(resolve, Number(gapMs)));
  }
  // Up to WAIT_MS more for the echoes; done early when every datagram came back.
  const deadline = performance.now() + Number(waitMs);
  while (echoed.size < Number(count) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  socket.close();
  process.stdout.write(`${JSON.stringify({ sent: Number(count), echoed: echoed.size, sendErrors })}\n`);
}

function tcp(host, port, timeoutMs) {
  const start = performance.now();
  const socket = net.connect(Number(port), host);
  const done = (ok, error) => {
    socket.destroy();
    const ms = Math.round(performance.now() - start);
    process.stdout.write(`${JSON.stringify({ ok, ms, error })}\n`);
  };
  socket.setTimeout(Number(timeoutMs), () => done(false, 'timeout'));
  socket.on('error', (error) => done(false, error.code));
  socket.on('connect', () => socket.write('ping\n'));
  socket.on('data', () => done(true));
}

async function main([mode, ...args]) {
  if (mode === 'echo') return echo(args[0], args[1]);
  if (mode === 'udp') return udp(...args);
  if (mode === 'tcp') return tcp(...args);
  if (mode === 'stun') {
    const result = await waitForStun(args[0], Number(args[1]), Number(args[2]));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exitCode = result.ok ? 0 : 1;
    return;
  }
  process.stderr.write('usage: netprobe.mjs echo|udp|tcp|stun …\n');
  process.exitCode = 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
