import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/ws-client.js';
import { startChildServer, type ChildServer } from './child-server.js';
import { hello } from './fixture.js';
import { httpGet, metric } from './http.js';
import { jsonFrame, rawWebSocket } from './raw-client.js';

const MiB = 1024 * 1024;
/** What the room broadcasts while one member has stopped reading. */
const BROADCAST_BYTES = 40 * MiB;
const BATCH = 100;

/** The largest update a client may send: a long name and eight long stream ids (about 1.2 KB). */
function bigUpdate(n: number): Record<string, unknown> {
  const streams = Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [`${String(n).padStart(8, '0')}-${i}-${'s'.repeat(110)}`, 'camera']),
  );
  return { v: 1, type: 'update', info: { ...hello('n'.repeat(64)).info, streams } };
}

describe('signaling server slow consumer', () => {
  let server: ChildServer;

  before(async () => {
    server = await startChildServer({
      departureGraceMs: 0,
      metrics: true,
      // Out of the way: this test is about the reader, not the sender's rate.
      limits: { messagesPerSecond: 1_000_000, messageBurst: 1_000_000, maxBufferedBytes: 256 * 1024 },
    });
  });
  after(async () => {
    await server.stop();
  });

  it('cuts a member that stops reading, without buffering what the room sends it', async () => {
    const baseline = await server.memory();
    const reader = await TestClient.joined(server.url, 'busy');
    // Completes the handshake, joins, says hello, and then never reads another byte.
    const stalled = await rawWebSocket(server.url, { read: false });
    stalled.write(jsonFrame({ v: 1, type: 'join', room: 'busy' }));
    stalled.write(jsonFrame(hello('stalled')));
    const stalledId = (await reader.client.next('hello')).from;
    const sender = await TestClient.joined(server.url, 'busy');
    try {
      const frame = JSON.stringify(bigUpdate(0));
      const count = Math.ceil(BROADCAST_BYTES / frame.length);
      let updates = 0;
      let byes = 0;
      const tally = (message: Record<string, unknown>): void => {
        if (message.type === 'update') updates++;
        if (message.type === 'bye' && message.from === stalledId) byes++;
      };
      // In batches that the reader takes in before the next one: this process runs the reader
      // too, and a reader starved by a long send loop would itself be a slow consumer.
      for (let sent = 0; sent < count;) {
        const batch = Math.min(BATCH, count - sent);
        for (let i = 0; i < batch; i++) sender.client.send(bigUpdate(sent + i));
        sent += batch;
        const target = sent;
        await reader.client.next((message) => {
          tally(message);
          return updates === target;
        }, 10_000);
      }
      await sender.client.next((message) => message.type === 'bye' && message.from === stalledId, 10_000);
      // The member that reads got every update, and the stalled one's bye exactly once.
      sender.client.send(hello('end'));
      await reader.client.next((message) => {
        tally(message);
        return message.type === 'hello';
      });
      assert.deepEqual({ updates, byes }, { updates: count, byes: 1 });

      const used = await server.memory();
      const grown = used.heapUsed + used.external - (baseline.heapUsed + baseline.external);
      assert.ok(
        grown < 8 * MiB,
        `the server holds ${(grown / MiB).toFixed(1)} MiB more after ${(count * frame.length) / MiB} MiB were sent`,
      );
      const text = (await httpGet(server.httpUrl, '/metrics')).body;
      assert.equal(metric(text, 'rtc_signaling_slow_consumer_closes_total'), 1);
    } finally {
      stalled.destroy();
      await Promise.all([reader.client.close(), sender.client.close()]);
    }
  });
});
