// Opens idle WebSocket connections for idle-memory.mjs, in a process of its own so that the
// server's memory is measured alone. Reads commands on stdin, one per line:
//   open N   opens connections until N are open, each joined to a room of ten; answers "ok N"
//   exit     closes everything and exits
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';

const url = process.argv[2];
const sockets = [];
const BATCH = 200;

function openOne(index) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    socket.on('error', reject);
    socket.once('open', () =>
      socket.send(JSON.stringify({ v: 1, type: 'join', room: `idle-${Math.floor(index / 10)}` })),
    );
    socket.once('message', () => {
      socket.off('error', reject);
      socket.on('error', () => undefined);
      resolve(socket);
    });
  });
}

for await (const line of createInterface({ input: process.stdin })) {
  const [command, count] = line.split(' ');
  if (command === 'open') {
    const target = Number(count);
    while (sockets.length < target) {
      const batch = Math.min(BATCH, target - sockets.length);
      const start = sockets.length;
      sockets.push(...(await Promise.all(Array.from({ length: batch }, (_, i) => openOne(start + i)))));
    }
    process.stdout.write(`ok ${sockets.length}\n`);
  } else if (command === 'exit') {
    for (const socket of sockets) socket.terminate();
    process.exit(0);
  }
}
