import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Received, TestClient } from '../helpers/ws-client.js';
import { hello, useServer } from './fixture.js';

/** Appears in every bad frame below; an error reply must never quote it back. */
const TOKEN = 'EVIL-TOKEN';

const badFrames: Array<[string, object | string | Buffer]> = [
  ['malformed JSON', `{"v":1,"type":"hello",${TOKEN}`],
  ['JSON that is not an object', `["${TOKEN}"]`],
  ['an unknown type', { v: 1, type: TOKEN }],
  ['a missing type', { v: 1, note: TOKEN }],
  [
    'a wrong field type',
    { ...hello(), info: { name: 42, microphoneMuted: TOKEN, cameraMuted: false, streams: {} } },
  ],
  ['a wrong protocol version', { ...hello(), v: TOKEN }],
  ['a version that is a number but not 1', { ...hello(), v: 2 }],
  [
    'a description without a recipient',
    { v: 1, type: 'description', description: { type: 'offer', sdp: TOKEN } },
  ],
  ['a malformed recipient id', { ...hello(), to: `${TOKEN} !` }],
  ['a binary frame', Buffer.from(JSON.stringify(hello(TOKEN)))],
  ['an oversize text frame', JSON.stringify({ ...hello(), padding: TOKEN.repeat(10_000) })],
  ['deeply nested JSON', `{"v":1,"type":"hello","info":${'['.repeat(20_000)}${']'.repeat(20_000)}}`],
  ['a deeply nested version', `{"v":${'['.repeat(20_000)}"${TOKEN}"${']'.repeat(20_000)},"type":"hello"}`],
];

function assertBadMessage(error: Received): void {
  assert.equal(error.type, 'error');
  assert.equal(error.code, 'bad-message');
  assert.equal(typeof error.message, 'string');
  const text = error.message as string;
  assert.ok(text.length > 0 && text.length <= 512, `error text length ${text.length}`);
  assert.ok(!text.includes(TOKEN), `the error quotes the offending content: ${text}`);
}

describe('signaling server validation', () => {
  const fixture = useServer();

  async function pair(): Promise<{ sender: TestClient; receiver: TestClient }> {
    const a = await fixture.joined('validation');
    const b = await fixture.joined('validation');
    return { sender: a.client, receiver: b.client };
  }

  for (const [name, frame] of badFrames) {
    it(`answers ${name} with bad-message and keeps the socket usable`, async () => {
      const { sender, receiver } = await pair();
      sender.send(frame);
      assertBadMessage(await sender.expectNext('error'));
      sender.send(hello('after'));
      const relayed = await receiver.expectNext('hello');
      assert.deepEqual(relayed.info, {
        name: 'after',
        microphoneMuted: false,
        cameraMuted: false,
        streams: {},
      });
    });
  }

  it('answers a bad frame before join with bad-message, and join still works', async () => {
    const client = await fixture.connect();
    client.send('not json');
    assertBadMessage(await client.expectNext('error'));
    assert.match(await client.join('validation'), /^[A-Za-z0-9_-]+$/);
  });

  it('refuses a join with an unusable room name', async () => {
    const client = await fixture.connect();
    client.send({ v: 1, type: 'join', room: '' });
    assertBadMessage(await client.expectNext('error'));
    client.send({ v: 1, type: 'join', room: 'x'.repeat(129) });
    assertBadMessage(await client.expectNext('error'));
  });

  it('says the reason in plain words', async () => {
    const { sender } = await pair();
    sender.send('{');
    assert.match(String((await sender.next('error')).message), /JSON/);
    sender.send(Buffer.from([1, 2, 3]));
    assert.match(String((await sender.next('error')).message), /binary/);
    sender.send({ ...hello(), v: 2 });
    assert.match(String((await sender.next('error')).message), /version/);
  });
});

describe('signaling server size limits', () => {
  const fixture = useServer({ maxMessageBytes: 1000 });

  it('answers a frame over maxMessageBytes with bad-message', async () => {
    const a = await fixture.joined('limits');
    const b = await fixture.joined('limits');
    a.client.send({ ...hello(), padding: 'x'.repeat(2000) });
    const error = await a.client.expectNext('error');
    assert.equal(error.code, 'bad-message');
    assert.match(String(error.message), /1000 bytes/);
    a.client.send(hello());
    await b.client.expectNext('hello');
  });

  it('cuts off a frame over the hard cap (16 x maxMessageBytes) with close code 1009', async () => {
    const a = await fixture.joined('limits');
    a.client.send('x'.repeat(20_000));
    assert.equal((await a.client.closed).code, 1009);
  });
});
