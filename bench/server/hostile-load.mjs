// A hostile load generator, run as its own process by hostile.mjs so that its work does not
// delay the call whose latency is being measured. It writes pre-built, pre-masked frames
// straight to raw sockets, so that generating the load costs next to nothing and the figures
// measure the server. argv: url mode durationMs seed
//   flood   40 connections at a time, each writing 300 malformed frames at once (the server
//           answers the first 200, rate-limits and closes it), then reconnecting
//   steady  300 connections, each writing a malformed frame every 25 ms (40/s, just under
//           the default limit of 50/s), so none is ever closed
// Prints one line of JSON at the end: { sent, connections }.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';

const [url, mode, durationText, seedText] = process.argv.slice(2);
const until = Date.now() + Number(durationText);
let state = Number(seedText) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** One masked client frame (opcode 1 text, 2 binary). */
function frame(payload, opcode = 1) {
  const body = Buffer.from(payload);
  const length = body.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, 0x80 | length])
      : length < 65536
        ? Buffer.from([0x80 | opcode, 0x80 | 126, length >> 8, length & 0xff])
        : Buffer.from([
            0x80 | opcode,
            0x80 | 127,
            0,
            0,
            0,
            0,
            length >>> 24,
            (length >>> 16) & 0xff,
            (length >>> 8) & 0xff,
            length & 0xff,
          ]);
  const key = randomBytes(4);
  for (let i = 0; i < length; i++) body[i] ^= key[i & 3];
  return Buffer.concat([header, key, body]);
}

// Mostly small malformed frames; one in ten is a big one (60-70 KB, or 10 KB of nesting).
const small = [
  frame('{"v":1,"type":"hello"'),
  frame(JSON.stringify({ v: 1, type: 'nonsense' })),
  frame(JSON.stringify({ v: 2, type: 'hello', info: {} })),
  frame(JSON.stringify({ v: 1, type: 'hello', info: { name: 42 } })),
  frame('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"v":1,"type":"hello"}'),
  frame(JSON.stringify({ v: 1, type: 'join', room: '' })),
  frame(
    JSON.stringify({
      v: 1,
      type: 'candidate',
      to: 'nobody',
      candidate: { candidate: 'c', sdpMLineIndex: null },
    }),
  ),
  frame('binary frame', 2),
];
const big = [
  frame(
    JSON.stringify({
      v: 1,
      type: 'description',
      to: 'x',
      description: { type: 'offer', sdp: 's'.repeat(59_000) },
    }),
  ),
  frame(JSON.stringify({ v: 1, type: 'update', padding: 'p'.repeat(70_000) })),
  frame(`{"v":1,"type":"hello","info":${'['.repeat(5000)}${']'.repeat(5000)}}`),
];
const pick = () => {
  const list = random() < 0.1 ? big : small;
  return list[Math.floor(random() * list.length)];
};

let sent = 0;
let connections = 0;

/** A raw socket that completed the WebSocket handshake, reading and discarding what comes. */
function open() {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const req = request({
      host: hostname,
      port,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        'Sec-WebSocket-Version': '13',
      },
    });
    req.on('upgrade', (_response, socket) => {
      connections++;
      socket.on('error', () => undefined);
      socket.on('data', () => undefined);
      resolve(socket);
    });
    req.on('response', () => resolve(undefined));
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

function send(socket) {
  if (socket.destroyed) return false;
  socket.write(pick());
  sent++;
  return true;
}

async function flooder() {
  while (Date.now() < until) {
    const socket = await open();
    if (!socket) continue;
    const closed = new Promise((resolve) => socket.once('close', resolve));
    // Gone as soon as the server says rate-limited, as a real flooder would reconnect at once
    // (a raw socket does not answer the closing handshake).
    socket.on('data', (chunk) => {
      if (chunk.includes('rate-limited')) socket.destroy();
    });
    socket.once('end', () => socket.destroy());
    for (let i = 0; i < 300; i++) send(socket);
    await closed;
  }
}

async function steady() {
  const socket = await open();
  if (!socket) return;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      if (Date.now() >= until || !send(socket)) {
        clearInterval(timer);
        resolve();
      }
    }, 25);
  });
  socket.destroy();
}

await Promise.all(Array.from({ length: mode === 'flood' ? 40 : 300 }, mode === 'flood' ? flooder : steady));
process.stdout.write(`${JSON.stringify({ sent, connections })}\n`);
process.exit(0);
