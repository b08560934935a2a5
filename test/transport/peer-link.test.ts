import { expect } from '@open-wc/testing';
import type { Logger } from '../../src/logger.js';
import type { TrackSource } from '../../src/signaling/protocol.js';
import { PeerLink, type LocalTrack } from '../../src/transport/peer-link.js';
import type { OutgoingSignal } from '../../src/transport/transport.js';
import { nextEvent, until } from '../helpers/events.js';
import { canvasTrack, trackShowsFrames } from '../helpers/media.js';

/** Keeps what the links log, so a test can tell that a collision really happened. */
const logged: string[] = [];
const record = (message: string): void => void logged.push(message);
const logger: Logger = { debug: record, info: record, warn: record, error: record };

/**
 * Two links wired to each other the way signaling would: asynchronously and in order. While
 * `held`, messages wait in `queue` (a slow network) until `release()`.
 */
function linkedPair(local: { a?: Map<TrackSource, LocalTrack>; b?: Map<TrackSource, LocalTrack> } = {}) {
  const links: { a?: PeerLink; b?: PeerLink } = {};
  const wire = { held: false, queue: [] as Array<{ to: 'a' | 'b'; signal: OutgoingSignal }> };
  const apply = (to: 'a' | 'b', signal: OutgoingSignal): void => {
    const link = links[to];
    if (!link) return;
    if (signal.type === 'description') link.handleDescription(signal.description);
    else link.handleCandidate(signal.candidate);
  };
  const deliver = (to: 'a' | 'b') => (signal: OutgoingSignal) => {
    if (wire.held) wire.queue.push({ to, signal });
    else queueMicrotask(() => apply(to, signal));
  };
  const release = (): void => {
    wire.held = false;
    for (const { to, signal } of wire.queue.splice(0)) queueMicrotask(() => apply(to, signal));
  };
  const options = { configuration: {}, channels: [{ label: 'chat' }], logger };
  // "a" is impolite and offers first; "b" is polite.
  links.a = new PeerLink({
    ...options,
    remoteId: 'b',
    polite: false,
    localTracks: local.a ?? new Map(),
    sendSignal: deliver('b'),
  });
  links.b = new PeerLink({
    ...options,
    remoteId: 'a',
    polite: true,
    localTracks: local.b ?? new Map(),
    sendSignal: deliver('a'),
  });
  return { a: links.a, b: links.b, wire, release };
}

async function connected(link: PeerLink): Promise<void> {
  if (link.connectionState !== 'connected')
    await nextEvent(link, 'stateChanged', (e) => e.state === 'connected');
}

describe('PeerLink', () => {
  const cleanups: Array<() => void> = [];
  beforeEach(() => {
    logged.length = 0;
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('carries video both ways from a single offer, with tracks labelled by stream', async () => {
    const streamA = new MediaStream();
    const streamB = new MediaStream();
    const trackA = canvasTrack();
    const trackB = canvasTrack();
    const { a, b } = linkedPair({
      a: new Map([['camera', { track: trackA, stream: streamA }]]),
      b: new Map([['camera', { track: trackB, stream: streamB }]]),
    });
    cleanups.push(() => {
      a.close();
      b.close();
      trackA.stop();
      trackB.stop();
    });
    const atB = nextEvent(b, 'trackAdded', (e) => e.track.kind === 'video');
    const atA = nextEvent(a, 'trackAdded', (e) => e.track.kind === 'video');
    const [fromA, fromB] = await Promise.all([atB, atA]);
    expect(fromA.streamId).to.equal(streamA.id);
    expect(fromB.streamId).to.equal(streamB.id);
    await Promise.all([
      trackShowsFrames(fromA.track),
      trackShowsFrames(fromB.track),
      connected(a),
      connected(b),
    ]);
  });

  it('completes when both sides renegotiate at the same moment (glare)', async () => {
    const { a, b, wire, release } = linkedPair();
    cleanups.push(() => (a.close(), b.close()));
    await Promise.all([connected(a), connected(b)]);
    const screenA = canvasTrack();
    const screenB = canvasTrack();
    cleanups.push(() => (screenA.stop(), screenB.stop()));
    const streamA = new MediaStream();
    const streamB = new MediaStream();
    const atB = nextEvent(b, 'trackAdded', (e) => e.streamId === streamA.id);
    const atA = nextEvent(a, 'trackAdded', (e) => e.streamId === streamB.id);
    // Both add a new source while the network holds their offers, so the offers cross.
    wire.held = true;
    await Promise.all([
      a.setLocalTrack('screen', { track: screenA, stream: streamA }),
      b.setLocalTrack('screen', { track: screenB, stream: streamB }),
    ]);
    const offerTo = (to: 'a' | 'b') =>
      wire.queue.some(
        (m) => m.to === to && m.signal.type === 'description' && m.signal.description.type === 'offer',
      );
    await until(() => offerTo('a') && offerTo('b'), 'both sides to send an offer');
    release();
    const [fromA, fromB] = await Promise.all([atB, atA]);
    await Promise.all([trackShowsFrames(fromA.track), trackShowsFrames(fromB.track)]);
    expect(logged).to.include('ignoring a colliding offer from b');
  });

  it('opens the data channels on both sides and carries text both ways', async () => {
    const { a, b } = linkedPair();
    cleanups.push(() => (a.close(), b.close()));
    expect(a.send('chat', 'too early')).to.equal(false);
    await Promise.all([nextEvent(a, 'channelOpened'), nextEvent(b, 'channelOpened')]);
    const [atB, atA] = [nextEvent(b, 'dataReceived'), nextEvent(a, 'dataReceived')];
    expect([a.send('chat', 'from a'), b.send('chat', 'from b')]).to.deep.equal([true, true]);
    expect(await atB).to.deep.equal({ label: 'chat', data: 'from a' });
    expect(await atA).to.deep.equal({ label: 'chat', data: 'from b' });
  });

  it('ends the remote tracks when closed', async () => {
    const track = canvasTrack();
    const { a, b } = linkedPair({ a: new Map([['camera', { track, stream: new MediaStream() }]]) });
    cleanups.push(() => (a.close(), b.close(), track.stop()));
    const { track: remote } = await nextEvent(b, 'trackAdded', (e) => e.track.kind === 'video');
    b.close();
    await until(() => remote.readyState === 'ended', 'the remote track to end');
  });
});
