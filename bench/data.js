// Files and chat between two participants in one page, beside the bare browser API:
//   - file throughput: session.files (offer, accept, chunks with backpressure, SHA-256 check)
//     beside one bare RTCDataChannel sending the same bytes in the same chunk size with the
//     same backpressure;
//   - chat latency: one message at a time, from send to arrival at the other side.
// bench/run.mjs drives this page and prints the figures.
import { MemorySignalingHub, Session, createMemorySignaling } from '/dist/src/index.js';

const CHUNK = 64 * 1024;
const HIGH_WATER = 1024 * 1024;

function pseudoRandom(size) {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65536)
    crypto.getRandomValues(bytes.subarray(offset, offset + 65536));
  return bytes;
}

async function pair() {
  const hub = new MemorySignalingHub();
  const room = `bench-${Math.random()}`;
  const make = (name) =>
    new Session({
      room,
      name,
      audio: false,
      video: false,
      logLevel: 'error',
      signaling: createMemorySignaling({ hub }),
    });
  const [alice, bob] = [make('alice'), make('bob')];
  await Promise.all([alice.join(), bob.join()]);
  while (alice.participants.size === 0 || bob.participants.size === 0)
    await new Promise((r) => setTimeout(r, 10));
  // Wait until the channels are open: a message goes through.
  const warm = new Promise((resolve) => bob.once('chatMessageAdded', resolve));
  alice.chat.send('warm up');
  await warm;
  return [alice, bob];
}

async function sdkFile(bytes) {
  const [alice, bob] = await pair();
  bob.on('fileTransferAdded', ({ transfer }) => transfer.accept());
  const start = performance.now();
  const [transfer] = alice.files.send(new File([bytes], 'bench.bin'));
  await new Promise((resolve, reject) =>
    transfer.on('updated', () => {
      if (transfer.state === 'completed') resolve();
      else if (transfer.finished) reject(transfer.error);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  alice.dispose();
  bob.dispose();
  return bytes.length / 1e6 / seconds;
}

async function bareFile(bytes) {
  const [a, b] = [new RTCPeerConnection(), new RTCPeerConnection()];
  a.onicecandidate = ({ candidate }) => candidate && b.addIceCandidate(candidate);
  b.onicecandidate = ({ candidate }) => candidate && a.addIceCandidate(candidate);
  const channel = a.createDataChannel('bench');
  channel.binaryType = 'arraybuffer';
  const remote = new Promise((resolve) => (b.ondatachannel = ({ channel: c }) => resolve(c)));
  await a.setLocalDescription();
  await b.setRemoteDescription(a.localDescription);
  await b.setLocalDescription();
  await a.setRemoteDescription(b.localDescription);
  const receiving = await remote;
  if (channel.readyState !== 'open')
    await new Promise((r) => channel.addEventListener('open', r, { once: true }));
  let received = 0;
  const done = new Promise((resolve) => {
    receiving.onmessage = ({ data }) => {
      received += data.byteLength;
      if (received >= bytes.length) resolve();
    };
  });
  channel.bufferedAmountLowThreshold = HIGH_WATER;
  const start = performance.now();
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    if (channel.bufferedAmount > HIGH_WATER) {
      await new Promise((r) => channel.addEventListener('bufferedamountlow', r, { once: true }));
    }
    channel.send(bytes.slice(offset, offset + CHUNK));
  }
  await done;
  const seconds = (performance.now() - start) / 1000;
  a.close();
  b.close();
  return bytes.length / 1e6 / seconds;
}

async function chatLatency(count) {
  const [alice, bob] = await pair();
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const arrived = new Promise((resolve) => bob.once('chatMessageAdded', resolve));
    const start = performance.now();
    alice.chat.send(`ping ${i}`);
    await arrived;
    latencies.push(performance.now() - start);
  }
  alice.dispose();
  bob.dispose();
  return latencies;
}

window.runDataBenchmark = async ({ fileBytes, runs, messages }) => {
  const bytes = pseudoRandom(fileBytes);
  const sdk = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await bareFile(bytes));
    sdk.push(await sdkFile(bytes));
  }
  return { sdk, bare, latencies: await chatLatency(messages) };
};
