import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TestClient } from '../helpers/ws-client.js';
import { httpGet, metric } from './http.js';
import { freshRoom, hello, useServer } from './fixture.js';

/**
 * Long enough that a round trip right after a drop surely comes back before it ends; short
 * enough to wait for. No test here sleeps: each waits for the bye itself.
 */
const GRACE_MS = 800;

describe('signaling server departure grace', () => {
  const fixture = useServer({ departureGraceMs: GRACE_MS });

  it('keeps a dropped participant as a ghost for the grace, then says its bye once', async () => {
    const room = freshRoom();
    const a = await fixture.joined(room);
    const b = await fixture.joined(room);
    await b.client.close();
    assert.deepEqual(await a.client.roundTrip(), [], 'no bye during the grace');
    // A newcomer sees the ghost as a member.
    const newcomer = await fixture.connect();
    const welcome = await newcomer.welcome(room);
    assert.deepEqual(new Set(welcome.members as string[]), new Set([a.id, b.id]));
    assert.deepEqual(await a.client.expectNext('bye', 5000), { v: 1, type: 'bye', from: b.id });
    assert.deepEqual(await newcomer.expectNext('bye', 5000), { v: 1, type: 'bye', from: b.id });
    assert.deepEqual(await a.client.roundTrip(), [], 'one bye only');
  });

  it('drops messages to a ghost without an error, and still refuses unknown ids', async () => {
    const room = freshRoom();
    const a = await fixture.joined(room);
    const b = await fixture.joined(room);
    await b.client.close();
    a.client.send({ v: 1, type: 'description', to: b.id, description: { type: 'offer', sdp: 'v=0' } });
    a.client.send({ ...hello(), to: b.id });
    a.client.send(hello());
    assert.deepEqual(await a.client.roundTrip(), [], 'no error for a ghost');
    a.client.send({ ...hello(), to: 'nobody' });
    assert.equal((await a.client.expectNext('error')).code, 'unknown-participant');
    await a.client.next('bye', 5000);
  });

  it('says an explicit bye at once, and no second one when the socket then closes', async () => {
    const room = freshRoom();
    const a = await fixture.joined(room);
    const b = await fixture.joined(room);
    const c = await fixture.joined(room);
    b.client.send({ v: 1, type: 'bye' });
    assert.deepEqual(await a.client.expectNext('bye'), { v: 1, type: 'bye', from: b.id });
    await b.client.close();
    // c drops now, so its bye comes a full grace after b's close: any late bye for b would
    // have arrived before it.
    await c.client.close();
    assert.deepEqual(await a.client.expectNext('bye', 5000), { v: 1, type: 'bye', from: c.id });
  });

  it('never says bye for a participant that resumed within its grace, even if it leaves later', async () => {
    const room = freshRoom();
    const a = await fixture.joined(room);
    const first = await fixture.connect();
    const welcome = await first.welcome(room);
    const id = welcome.id as string;
    await first.close();
    const again = await fixture.connect();
    await again.welcome(room, { resume: { id, token: welcome.resumeToken } });
    const witness = await fixture.joined(room);
    await witness.client.close();
    // The witness's bye comes a grace after the resume, so after b's cancelled one would have.
    assert.deepEqual(await a.client.expectNext('bye', 5000), { v: 1, type: 'bye', from: witness.id });
    again.send({ v: 1, type: 'bye' });
    assert.deepEqual(await a.client.expectNext('bye'), { v: 1, type: 'bye', from: id });
  });
});

describe('signaling server liveness', () => {
  const fixture = useServer({ pingIntervalMs: 100, departureGraceMs: GRACE_MS, metrics: true });

  it('cuts a socket that stops answering pings; the others get its bye after the grace', async () => {
    const room = freshRoom();
    const live = await fixture.joined(room);
    const dead = await TestClient.connect(fixture.server.url, { autoPong: false });
    try {
      const deadId = await dead.join(room);
      const { code } = await dead.closed;
      assert.ok(code === 4006 || code === 1006, `closed with ${code}`);
      assert.deepEqual(await live.client.roundTrip(), [], 'no bye during the grace');
      assert.deepEqual(await live.client.expectNext('bye', 5000), { v: 1, type: 'bye', from: deadId });
      const text = (await httpGet(fixture.server.httpUrl, '/metrics')).body;
      assert.ok(metric(text, 'rtc_signaling_ping_timeouts_total') >= 1);
      // The client that answers pings was never cut.
      assert.ok(live.client.isOpen);
      live.client.send(hello());
      assert.deepEqual(await live.client.roundTrip(), []);
    } finally {
      await dead.close();
    }
  });
});
