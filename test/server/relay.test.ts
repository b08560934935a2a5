import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignalingServer } from '../../server/index.js';
import { hello, useServer } from './fixture.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

describe('signaling server relay', () => {
  const fixture = useServer({ iceServers: [{ urls: 'stun:127.0.0.1:3478' }] });

  it('answers join with a welcome that carries an id and the ICE servers', async () => {
    const client = await fixture.connect();
    client.send({ v: 1, type: 'join', room: 'standup' });
    const welcome = await client.next('welcome');
    assert.match(String(welcome.id), ID);
    assert.deepEqual(welcome.iceServers, [{ urls: 'stun:127.0.0.1:3478' }]);
    assert.equal(welcome.v, 1);
  });

  it('gives every connection its own id', async () => {
    const a = await fixture.joined('standup');
    const b = await fixture.joined('standup');
    assert.notEqual(a.id, b.id);
  });

  it('relays a broadcast to the others with from stamped to the real sender, not to the sender', async () => {
    const a = await fixture.joined('standup');
    const b = await fixture.joined('standup');
    const c = await fixture.joined('standup');
    a.client.send({ ...hello('Ada'), from: c.id });
    for (const receiver of [b.client, c.client]) {
      const message = await receiver.next('hello');
      assert.equal(message.from, a.id);
      assert.equal(message.to, undefined);
      assert.deepEqual(message.info, {
        name: 'Ada',
        microphoneMuted: false,
        cameraMuted: false,
        streams: {},
      });
    }
    assert.deepEqual(await a.client.roundTrip(), []);
  });

  it('delivers a directed description only to its target', async () => {
    const a = await fixture.joined('standup');
    const b = await fixture.joined('standup');
    const c = await fixture.joined('standup');
    const description = { type: 'offer', sdp: 'v=0\r\n' };
    a.client.send({ v: 1, type: 'description', from: 'forged', to: b.id, description });
    a.client.send({ ...hello('marker') });
    const received = await b.client.expectNext('description');
    assert.deepEqual(received, { v: 1, from: a.id, to: b.id, type: 'description', description });
    await b.client.expectNext('hello');
    // The marker went the same way after the description: c sees the marker first.
    const marker = await c.client.expectNext('hello');
    assert.equal(marker.from, a.id);
  });

  it('relays a candidate and an update unchanged apart from from', async () => {
    const a = await fixture.joined('standup');
    const b = await fixture.joined('standup');
    const candidate = {
      candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host',
      sdpMid: '0',
      sdpMLineIndex: 0,
      usernameFragment: null,
    };
    a.client.send({ v: 1, type: 'candidate', to: b.id, candidate });
    assert.deepEqual(await b.client.next('candidate'), {
      v: 1,
      from: a.id,
      to: b.id,
      type: 'candidate',
      candidate,
    });
    const info = { name: 'Ada', microphoneMuted: true, cameraMuted: false, streams: { s1: 'camera' } };
    a.client.send({ v: 1, type: 'update', info });
    assert.deepEqual(await b.client.next('update'), { v: 1, from: a.id, type: 'update', info });
  });

  it('refuses a message to a participant of another room, which never receives it', async () => {
    const a = await fixture.joined('standup');
    const other = await fixture.joined('retro');
    a.client.send({ v: 1, type: 'description', to: other.id, description: { type: 'offer', sdp: 'v=0' } });
    const error = await a.client.next('error');
    assert.equal(error.code, 'unknown-participant');
    // Had the server relayed it, it would have done so before answering a, so before this round trip.
    assert.deepEqual(await other.client.roundTrip(), []);
  });

  it('refuses a message to an id nobody has', async () => {
    const a = await fixture.joined('standup');
    a.client.send({ ...hello(), to: 'nobody' });
    assert.equal((await a.client.next('error')).code, 'unknown-participant');
  });

  it('refuses a message addressed to its own sender', async () => {
    const a = await fixture.joined('standup');
    a.client.send({ ...hello(), to: a.id });
    assert.equal((await a.client.next('error')).code, 'bad-message');
  });

  it('keeps rooms apart: a broadcast does not cross into another room', async () => {
    const a = await fixture.joined('standup');
    const b = await fixture.joined('standup');
    const other = await fixture.joined('retro');
    a.client.send(hello());
    await b.client.next('hello');
    assert.deepEqual(await other.client.roundTrip(), []);
  });
});

describe('signaling server ping', () => {
  const fixture = useServer();

  it('answers ping with pong, before and after join, and relays nothing', async () => {
    const a = await fixture.connect();
    a.send({ v: 1, type: 'ping' });
    assert.deepEqual(await a.expectNext('pong'), { v: 1, type: 'pong' });
    await a.join('pinging');
    const b = await fixture.joined('pinging');
    a.send({ v: 1, type: 'ping' });
    assert.deepEqual(await a.expectNext('pong'), { v: 1, type: 'pong' });
    assert.deepEqual(await b.client.roundTrip(), []);
  });
});

describe('createSignalingServer options', () => {
  it('rejects ICE servers a client would refuse in welcome', async () => {
    const tooMany = Array.from({ length: 9 }, () => ({ urls: 'stun:127.0.0.1' }));
    await assert.rejects(createSignalingServer({ port: 0, iceServers: tooMany }), /iceServers/);
  });

  it('rejects a port out of range', async () => {
    await assert.rejects(createSignalingServer({ port: 70000 }), RangeError);
  });

  it('reports the URLs of an ephemeral port', async () => {
    const server = await createSignalingServer({ port: 0 });
    try {
      assert.ok(server.port > 0);
      assert.equal(server.url, `ws://127.0.0.1:${server.port}/`);
      assert.equal(server.httpUrl, `http://127.0.0.1:${server.port}/`);
    } finally {
      await server.close();
    }
  });
});
