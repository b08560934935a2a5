// A bare WebRTC test page for the infrastructure smoke tests: RTCPeerConnections with the fake
// camera, driven from the test process with page.evaluate (no signaling server; SDP is passed
// through the test process with all candidates in it, no trickle).
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Page } from 'puppeteer-core';
import type { TestNetwork } from './netns.mjs';

/** What the page records for each peer connection. */
export interface PeerReport {
  iceState: RTCIceConnectionState;
  connectionState: RTCPeerConnectionState;
  gatheringState: RTCIceGatheringState;
  /** Every change of iceConnectionState / connectionState / iceGatheringState, with Date.now() in the page. */
  states: { kind: 'ice' | 'connection' | 'gathering'; state: string; at: number }[];
  /** The candidate lines gathered locally. */
  candidates: string[];
  /** icecandidateerror events (for TURN: 401 = bad credentials). */
  errors: { url: string; code: number; text: string }[];
  framesDecoded: number;
  /** Candidate types of the selected pair, e.g. "relay->relay". */
  pair: string;
}

interface PeerApi {
  createPeer(id: string, config: RTCConfiguration): Promise<void>;
  makeOffer(id: string): Promise<RTCSessionDescriptionInit>;
  makeAnswer(id: string, offer: RTCSessionDescriptionInit): Promise<RTCSessionDescriptionInit>;
  acceptAnswer(id: string, answer: RTCSessionDescriptionInit): Promise<void>;
  report(id: string): Promise<PeerReport>;
}

// Page functions are serialized into the page: they may only use what exists there.
type PeerWindow = { peerApi: PeerApi };

const PAGE_SCRIPT = `
const peers = {};
const gathered = (pc) => pc.iceGatheringState === 'complete' ? Promise.resolve() : new Promise((resolve) => {
  const done = () => { if (pc.iceGatheringState === 'complete') { clearTimeout(timer); resolve(); } };
  const timer = setTimeout(resolve, 15000);
  pc.addEventListener('icegatheringstatechange', done);
});
window.peerApi = {
  async createPeer(id, config) {
    const pc = new RTCPeerConnection(config);
    const record = { pc, states: [], candidates: [], errors: [] };
    peers[id] = record;
    pc.addEventListener('iceconnectionstatechange', () =>
      record.states.push({ kind: 'ice', state: pc.iceConnectionState, at: Date.now() }));
    pc.addEventListener('connectionstatechange', () =>
      record.states.push({ kind: 'connection', state: pc.connectionState, at: Date.now() }));
    pc.addEventListener('icegatheringstatechange', () =>
      record.states.push({ kind: 'gathering', state: pc.iceGatheringState, at: Date.now() }));
    pc.addEventListener('icecandidate', (e) => e.candidate && e.candidate.candidate && record.candidates.push(e.candidate.candidate));
    pc.addEventListener('icecandidateerror', (e) => record.errors.push({ url: e.url, code: e.errorCode, text: e.errorText }));
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 }, audio: false });
    for (const track of stream.getTracks()) pc.addTrack(track, stream);
  },
  async makeOffer(id) {
    const { pc } = peers[id];
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    return pc.localDescription.toJSON();
  },
  async makeAnswer(id, offer) {
    const { pc } = peers[id];
    await pc.setRemoteDescription(offer);
    await pc.setLocalDescription(await pc.createAnswer());
    await gathered(pc);
    return pc.localDescription.toJSON();
  },
  async acceptAnswer(id, answer) {
    await peers[id].pc.setRemoteDescription(answer);
  },
  async report(id) {
    const { pc, states, candidates, errors } = peers[id];
    let framesDecoded = 0, pair = '';
    const stats = await pc.getStats();
    stats.forEach((s) => {
      if (s.type === 'inbound-rtp' && s.kind === 'video') framesDecoded += s.framesDecoded || 0;
      if (s.type === 'candidate-pair' && s.nominated && s.state === 'succeeded') {
        const local = stats.get(s.localCandidateId), remote = stats.get(s.remoteCandidateId);
        pair = (local && local.candidateType) + '->' + (remote && remote.candidateType);
      }
    });
    return { iceState: pc.iceConnectionState, connectionState: pc.connectionState, gatheringState: pc.iceGatheringState, states, candidates, errors, framesDecoded, pair };
  },
};
`;

export const PEER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>peer</title></head>
<body><script>${PAGE_SCRIPT}</script></body></html>`;

/** A node http server inside the hub namespace that answers every GET with `html`. */
export async function serveFromHub(network: TestNetwork, html = PEER_PAGE): Promise<{ origin: string }> {
  const script = `
    const http = require('node:http');
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(process.env.PAGE_HTML);
    });
    server.listen(0, process.argv[1], () => console.log('listening ' + server.address().port));`;
  const child = network.spawnIn('hub', process.execPath, ['-e', script, network.hubIp], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PAGE_HTML: html },
  });
  const [line] = (await Promise.race([
    once(createInterface({ input: child.stdout! }), 'line'),
    once(child, 'exit').then(() => {
      throw new Error('the page server in the hub exited');
    }),
  ])) as [string];
  return { origin: `http://${network.hubIp}:${line.split(' ')[1]}` };
}

export function createPeer(page: Page, id: string, config: RTCConfiguration = {}): Promise<void> {
  return page.evaluate(
    (i, c) => (window as unknown as PeerWindow).peerApi.createPeer(i, c),
    id,
    config as never,
  );
}

/** Offer from (pageA, idA), answer from (pageB, idB); both may be the same page. */
export async function connectPeers(pageA: Page, idA: string, pageB: Page, idB: string): Promise<void> {
  const offer = await pageA.evaluate((i) => (window as unknown as PeerWindow).peerApi.makeOffer(i), idA);
  const answer = await pageB.evaluate(
    (i, o) => (window as unknown as PeerWindow).peerApi.makeAnswer(i, o),
    idB,
    offer as never,
  );
  await pageA.evaluate(
    (i, a) => (window as unknown as PeerWindow).peerApi.acceptAnswer(i, a),
    idA,
    answer as never,
  );
}

export function report(page: Page, id: string): Promise<PeerReport> {
  return page.evaluate((i) => (window as unknown as PeerWindow).peerApi.report(i), id);
}

/** Polls `report` until `predicate` holds; the error names the last report. Deadline, not sleep. */
export async function waitForReport(
  page: Page,
  id: string,
  predicate: (r: PeerReport) => boolean,
  { timeoutMs = 20_000, what = 'the condition' } = {},
): Promise<PeerReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await report(page, id);
    if (predicate(current)) return current;
    if (Date.now() > deadline) {
      const { candidates, states, ...rest } = current;
      throw new Error(
        `${id}: ${what} not reached within ${timeoutMs} ms: ${JSON.stringify({ ...rest, states: states.slice(-6), candidates })}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
