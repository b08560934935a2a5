// Join to first remote frame, two participants in one page: the SDK (two Sessions over memory
// signaling) beside the floor (two bare RTCPeerConnections doing the same exchange: capture
// camera and microphone on both sides, offer/answer, trickle ICE, both directions of media).
// Each run starts its clock before capture and stops it when the first side shows the other's
// first frame. bench/run.mjs drives this page and prints the figures.
import { MemorySignalingHub, Session, createMemorySignaling } from '/dist/src/index.js';

function firstFrame(track) {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  document.body.append(video);
  video.srcObject = new MediaStream([track]);
  return new Promise((resolve) => {
    video.requestVideoFrameCallback(() => {
      resolve(performance.now());
      video.srcObject = null;
      video.remove();
    });
    video.play().catch(() => undefined);
  });
}

async function sdkRun(index) {
  const hub = new MemorySignalingHub();
  const make = (name) =>
    new Session({ room: `bench-${index}`, name, signaling: createMemorySignaling({ hub }) });
  const [alice, bob] = [make('alice'), make('bob')];
  const start = performance.now();
  const frame = new Promise((resolve) => {
    alice.on('trackAdded', ({ track, source }) => {
      if (source === 'camera') resolve(firstFrame(track));
    });
  });
  await Promise.all([alice.join(), bob.join()]);
  const end = await frame;
  alice.dispose();
  bob.dispose();
  return end - start;
}

async function bareRun() {
  const start = performance.now();
  const capture = () =>
    navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 1280, height: 720 } });
  const [streamA, streamB] = await Promise.all([capture(), capture()]);
  const [a, b] = [new RTCPeerConnection(), new RTCPeerConnection()];
  a.onicecandidate = ({ candidate }) => candidate && b.addIceCandidate(candidate);
  b.onicecandidate = ({ candidate }) => candidate && a.addIceCandidate(candidate);
  const frame = new Promise((resolve) => {
    a.ontrack = ({ track }) => {
      if (track.kind === 'video') resolve(firstFrame(track));
    };
  });
  for (const track of streamA.getTracks()) a.addTrack(track, streamA);
  for (const track of streamB.getTracks()) b.addTrack(track, streamB);
  a.createDataChannel('chat');
  await a.setLocalDescription();
  await b.setRemoteDescription(a.localDescription);
  await b.setLocalDescription();
  await a.setRemoteDescription(b.localDescription);
  const end = await frame;
  for (const track of [...streamA.getTracks(), ...streamB.getTracks()]) track.stop();
  a.close();
  b.close();
  return end - start;
}

window.runBenchmark = async (runs) => {
  const sdk = [];
  const bare = [];
  // Alternate, so both see the same machine load over the run.
  for (let i = 0; i < runs; i++) {
    bare.push(await bareRun());
    sdk.push(await sdkRun(i));
  }
  return { sdk, bare };
};
