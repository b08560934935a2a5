import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpRefusal, TestClient } from '../helpers/ws-client.js';
import { httpGet, metric } from './http.js';
import { hello, useServer } from './fixture.js';
import { rawWebSocket } from './raw-client.js';

describe('signaling server origin allowlist', () => {
  const fixture = useServer({
    allowedOrigins: ['https://app.example.com/', 'http://localhost:5173'],
    metrics: true,
  });

  async function refusal(origin: string | undefined): Promise<number> {
    const error = await TestClient.connect(fixture.server.url, origin === undefined ? {} : { origin }).then(
      () => assert.fail(`origin ${origin} was let in`),
      (reason: unknown) => reason,
    );
    assert.ok(error instanceof HttpRefusal, String(error));
    return error.status;
  }

  it('lets an allowed origin connect (the configured value is normalised)', async () => {
    const client = await fixture.connect({ origin: 'https://app.example.com' });
    assert.match(await client.join('room'), /^[A-Za-z0-9_-]+$/);
    await fixture.connect({ origin: 'http://localhost:5173' });
  });

  it('refuses any other origin, and a missing one, with HTTP 403 before the handshake', async () => {
    const before = metric(
      (await httpGet(fixture.server.httpUrl, '/metrics')).body,
      'rtc_signaling_origin_rejections_total',
    );
    for (const origin of [
      'https://evil.example.com',
      'https://app.example.com.evil.com',
      'http://app.example.com',
      'null',
    ]) {
      assert.equal(await refusal(origin), 403, origin);
    }
    assert.equal(await refusal(undefined), 403);
    const after = metric(
      (await httpGet(fixture.server.httpUrl, '/metrics')).body,
      'rtc_signaling_origin_rejections_total',
    );
    assert.equal(after, before + 5);
    const gauge = metric(
      (await httpGet(fixture.server.httpUrl, '/metrics')).body,
      'rtc_signaling_connections',
    );
    assert.equal(gauge, 0, 'a refused upgrade never became a connection');
  });

  it('refuses a raw handshake without Origin', async () => {
    await assert.rejects(rawWebSocket(fixture.server.url), /handshake refused: HTTP\/1.1 403/);
  });
});

describe('signaling server stamping (auth off)', () => {
  const fixture = useServer();

  it('never relays a from or a role the client chose, in any message type', async () => {
    const a = await fixture.joined('room');
    const b = await fixture.joined('room');
    const c = await fixture.joined('room');
    const claimed = { from: c.id, role: 'host' };
    a.client.send({ ...hello(), from: claimed.from, info: { ...hello().info, role: claimed.role } });
    a.client.send({
      v: 1,
      type: 'update',
      from: claimed.from,
      to: b.id,
      info: { ...hello().info, role: 'host' },
    });
    a.client.send({
      v: 1,
      type: 'description',
      from: claimed.from,
      to: b.id,
      description: { type: 'offer', sdp: 'v=0' },
    });
    a.client.send({
      v: 1,
      type: 'candidate',
      from: claimed.from,
      to: b.id,
      candidate: { candidate: 'c', sdpMid: '0', sdpMLineIndex: 0, usernameFragment: null },
    });
    a.client.send({ v: 1, type: 'bye', from: claimed.from });
    const received = [
      await b.client.expectNext('hello'),
      await b.client.expectNext('update'),
      await b.client.expectNext('description'),
      await b.client.expectNext('candidate'),
      await b.client.expectNext('bye'),
    ];
    for (const message of received) {
      assert.equal(message.from, a.id, String(message.type));
      if (message.info) assert.equal((message.info as { role?: string }).role, undefined);
    }
    assert.deepEqual((received[0] as { info: unknown }).info, hello().info);
  });

  it('answers a join with a role or a from in it like any join', async () => {
    const client = await fixture.connect();
    const welcome = await client.welcome('room', { from: 'forged', role: 'host', id: 'forged' });
    assert.notEqual(welcome.id, 'forged');
  });
});
