import { expect } from '@open-wc/testing';
import {
  MemorySignalingHub,
  PROTOCOL_VERSION,
  RtcError,
  createBroadcastChannelSignaling,
  createMemorySignaling,
  createWebSocketSignaling,
  type PeerMessage,
  type SignalingAdapter,
  type SignalingContext,
} from '../../src/index.js';
import { until } from '../helpers/events.js';
import { signalingServerUrl } from '../helpers/signaling-server.js';
import { uniqueRoom } from '../helpers/sessions.js';

function context(room: string) {
  const received: PeerMessage[] = [];
  const errors: RtcError[] = [];
  const abort = new AbortController();
  const ctx: SignalingContext = {
    roomId: room,
    selfId: `id${Math.random().toString(36).slice(2, 10)}`,
    signal: abort.signal,
    receive: (message) => received.push(message),
    setState: () => undefined,
    reportError: (error) => errors.push(error),
  };
  return { ctx, received, errors, abort };
}

const hello = (from: string): PeerMessage => ({
  v: PROTOCOL_VERSION,
  type: 'hello',
  from,
  info: { name: 'x', microphoneMuted: false, cameraMuted: false, streams: {} },
});

describe('signaling adapters given bad input', () => {
  const adapters: SignalingAdapter[] = [];
  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((a) => a.disconnect()));
  });

  it('memory: reports a malformed message as bad-message and keeps delivering', async () => {
    const hub = new MemorySignalingHub();
    const room = uniqueRoom();
    const adapter = createMemorySignaling({ hub });
    adapters.push(adapter);
    const { ctx, received, errors } = context(room);
    await adapter.connect(ctx);
    hub.send(room, { v: 1, type: 'hello', from: 'evil' } as unknown as PeerMessage);
    hub.send(room, hello('good'));
    await until(() => received.length === 1, 'the good message');
    expect(errors.map((e) => e.code)).to.deep.equal(['bad-message']);
    expect(received[0]!.from).to.equal('good');
  });

  it('broadcast-channel: reports malformed posts from another tab as bad-message and keeps delivering', async () => {
    const room = uniqueRoom();
    const adapter = createBroadcastChannelSignaling({ channelPrefix: 'bad-input' });
    adapters.push(adapter);
    const { ctx, received, errors } = context(room);
    await adapter.connect(ctx);
    const rogue = new BroadcastChannel(`bad-input/${room}`);
    for (const junk of [
      'not an object',
      { v: 1, type: 'description', from: 'x' },
      { ...hello('x'), v: 99 },
      null,
    ]) {
      rogue.postMessage(junk);
    }
    rogue.postMessage(hello('good'));
    await until(() => received.length === 1, 'the good message');
    rogue.close();
    expect(errors.map((e) => e.code)).to.deep.equal([
      'bad-message',
      'bad-message',
      'bad-message',
      'bad-message',
    ]);
  });

  it('websocket: refuses a URL that is not ws: or wss: with invalid-options', () => {
    for (const url of ['http://example.com', 'example.com', '']) {
      expect(() => createWebSocketSignaling({ url }), url)
        .to.throw(RtcError)
        .with.property('code', 'invalid-options');
    }
  });

  it('websocket: rejects connect with signaling-unreachable when nothing listens', async () => {
    const adapter = createWebSocketSignaling({ url: 'ws://127.0.0.1:9/' });
    const { ctx } = context(uniqueRoom());
    const error = await adapter.connect(ctx).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(RtcError).with.property('code', 'signaling-unreachable');
    expect((error as Error).message).to.contain('ws://127.0.0.1:9/');
  });

  it('websocket: passes the server’s refusal of a message on as an error and stays connected', async () => {
    const url = await signalingServerUrl();
    const room = uniqueRoom();
    const [a, b] = [createWebSocketSignaling({ url }), createWebSocketSignaling({ url })];
    adapters.push(a, b);
    const ca = context(room);
    const cb = context(room);
    const welcomeA = await a.connect(ca.ctx);
    await b.connect(cb.ctx);
    await a.send({ ...hello(welcomeA.selfId), to: 'nobody-here' });
    await until(() => ca.errors.length === 1, 'the server’s error');
    expect(ca.errors[0]!.code).to.equal('unknown-participant');
    await a.send(hello(welcomeA.selfId));
    await until(() => cb.received.length === 1, 'the next message to be relayed');
  });
});
