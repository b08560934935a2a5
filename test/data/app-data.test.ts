import { expect } from '@open-wc/testing';
import { RtcError, type AppDataMessage, type Session } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { memorySessions } from '../helpers/sessions.js';

describe('Session app data', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  async function call(count: number): Promise<Session[]> {
    sessions = memorySessions(count, { video: false, audio: false }).sessions;
    await Promise.all(sessions.map((s) => s.join()));
    for (const a of sessions)
      for (const b of sessions)
        if (a !== b) await until(() => a.participants.has(b.localParticipant.id), 'everyone to meet');
    return sessions;
  }

  /** Everything `session` receives on `topic`. */
  function inbox<T>(session: Session, topic: string): AppDataMessage<T>[] {
    const got: AppDataMessage<T>[] = [];
    session.data.on<T>(topic, (message) => got.push(message));
    return got;
  }

  it('delivers a reliable topic to everyone, and with `to` to one participant', async () => {
    const [alice, bob, carol] = await call(3);
    const [atBob, atCarol] = [inbox<{ x: number }>(bob!, 'move'), inbox<{ x: number }>(carol!, 'move')];
    alice!.data.send('move', { x: 1 });
    alice!.data.send('move', { x: 2 }, { to: carol!.localParticipant.id });
    await until(() => atBob.length === 1 && atCarol.length === 2, 'the moves');
    expect(atBob).to.deep.equal([{ topic: 'move', from: alice!.localParticipant.id, payload: { x: 1 } }]);
    expect(atCarol.map((m) => m.payload.x)).to.deep.equal([1, 2]);
  });

  it('delivers an unreliable topic', async () => {
    const [alice, bob] = await call(2);
    const got = inbox<number>(bob!, 'cursor');
    // Unreliable messages are not kept for a channel that is still opening: send until one lands.
    let n = 0;
    await until(() => {
      alice!.data.send('cursor', n++, { reliable: false });
      return got.length > 0;
    }, 'an unreliable message');
    expect(typeof got[0]!.payload).to.equal('number');
  });

  it('splits and puts back together a 1 MB payload', async () => {
    const [alice, bob] = await call(2);
    const got = inbox<string>(bob!, 'blob');
    const big = Array.from({ length: 1024 * 1024 }, (_, i) => String.fromCharCode(0x41 + (i % 26))).join('');
    alice!.data.send('blob', big);
    await until(() => got.length === 1, 'the large payload');
    expect(got[0]!.payload).to.equal(big);
  });

  it('refuses a bad topic, an unknown recipient and a payload that is not JSON', async () => {
    const [alice] = await call(2);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const send of [
      () => alice!.data.send('', 1),
      () => alice!.data.send('x', 1, { to: 'nobody' }),
      () => alice!.data.send('x', cyclic),
    ]) {
      expect(send).to.throw(RtcError).with.property('code', 'invalid-options');
    }
  });

  it('drops a flood and malformed data from a modified client with bad-message, and stays connected', async () => {
    const [alice, bob] = await call(2);
    const errors: RtcError[] = [];
    bob!.on('error', ({ error }) => errors.push(error));
    const got = inbox<number>(bob!, 'spam');
    const transport = (
      alice as unknown as { transport: { sendData(to: string, label: string, data: string): boolean } }
    ).transport;
    const to = bob!.localParticipant.id;
    await until(() => transport.sendData(to, 'data', '{not json'), 'the data channel');
    for (let i = 0; i < 5000; i++) transport.sendData(to, 'data', JSON.stringify({ t: 'spam', p: i }));
    await until(() => errors.some((e) => e.message.includes('too fast')), 'the flood to be noticed');
    expect(errors.every((e) => e.code === 'bad-message')).to.equal(true);
    expect(got.length).to.be.lessThan(5000);
    // Still connected: chat gets through once the flood is over.
    const chat = nextEvent(bob!, 'chatMessageAdded', (e) => !e.message.local);
    alice!.chat.send('after the flood');
    expect((await chat).message.text).to.equal('after the flood');
  });
});
