import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createSignalingServer, type SignalingServer } from '../../server/index.js';
import { HttpRefusal, TestClient } from '../helpers/ws-client.js';
import { hello, useServer } from './fixture.js';
import { httpGet, metric, pollUntil } from './http.js';
import { rawWebSocket } from './raw-client.js';

describe('signaling server /healthz', () => {
  it('answers 200 {"status":"ok"} with and without a static folder, to GET and HEAD', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rtc-health-'));
    await writeFile(join(folder, 'healthz'), 'a file that must not shadow the route');
    const servers = [
      await createSignalingServer({ port: 0 }),
      await createSignalingServer({ port: 0, staticDir: folder }),
    ];
    try {
      for (const server of servers) {
        const reply = await httpGet(server.httpUrl, '/healthz');
        assert.equal(reply.status, 200);
        assert.equal(reply.headers['content-type'], 'application/json');
        assert.deepEqual(JSON.parse(reply.body), { status: 'ok' });
        assert.equal((await httpGet(server.httpUrl, '/healthz?probe=1', 'HEAD')).status, 200);
        assert.equal((await httpGet(server.httpUrl, '/healthz', 'POST')).status, 405);
      }
    } finally {
      await Promise.all(servers.map((server) => server.close()));
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('signaling server /metrics', () => {
  const fixture = useServer({ metrics: true });
  const scrape = async (): Promise<string> => {
    const reply = await httpGet(fixture.server.httpUrl, '/metrics');
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    return reply.body;
  };

  it('serves gauges, counters and process metrics that move with traffic', async () => {
    const before = await scrape();
    assert.ok(metric(before, 'process_resident_memory_bytes') > 0);
    assert.ok(metric(before, 'nodejs_heap_size_used_bytes') > 0);
    const a = await fixture.joined('metrics-room');
    const b = await fixture.joined('metrics-room');
    a.client.send(hello());
    await b.client.next('hello');
    a.client.send('not json');
    await a.client.next('error');
    const after = await scrape();
    assert.equal(metric(after, 'rtc_signaling_rooms'), 1);
    assert.equal(metric(after, 'rtc_signaling_connections'), 2);
    const moved = (name: string, labels?: Record<string, string>): number =>
      metric(after, name, labels) - metric(before, name, labels);
    assert.equal(moved('rtc_signaling_messages_received_total'), 4, 'two joins, a hello, a bad frame');
    assert.equal(moved('rtc_signaling_messages_sent_total'), 4, 'two welcomes, a hello, an error');
    assert.equal(moved('rtc_signaling_errors_total', { code: 'bad-message' }), 1);
    for (const name of [
      'rtc_signaling_auth_rejections_total',
      'rtc_signaling_origin_rejections_total',
      'rtc_signaling_rate_limit_closes_total',
      'rtc_signaling_slow_consumer_closes_total',
      'rtc_signaling_ping_timeouts_total',
    ]) {
      assert.match(after, new RegExp(`^# TYPE ${name} counter$`, 'm'), name);
    }
  });

  it('keeps two servers in one process apart', async () => {
    const other = await createSignalingServer({ port: 0, metrics: true });
    try {
      const client = await TestClient.connect(other.url);
      await client.join('elsewhere');
      const theirs = (await httpGet(other.httpUrl, '/metrics')).body;
      assert.equal(metric(theirs, 'rtc_signaling_connections'), 1);
      // The previous test's clients reach this server's count a moment after they closed.
      const mine = async (): Promise<number> => metric(await scrape(), 'rtc_signaling_connections');
      await pollUntil(mine, (count) => count === 0, 5000, 'connections of the first server');
      await client.close();
    } finally {
      await other.close();
    }
  });

  it('is not served unless asked for', async () => {
    const plain = await createSignalingServer({ port: 0 });
    try {
      assert.equal((await httpGet(plain.httpUrl, '/metrics')).status, 426);
    } finally {
      await plain.close();
    }
  });
});

describe('SignalingServer.close (graceful)', () => {
  it('says draining, refuses new sockets, closes clients with 1012, then stops listening', async () => {
    const server: SignalingServer = await createSignalingServer({ port: 0 });
    const joined = await TestClient.joined(server.url, 'room');
    // A raw client never answers the closing handshake, which holds the drain open.
    const stubborn = await rawWebSocket(server.url);
    try {
      const closing = server.close();
      const { code, reason } = await joined.client.closed;
      assert.equal(code, 1012);
      assert.match(reason, /reconnect/);
      const health = await httpGet(server.httpUrl, '/healthz');
      assert.equal(health.status, 503);
      assert.deepEqual(JSON.parse(health.body), { status: 'draining' });
      const refused = await TestClient.connect(server.url).then(
        () => assert.fail('a socket was accepted while draining'),
        (error: unknown) => error,
      );
      assert.ok(refused instanceof HttpRefusal && refused.status === 503, String(refused));
      stubborn.destroy();
      await closing;
      await assert.rejects(httpGet(server.httpUrl, '/healthz'), /ECONNREFUSED/);
    } finally {
      stubborn.destroy();
      await joined.client.close();
      await server.close();
    }
  });

  it('cuts a client that never answers after a bounded wait', async () => {
    const server = await createSignalingServer({ port: 0 });
    const stubborn = await rawWebSocket(server.url);
    const gone = new Promise((resolve) => stubborn.once('close', resolve));
    await server.close();
    await gone;
  });
});
