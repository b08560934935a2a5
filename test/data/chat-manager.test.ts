import { expect } from '@open-wc/testing';
import { ChatManager, type ChatMessage } from '../../src/data/chat-manager.js';
import type { RtcError } from '../../src/errors.js';

function manager() {
  const added: ChatMessage[] = [];
  const rejected: RtcError[] = [];
  const sent: Array<[string, string]> = [];
  const open = new Set<string>(['peer']);
  const chat = new ChatManager({
    self: () => ({ id: 'me', name: 'Me' }),
    nameOf: (id) => (id === 'peer' ? 'Peer' : undefined),
    peers: () => ['peer', 'late'],
    sendTo: (id, data) => {
      if (!open.has(id)) return false;
      sent.push([id, data]);
      return true;
    },
    added: (message) => added.push(message),
    rejected: (error) => rejected.push(error),
  });
  return { chat, added, rejected, sent, open };
}

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
      '{"type":"file","id":"a","text":"x","sentAt":1}',
      JSON.stringify({ type: 'chat', id: 'a', text: 'x'.repeat(4001), sentAt: 1 }),
    ];
    for (const data of corpus) chat.handleData('peer', data);
    expect(added).to.have.length(0);
    expect(rejected.map((e) => e.code)).to.deep.equal(corpus.map(() => 'bad-message'));
  });

  it('accepts a message of the longest length even when JSON escaping makes it six times longer', () => {
    const { chat, added, rejected } = manager();
    chat.handleData(
      'peer',
      JSON.stringify({ type: 'chat', id: 'm1', text: '\u0001'.repeat(4000), sentAt: 1 }),
    );
    expect(rejected).to.deep.equal([]);
    expect(added[0]!.text).to.have.length(4000);
  });

  it('shows a message that arrives twice once, named from the participant list', () => {
    const { chat, added } = manager();
    const data = JSON.stringify({ type: 'chat', id: 'm1', text: '<i>hi</i>', sentAt: 5, name: 'Forged' });
    chat.handleData('peer', data);
    chat.handleData('peer', data);
    expect(added).to.have.length(1);
    expect(added[0]).to.deep.equal({
      id: 'm1',
      from: 'peer',
      name: 'Peer',
      text: '<i>hi</i>',
      sentAt: 5,
      local: false,
    });
  });

  it('acknowledges each message, and re-sends what was not acknowledged when a channel opens', () => {
    const { chat, sent, open } = manager();
    const first = chat.send('one');
    const second = chat.send('two');
    // "peer" has an open channel and got both at once; "late" gets them when its channel opens.
    expect(sent.map(([to, data]) => [to, JSON.parse(data).text])).to.deep.equal([
      ['peer', 'one'],
      ['peer', 'two'],
    ]);
    chat.handleData('peer', JSON.stringify({ type: 'ack', id: first.id }));
    sent.length = 0;
    open.add('late');
    chat.handleChannelOpened('late');
    chat.handleChannelOpened('peer');
    expect(sent.map(([to, data]) => [to, JSON.parse(data).text])).to.deep.equal([
      ['late', 'one'],
      ['late', 'two'],
      ['peer', 'two'],
    ]);
    expect(JSON.parse(sent[2]![1]).id).to.equal(second.id);
  });

  it('acknowledges what it receives, duplicates included', () => {
    const { chat, sent, added } = manager();
    const data = JSON.stringify({ type: 'chat', id: 'm9', text: 'hi', sentAt: 1 });
    chat.handleData('peer', data);
    chat.handleData('peer', data);
    expect(added).to.have.length(1);
    expect(sent).to.deep.equal([
      ['peer', '{"type":"ack","id":"m9"}'],
      ['peer', '{"type":"ack","id":"m9"}'],
    ]);
  });

  it('keeps sending to someone who left moments ago, and delivers it all when they are back', () => {
    const { chat, sent, open } = manager();
    chat.send('before');
    chat.handlePeerLeft('peer');
    open.delete('peer');
    chat.send('while away');
    sent.length = 0;
    open.add('peer');
    chat.handleChannelOpened('peer');
    expect(sent.filter(([to]) => to === 'peer').map(([, data]) => JSON.parse(data).text)).to.deep.equal([
      'before',
      'while away',
    ]);
  });
});
