import { expect } from '@open-wc/testing';
import {
  PROTOCOL_VERSION,
  RtcError,
  type PeerMessage,
  type SignalingAdapter,
  type SignalingState,
  type Welcome,
} from '../../src/index.js';
import { until } from '../helpers/events.js';
import { uniqueRoom } from '../helpers/sessions.js';

/** Makes a fresh, isolated signaling world and returns the way to make adapters in it. */
export type NetworkFactory = () => Promise<() => SignalingAdapter> | (() => SignalingAdapter);

interface Member {
  adapter: SignalingAdapter;
  id: string;
  welcome: Welcome;
  received: PeerMessage[];
  states: SignalingState[];
  errors: RtcError[];
  abort: AbortController;
  /** Resolves with the next message received that passes `filter`. */
  next(filter?: (message: PeerMessage) => boolean): Promise<PeerMessage>;
}

const info = { name: 'tester', microphoneMuted: false, cameraMuted: false, streams: {} };

function hello(from: string, to?: string): PeerMessage {
  return to === undefined
    ? { v: PROTOCOL_VERSION, type: 'hello', from, info }
    : { v: PROTOCOL_VERSION, type: 'hello', from, to, info };
}

function candidate(from: string, to: string, n: number): PeerMessage {
  return {
    v: PROTOCOL_VERSION,
    type: 'candidate',
    from,
    to,
    candidate: {
      candidate: `candidate:${n} 1 udp 1 127.0.0.1 ${1000 + n} typ host`,
      sdpMid: '0',
      sdpMLineIndex: 0,
      usernameFragment: null,
    },
  };
}

async function join(make: () => SignalingAdapter, room: string): Promise<Member> {
  const adapter = make();
  const abort = new AbortController();
  const received: PeerMessage[] = [];
  const states: SignalingState[] = [];
  const errors: RtcError[] = [];
  let cursor = 0;
  const proposed = `p${Math.random().toString(36).slice(2, 10)}`;
  const welcome = await adapter.connect({
    roomId: room,
    selfId: proposed,
    signal: abort.signal,
    receive: (message) => received.push(message),
    setState: (state) => states.push(state),
    reportError: (error) => errors.push(error),
  });
  const next = async (filter: (message: PeerMessage) => boolean = () => true): Promise<PeerMessage> => {
    let found: PeerMessage | undefined;
    await until(() => {
      while (!found && cursor < received.length) {
        const message = received[cursor++]!;
        if (filter(message)) found = message;
      }
      return Boolean(found);
    }, 'a signaling message');
    return found!;
  };
  return { adapter, id: welcome.selfId, welcome, received, states, errors, abort, next };
}

/**
 * The behaviour every `SignalingAdapter` must have, run against one adapter implementation.
 * Each adapter's test file is a single call to this function.
 */
export function runSignalingConformance(name: string, createNetwork: NetworkFactory): void {
  describe(`${name} signaling (conformance)`, () => {
    let make: () => SignalingAdapter;
    let members: Member[] = [];
    const member = async (room: string): Promise<Member> => {
      const joined = await join(make, room);
      members.push(joined);
      return joined;
    };

    beforeEach(async () => {
      make = await createNetwork();
    });
    afterEach(async () => {
      await Promise.all(members.map((m) => m.adapter.disconnect()));
      members = [];
    });

    it('connects with a usable id and reports connecting, then open', async () => {
      const a = await member(uniqueRoom());
      expect(a.id).to.match(/^[A-Za-z0-9_-]{1,64}$/);
      expect(a.states).to.deep.equal(['connecting', 'open']);
    });

    it('delivers a message without "to" to every other member, never back to the sender', async () => {
      const room = uniqueRoom();
      const [a, b, c] = [await member(room), await member(room), await member(room)];
      await a.adapter.send(hello(a.id));
      for (const other of [b, c]) expect(await other.next()).to.deep.include({ type: 'hello', from: a.id });
      // The first thing the sender hears is the marker, not its own message.
      await b.adapter.send(hello(b.id, a.id));
      expect(await a.next()).to.deep.include({ type: 'hello', from: b.id, to: a.id });
    });

    it('delivers a message with "to" to that member only', async () => {
      const room = uniqueRoom();
      const [a, b, c] = [await member(room), await member(room), await member(room)];
      await a.adapter.send(candidate(a.id, b.id, 1));
      expect(await b.next()).to.deep.include({ type: 'candidate', from: a.id, to: b.id });
      await a.adapter.send(hello(a.id));
      expect(await c.next()).to.deep.include({ type: 'hello', from: a.id });
      expect(c.received).to.have.length(1);
    });

    it('stamps "from" with the sender’s own id', async () => {
      const room = uniqueRoom();
      const [a, b] = [await member(room), await member(room)];
      await a.adapter.send(hello('someone-else'));
      expect((await b.next()).from).to.equal(a.id);
    });

    it('keeps the order of one sender’s messages', async () => {
      const room = uniqueRoom();
      const [a, b] = [await member(room), await member(room)];
      for (let n = 0; n < 50; n++) await a.adapter.send(candidate(a.id, b.id, n));
      await until(() => b.received.length === 50, 'all 50 messages');
      const order = b.received.map((m) =>
        m.type === 'candidate' ? Number(m.candidate.candidate.split(/[: ]/)[1]) : -1,
      );
      expect(order).to.deep.equal([...Array(50).keys()]);
    });

    it('keeps rooms apart', async () => {
      const otherRoom = uniqueRoom();
      const [a, b, c] = [await member(uniqueRoom()), await member(otherRoom), await member(otherRoom)];
      await a.adapter.send(hello(a.id));
      await c.adapter.send(hello(c.id));
      expect((await b.next()).from).to.equal(c.id);
      expect(b.received).to.have.length(1);
    });

    it('disconnects idempotently, reports closed, and refuses to send afterwards', async () => {
      const room = uniqueRoom();
      const [a, b] = [await member(room), await member(room)];
      await a.adapter.disconnect();
      await a.adapter.disconnect();
      expect(a.states.at(-1)).to.equal('closed');
      const error = await a.adapter.send(hello(a.id)).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(RtcError).with.property('code', 'signaling-closed');
      const c = await member(room);
      await c.adapter.send(hello(c.id));
      // (A backend that notices departures, like our server, may first tell b that a left.)
      expect((await b.next((m) => m.type === 'hello')).from).to.equal(c.id);
      expect(a.received).to.have.length(0);
    });

    it('disconnects when the abort signal fires', async () => {
      const room = uniqueRoom();
      const [a, b, c] = [await member(room), await member(room), await member(room)];
      a.abort.abort();
      await until(() => a.states.at(-1) === 'closed', 'the adapter to close');
      await b.adapter.send(hello(b.id));
      await c.next();
      expect(a.received).to.have.length(0);
    });
  });
}
