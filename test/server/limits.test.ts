import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { TokenBucket } from '../../server/limits.js';
import { httpGet, metric, pollUntil } from './http.js';
import { hello, useServer } from './fixture.js';

describe('signaling server rate limit', () => {
  const fixture = useServer({ limits: { messagesPerSecond: 10, messageBurst: 20 }, metrics: true });

  it('answers a flood with rate-limited and closes it with 4003; other connections carry on', async () => {
    const flooder = await fixture.joined('room');
    const a = await fixture.joined('room');
    const b = await fixture.joined('room');
    for (let i = 0; i < 200; i++) flooder.client.send(hello(`flood ${i}`));
    const error = await flooder.client.next((message) => message.type === 'error');
    assert.equal(error.code, 'rate-limited');
    assert.equal((await flooder.client.closed).code, 4003);
    // The flood was cut off at the burst: b got at most 20 of its hellos, then its bye.
    let floodSeen = 0;
    for (;;) {
      const message = await b.client.next();
      if (message.type === 'bye') break;
      floodSeen++;
    }
    assert.ok(floodSeen <= 20, `${floodSeen} flood messages were relayed`);
    a.client.send(hello('calm'));
    assert.equal(((await b.client.next('hello')).info as { name: string }).name, 'calm');
    const text = (await httpGet(fixture.server.httpUrl, '/metrics')).body;
    assert.ok(metric(text, 'rtc_signaling_rate_limit_closes_total') >= 1);
    assert.ok(metric(text, 'rtc_signaling_errors_total', { code: 'rate-limited' }) >= 1);
  });

  it('counts ping frames too', async () => {
    const socket = new WebSocket(fixture.server.url);
    socket.on('error', () => undefined);
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await once(socket, 'open');
    for (let i = 0; i < 50; i++) socket.ping();
    assert.equal(await closed, 4003);
  });

  it('counts frames before joining too', async () => {
    const client = await fixture.connect();
    for (let i = 0; i < 50; i++) client.send('not json');
    await client.next((message) => message.code === 'rate-limited');
    assert.equal((await client.closed).code, 4003);
  });
});

describe('TokenBucket', () => {
  it('allows a burst, then refills at its rate', () => {
    const bucket = new TokenBucket(3, 2, 0);
    assert.deepEqual(
      [bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)],
      [true, true, true, false],
    );
    assert.equal(bucket.take(400), false, 'less than one token after 0.4 s at 2/s');
    assert.equal(bucket.take(500), true, 'one token after 0.5 s');
    assert.deepEqual(
      [bucket.take(10_000), bucket.take(10_000), bucket.take(10_000), bucket.take(10_000)],
      [true, true, true, false],
    );
  });
});

describe('signaling server room capacity', () => {
  const fixture = useServer({ limits: { maxParticipantsPerRoom: 2 } });

  it('answers a join over the room size with room-full and closes it with 4002', async () => {
    const a = await fixture.joined('small');
    await fixture.joined('small');
    const third = await fixture.connect();
    third.send({ v: 1, type: 'join', room: 'small' });
    assert.equal((await third.expectNext('error')).code, 'room-full');
    assert.equal((await third.closed).code, 4002);
    assert.deepEqual(await a.client.roundTrip(), [], 'the room never heard of it');
    // Another room is not affected.
    await fixture.joined('other');
  });
});

describe('signaling server server capacity', () => {
  const fixture = useServer({ limits: { maxRooms: 2, maxConnections: 4 }, metrics: true });

  /** Waits until the server counts `count` open connections (a close reaches it a moment after the client). */
  function connectionsReach(count: number): Promise<number> {
    const read = async (): Promise<number> =>
      metric((await httpGet(fixture.server.httpUrl, '/metrics')).body, 'rtc_signaling_connections');
    return pollUntil(read, (value) => value === count, 5000, 'open connections');
  }

  it('answers a join that would open a room over maxRooms with server-full and 4005', async () => {
    await fixture.joined('one');
    await fixture.joined('two');
    await fixture.joined('two');
    const extra = await fixture.connect();
    extra.send({ v: 1, type: 'join', room: 'three' });
    assert.equal((await extra.expectNext('error')).code, 'server-full');
    assert.equal((await extra.closed).code, 4005);
  });

  it('answers a connection over maxConnections with server-full and 4005 at once', async () => {
    await connectionsReach(0);
    const open = await Promise.all([1, 2, 3, 4].map(() => fixture.connect()));
    const extra = await fixture.connect();
    assert.equal((await extra.expectNext('error')).code, 'server-full');
    assert.equal((await extra.closed).code, 4005);
    // A place frees up when one closes.
    await open[0]?.close();
    await connectionsReach(3);
    const again = await fixture.connect();
    assert.match(await again.join('one'), /^[A-Za-z0-9_-]+$/);
  });
});
