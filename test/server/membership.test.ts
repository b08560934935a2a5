import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TestClient } from '../helpers/ws-client.js';
import { createSignalingServer } from '../../server/index.js';
import { hello, useServer } from './fixture.js';

describe('signaling server membership', () => {
  const fixture = useServer();

  it('answers a peer message before join with not-joined', async () => {
    const client = await fixture.connect();
    client.send(hello());
    const error = await client.expectNext('error');
    assert.equal(error.code, 'not-joined');
  });

  it('answers a second join with already-joined and stays in the first room', async () => {
    const a = await fixture.joined('first');
    const b = await fixture.joined('first');
    const c = await fixture.joined('second');
    a.client.send({ v: 1, type: 'join', room: 'second' });
    assert.equal((await a.client.expectNext('error')).code, 'already-joined');
    a.client.send(hello());
    assert.equal((await b.client.expectNext('hello')).from, a.id);
    assert.deepEqual(await c.client.roundTrip(), []);
  });

  it('says bye exactly once for a socket that closes without saying it', async () => {
    const a = await fixture.joined('room');
    const b = await fixture.joined('room');
    await b.client.close();
    assert.deepEqual(await a.client.expectNext('bye'), { v: 1, type: 'bye', from: b.id });
    assert.deepEqual(await a.client.roundTrip(), []);
  });

  it('relays an explicit bye once and adds none when the socket then closes', async () => {
    const a = await fixture.joined('room');
    const b = await fixture.joined('room');
    b.client.send({ v: 1, type: 'bye', from: 'forged' });
    assert.deepEqual(await a.client.expectNext('bye'), { v: 1, type: 'bye', from: b.id });
    await b.client.close();
    // Two round trips: the server has read b's close long before a's second marker.
    assert.deepEqual(await a.client.roundTrip(), []);
    assert.deepEqual(await a.client.roundTrip(), []);
  });

  it('sends a bye addressed to one member to the whole room', async () => {
    const a = await fixture.joined('room');
    const b = await fixture.joined('room');
    const c = await fixture.joined('room');
    a.client.send({ v: 1, type: 'bye', to: b.id });
    assert.equal((await b.client.expectNext('bye')).from, a.id);
    assert.equal((await c.client.expectNext('bye')).from, a.id);
  });

  it('takes a member that said bye out of the room; it may join again with a new id', async () => {
    const a = await fixture.joined('room');
    const b = await fixture.joined('room');
    b.client.send({ v: 1, type: 'bye' });
    await a.client.expectNext('bye');
    b.client.send(hello());
    assert.equal((await b.client.expectNext('error')).code, 'not-joined');
    a.client.send({ ...hello(), to: b.id });
    assert.equal((await a.client.expectNext('error')).code, 'unknown-participant');
    const again = await b.client.join('room');
    assert.notEqual(again, b.id);
    b.client.send(hello());
    assert.equal((await a.client.expectNext('hello')).from, again);
  });

  it('says nothing to anyone for a socket that closes before joining', async () => {
    const a = await fixture.joined('room');
    const stranger = await fixture.connect();
    await stranger.close();
    assert.deepEqual(await a.client.roundTrip(), []);
  });
});

describe('SignalingServer.close', () => {
  it('closes every client socket with 1012 (reconnect) and stops listening', async () => {
    const server = await createSignalingServer({ port: 0 });
    const joined = await TestClient.joined(server.url, 'room');
    const idle = await TestClient.connect(server.url);
    try {
      await server.close();
      assert.equal((await joined.client.closed).code, 1012);
      assert.equal((await idle.closed).code, 1012);
      await assert.rejects(TestClient.connect(server.url));
    } finally {
      await Promise.all([joined.client.close(), idle.close(), server.close()]);
    }
  });

  it('is idempotent', async () => {
    const server = await createSignalingServer({ port: 0 });
    const first = server.close();
    const second = server.close();
    await Promise.all([first, second]);
    await server.close();
  });
});
