import { expect } from '@open-wc/testing';
import { ChatManager, type ChatMessage } from '../../src/data/chat-manager.js';
import type { RtcError } from '../../src/errors.js';
import { until } from '../helpers/events.js';

/** A chat manager for "me" with two peers, recording everything it sends and reports. */
function manager(peers = ['peer', 'late']) {
  const added: ChatMessage[] = [];
  const updated: ChatMessage[] = [];
  const rejected: RtcError[] = [];
  const typing: Array<[string, boolean]> = [];
  const unread: number[] = [];
  const sent: Array<[string, Record<string, unknown>]> = [];
  const open = new Set<string>(['peer']);
  const chat = new ChatManager({
    self: () => ({ id: 'me', name: 'Me' }),
    nameOf: (id) => ({ peer: 'Peer', late: 'Late' })[id],
    peers: () => peers,
    sendTo: (id, data) => {
      if (!open.has(id)) return false;
      sent.push([id, JSON.parse(data) as Record<string, unknown>]);
      return true;
    },
    historySize: 100,
    added: (message) => added.push(message),
    updated: (message) => updated.push(message),
    typingChanged: (id, on) => typing.push([id, on]),
    unreadChanged: (count) => unread.push(count),
    callReaction: () => undefined,
    rejected: (error) => rejected.push(error),
  });
  const texts = (to: string, type = 'chat') =>
    sent.filter(([id, wire]) => id === to && wire.type === type).map(([, wire]) => wire.text);
  return { chat, added, updated, rejected, typing, unread, sent, open, texts };
}

const incoming = (id: string, text: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'chat', id, text, sentAt: 5, seq: 0, ...extra });

