import { expect } from '@open-wc/testing';
import type { Session } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { memorySessions } from '../helpers/sessions.js';
import { Session as SessionClass, createMemorySignaling } from '../../src/index.js';

describe('Session chat', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  async function call(count: number) {
    const made = memorySessions(count, { video: false, audio: false });
    sessions = made.sessions;
    await Promise.all(sessions.map((s) => s.join()));
    for (const a of sessions)
      for (const b of sessions)
        if (a !== b) await until(() => a.participants.has(b.localParticipant.id), 'everyone to meet');
    return made;
  }

  const remoteTexts = (session: Session) => session.chat.messages.filter((m) => !m.local).map((m) => m.text);

  it('delivers a burst of 1,000 messages to everyone, in order, exactly once', async () => {
    const {
      sessions: [alice, bob, carol],
    } = await call(3);
    const texts = Array.from({ length: 1000 }, (_, i) => `message ${i}`);
    for (const text of texts) alice!.chat.send(text);
    await until(
      () => remoteTexts(bob!).length >= 1000 && remoteTexts(carol!).length >= 1000,
      'all 1,000 messages',
      60_000,
    );
    expect(remoteTexts(bob!)).to.deep.equal(texts);
    expect(remoteTexts(carol!)).to.deep.equal(texts);
  });

  it('hands a late joiner the recent history, once, in order', async () => {
    const {
      hub,
      sessions: [alice, bob],
    } = await call(2);
    alice!.chat.send('first');
    await until(() => remoteTexts(bob!).length === 1, 'the first message');
    bob!.chat.send('second');
    await until(() => remoteTexts(alice!).length === 1, 'the second message');
    const carol = new SessionClass({
      room: alice!.room,
      name: 'Carol',
      video: false,
      audio: false,
      logLevel: 'error',
      signaling: createMemorySignaling({ hub }),
    });
    sessions.push(carol);
    await carol.join();
    await until(() => carol.chat.messages.length === 2, 'the history');
    expect(carol.chat.messages.map((m) => [m.text, m.name, m.history])).to.deep.equal([
      ['first', 'User 1', true],
      ['second', 'User 2', true],
    ]);
    expect(carol.chat.unreadCount).to.equal(0);
  });

  it('sends a private message to its recipient only', async () => {
    const {
      sessions: [alice, bob, carol],
    } = await call(3);
    const atCarol = nextEvent(carol!, 'chatMessageAdded');
    alice!.chat.send('just for carol', { to: carol!.localParticipant.id });
    expect((await atCarol).message).to.deep.include({
      text: 'just for carol',
      to: carol!.localParticipant.id,
    });
    alice!.chat.send('for everyone');
    await until(() => remoteTexts(bob!).length === 1, 'the public message');
    expect(remoteTexts(bob!)).to.deep.equal(['for everyone']);
  });

  it('shows reactions, typing and unread counts to the others', async () => {
    const {
      sessions: [alice, bob],
    } = await call(2);
    const typing = nextEvent(bob!, 'typingChanged', (e) => e.typing);
    alice!.chat.setTyping(true);
    expect((await typing).participant.id).to.equal(alice!.localParticipant.id);
    const unread = nextEvent(bob!, 'unreadCountChanged', (e) => e.count === 1);
    const message = alice!.chat.send('react to this');
    await unread;
    expect([...bob!.chat.typing]).to.deep.equal([]);
    const atBob = bob!.chat.messages.find((m) => m.id === message.id)!;
    const updated = nextEvent(alice!, 'chatMessageUpdated');
    bob!.chat.react(atBob, '🎉');
    expect([...(await updated).message.reactions.get('🎉')!]).to.deep.equal([bob!.localParticipant.id]);
    bob!.chat.markRead();
    expect(bob!.chat.unreadCount).to.equal(0);
  });
});