describe('ChatManager', () => {
  it('drops malformed chat data from a peer with a bad-message error', () => {
    const { chat, added, rejected } = manager();
    const corpus = [
      'not json',
      'null',
      '[]',
      '{"type":"chat"}',
      '{"type":"chat","id":"a","text":5,"sentAt":1}',
      '{"type":"chat","id":"a","text":"","sentAt":1}',
      '{"type":"chat","id":"a b","text":"x","sentAt":1}',
      '{"type":"chat","id":"a","text":"x","sentAt":"now"}',
      '{"type":"chat","id":"a","text":"x","sentAt":1,"seq":0,"to":"not an id"}',
      '{"type":"chat","id":"a","text":"x","sentAt":1}',
      '{"type":"chat","id":"a","text":"x","sentAt":1,"seq":-1}',
      '{"type":"chat","id":"a","text":"x","sentAt":1,"seq":0.5}',
      '{"type":"file","id":"a","text":"x","sentAt":1}',
      '{"type":"ack","ids":"a"}',
      '{"type":"typing","typing":"yes"}',
      '{"type":"reaction","messageFrom":"me","messageId":"m","emoji":"","on":true}',
      '{"type":"reaction","messageFrom":"me","messageId":"m","emoji":"😀😀😀😀😀😀😀😀😀","on":true}',
      '{"type":"history","messages":[{"id":"m","text":"x","sentAt":1}]}',
      JSON.stringify({ type: 'chat', id: 'a', text: 'x'.repeat(4001), sentAt: 1 }),
    ];
    for (const data of corpus) chat.handleData('peer', data);
    expect(added).to.have.length(0);
    expect(rejected.map((e) => e.code)).to.deep.equal(corpus.map(() => 'bad-message'));
  });

  it('accepts the longest message even when JSON escaping makes it six times longer', () => {
    const { chat, added, rejected } = manager();
    chat.handleData('peer', incoming('m1', '\u0001'.repeat(4000)));
    expect(rejected).to.deep.equal([]);
    expect(added[0]!.text).to.have.length(4000);
  });

  it('shows a message that arrives twice once, named from the participant list, and counts it unread', () => {
    const { chat, added, unread } = manager();
    const data = incoming('m1', '<i>hi</i>', { name: 'Forged' });
    chat.handleData('peer', data);
    chat.handleData('peer', data);
    expect(added).to.have.length(1);
    expect(added[0]).to.deep.include({
      id: 'm1',
      from: 'peer',
      name: 'Peer',
      text: '<i>hi</i>',
      local: false,
    });
    expect([chat.unreadCount, unread]).to.deep.equal([1, [1]]);
    chat.markRead();
    expect([chat.unreadCount, unread]).to.deep.equal([0, [1, 0]]);
  });

  it('acknowledges what it receives in batches, duplicates included', async () => {
    const { chat, sent } = manager();
    chat.handleData('peer', incoming('m1', 'one'));
    chat.handleData('peer', incoming('m2', 'two'));
    chat.handleData('peer', incoming('m1', 'one'));
    await until(() => sent.length > 0, 'the acknowledgement');
    expect(sent).to.deep.equal([['peer', { type: 'ack', ids: ['m1', 'm2', 'm1'] }]]);
  });

  it('re-sends what was not acknowledged when a channel opens; history carries only the rest', () => {
    const { chat, sent, open, texts } = manager();
    const first = chat.send('one');
    chat.send('two');
    // "peer" had its channel open and got both; "late" gets them when its channel opens.
    expect(texts('peer')).to.deep.equal(['one', 'two']);
    chat.handleData('peer', JSON.stringify({ type: 'ack', ids: [first.id] }));
    sent.length = 0;
    open.add('late');
    chat.handleChannelOpened('late');
    chat.handleChannelOpened('peer');
    // History carries only what is not on its way live: nothing for "late", "one" for "peer".
    expect(sent.map(([to, wire]) => [to, wire.type])).to.deep.equal([
      ['late', 'chat'],
      ['late', 'chat'],
      ['peer', 'history'],
      ['peer', 'chat'],
    ]);
    expect(texts('peer')).to.deep.equal(['two']);
  });

  it('keeps sending to someone who left moments ago, and delivers it all when they are back', () => {
    const { chat, open, texts } = manager(['peer']);
    chat.handleChannelOpened('peer');
    chat.send('before');
    chat.handlePeerLeft('peer');
    open.delete('peer');
    chat.send('while away');
    open.add('peer');
    chat.handleChannelOpened('peer');
    expect(texts('peer')).to.deep.equal(['before', 'before', 'while away']);
  });

  it('sends a private message to its recipient only, and ignores one meant for someone else', () => {
    const { chat, sent, added, open } = manager();
    open.add('late');
    const message = chat.send('psst', { to: 'late' });
    expect(message.to).to.equal('late');
    expect(sent.map(([to, wire]) => [to, wire.to])).to.deep.equal([['late', 'late']]);
    chat.handleData('peer', incoming('x1', 'for someone else', { to: 'late' }));
    chat.handleData('peer', incoming('x2', 'for me', { to: 'me' }));
    expect(added.map((m) => m.text)).to.deep.equal(['psst', 'for me']);
  });

  it('merges history from several participants in time order, once, marked as history', () => {
    const { chat, added } = manager();
    chat.handleData('peer', incoming('own', 'live'));
    const history = (messages: unknown[]) => JSON.stringify({ type: 'history', messages });
    chat.handleData('peer', history([{ id: 'h2', from: 'x', name: 'X', text: 'second', sentAt: 2, seq: 0 }]));
    chat.handleData(
      'late',
      history([
        { id: 'h1', from: 'y', name: 'Y', text: 'first', sentAt: 1, seq: 0 },
        { id: 'h2', from: 'x', name: 'X', text: 'second', sentAt: 2, seq: 0 },
        { id: 'p', from: 'y', name: 'Y', text: 'private to someone else', sentAt: 3, seq: 1, to: 'z' },
      ]),
    );
    expect(chat.messages.map((m) => [m.text, m.history])).to.deep.equal([
      ['first', true],
      ['second', true],
      ['live', false],
    ]);
    expect(added).to.have.length(3);
  });

  it("keeps a sender's order when their latest messages arrive first as someone else's history", () => {
    const { chat } = manager();
    // "peer" sends eight messages in one millisecond; "late" was quicker to hand the last three
    // on as history than "peer"'s own channel was to deliver them live.
    const line = (seq: number) => ({ id: `m${seq}`, text: `message ${seq}`, sentAt: 7, seq });
    for (const seq of [0, 1, 2]) chat.handleData('peer', JSON.stringify({ type: 'chat', ...line(seq) }));
    const history = [5, 6, 7].map((seq) => ({ ...line(seq), from: 'peer', name: 'Peer' }));
    chat.handleData('late', JSON.stringify({ type: 'history', messages: history }));
    for (const seq of [3, 4, 5, 6, 7])
      chat.handleData('peer', JSON.stringify({ type: 'chat', ...line(seq) }));
    expect(chat.messages.map((m) => m.text)).to.deep.equal(
      [0, 1, 2, 3, 4, 5, 6, 7].map((seq) => `message ${seq}`),
    );
  });

  it('numbers what it sends, and keeps it in order when the clock steps back', () => {
    const { chat, sent } = manager();
    const realNow = Date.now;
    try {
      chat.send('one');
      const first = chat.messages[0]!.sentAt;
      Date.now = () => first - 60_000;
      chat.send('two');
    } finally {
      Date.now = realNow;
    }
    const wires = sent.filter(([to, wire]) => to === 'peer' && wire.type === 'chat').map(([, wire]) => wire);
    expect(wires.map((wire) => [wire.text, wire.seq])).to.deep.equal([
      ['one', 0],
      ['two', 1],
    ]);
    expect(wires[1]!.sentAt).to.equal(wires[0]!.sentAt);
    expect(chat.messages.map((m) => m.text)).to.deep.equal(['one', 'two']);
  });

  it('sends a call reaction to a channel still opening when it opens, unless it is old news', () => {
    const { chat, sent, open } = manager();
    const reactions = (to: string) =>
      sent.filter(([id, wire]) => id === to && wire.type === 'call-reaction').map(([, wire]) => wire.emoji);
    chat.sendCallReaction('👏');
    expect([reactions('peer'), reactions('late')]).to.deep.equal([['👏'], []]);
    open.add('late');
    chat.handleChannelOpened('late');
    chat.handleChannelOpened('late');
    expect(reactions('late')).to.deep.equal(['👏']);

    open.delete('late');
    const realNow = Date.now;
    try {
      chat.sendCallReaction('🎉');
      Date.now = () => realNow() + 10_000;
      open.add('late');
      chat.handleChannelOpened('late');
    } finally {
      Date.now = realNow;
    }
    expect(reactions('late')).to.deep.equal(['👏']);
  });

  it('keeps reactions per emoji and participant, and tells the others', () => {
    const { chat, updated, texts, sent } = manager();
    const message = chat.send('react to me');
    chat.react(message, '👍');
    chat.handleData(
      'peer',
      JSON.stringify({ type: 'reaction', messageFrom: 'me', messageId: message.id, emoji: '👍', on: true }),
    );
    chat.handleData(
      'peer',
      JSON.stringify({ type: 'reaction', messageFrom: 'me', messageId: message.id, emoji: '👍', on: true }),
    );
    expect([...message.reactions.get('👍')!]).to.deep.equal(['me', 'peer']);
    chat.react(message, '👍', false);
    expect([...message.reactions.get('👍')!]).to.deep.equal(['peer']);
    expect(updated).to.have.length(3);
    expect(texts('peer')).to.deep.equal(['react to me']);
    expect(sent.filter(([, wire]) => wire.type === 'reaction').map(([, wire]) => wire.on)).to.deep.equal([
      true,
      false,
    ]);
  });

  it('tracks who is typing, and says when we start and stop', () => {
    const { chat, typing, sent } = manager();
    chat.handleData('peer', JSON.stringify({ type: 'typing', typing: true }));
    expect([...chat.typing]).to.deep.equal(['peer']);
    chat.handleData('peer', incoming('m', 'done typing'));
    expect([...chat.typing]).to.deep.equal([]);
    expect(typing).to.deep.equal([
      ['peer', true],
      ['peer', false],
    ]);
    chat.setTyping(true);
    chat.setTyping(true);
    chat.setTyping(false);
    expect(sent.filter(([, wire]) => wire.type === 'typing').map(([, wire]) => wire.typing)).to.deep.equal([
      true,
      false,
    ]);
    chat.dispose();
  });
});
