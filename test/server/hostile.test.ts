import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { TestClient, type Received } from '../helpers/ws-client.js';
import { startChildServer, type ChildServer, type MemoryReport } from './child-server.js';
import { hello } from './fixture.js';
import { Offender, Random, hostileFrame } from './hostile-traffic.js';
import { httpGet, metric, pollUntil } from './http.js';
import { OPCODES, frame, rawWebSocket, tcpConnect, upgradeRequest } from './raw-client.js';

/** Set HOSTILE_SEED to replay a failing run exactly. */
const SEED = Number(process.env.HOSTILE_SEED ?? 20_240_601);
const ROUNDS = 100;
const GARBAGE_SENDERS = 80;
const FLOODERS = 15;
const FLOOD_FRAMES = 300;
/** Senders of one frame over the hard cap (16 x 64 KiB), which ws cuts off while it arrives. */
const GIANTS = 5;
const ROOM_HOPPERS_PER_ROUND = 2;
const RAW_VIOLATORS = 20;
const HALF_OPEN = 40;
const MiB = 1024 * 1024;

/** What one message of the call looks like once received: its type and the marker it carries. */
function summary(message: Received): string {
  switch (message.type) {
    case 'hello':
    case 'update':
      return `${message.type}:${(message.info as { name: string }).name}`;
    case 'description':
      return `description:${(message.description as { sdp: string }).sdp}`;
    case 'candidate':
      return `candidate:${(message.candidate as { candidate: string }).candidate}`;
    default:
      return `${String(message.type)}:${JSON.stringify(message)}`;
  }
}

/** One side of the call: sends, and remembers what the other side must receive. */
class CallSide {
  readonly sent: string[] = [];

  constructor(
    readonly client: TestClient,
    readonly id: string,
  ) {}

  send(message: Record<string, unknown>): void {
    this.client.send(message);
    this.sent.push(summary(message));
  }

  /** Everything received from `from` up to and including the update named `end`. */
  async receiveAll(from: string): Promise<string[]> {
    const received: string[] = [];
    await this.client.next((message) => {
      if (message.from !== from) return false;
      received.push(summary(message));
      return message.type === 'update' && (message.info as { name: string }).name === 'end';
    }, 20_000);
    return received;
  }
}

function candidate(to: string, marker: string): Record<string, unknown> {
  return {
    v: 1,
    type: 'candidate',
    to,
    candidate: {
      candidate: `candidate:${marker} 1 udp 2122260223 127.0.0.1 50000 typ host`,
      sdpMid: '0',
      sdpMLineIndex: 0,
      usernameFragment: null,
    },
  };
}

/** Resolves when the server has ended a raw socket, false when it has not within `timeoutMs`. */
function serverEnded(socket: Socket, timeoutMs: number): Promise<boolean> {
  if (socket.destroyed) return Promise.resolve(true);
  return Promise.race([
    once(socket, 'close').then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
  ]);
}

describe('signaling server under hostile traffic', () => {
  let server: ChildServer;

  before(async () => {
    // Default limits throughout; a short grace only so the test need not wait ten seconds
    // for the room hoppers' rooms to empty.
    server = await startChildServer({ departureGraceMs: 500, metrics: true });
  });
  after(async () => {
    await server.stop();
  });

  it(
    'stays up, answers or closes every offender, and relays a call in another room complete and in order',
    { timeout: 60_000 },
    async () => {
      const random = new Random(SEED);
      const why = `(HOSTILE_SEED=${SEED})`;
      const callRoom = `call-${random.text(16)}`;
      const a = await TestClient.joined(server.url, callRoom);
      const b = await TestClient.joined(server.url, callRoom);
      const alice = new CallSide(a.client, a.id);
      const bob = new CallSide(b.client, b.id);
      alice.send(hello('alice'));
      bob.send({ ...hello('bob'), to: a.id });
      const baseline = await server.memory();

      // The offenders.
      const garbage = await Promise.all(
        Array.from({ length: GARBAGE_SENDERS }, () => Offender.connect(server.url)),
      );
      const garbageFrames = garbage.map(() =>
        Array.from({ length: random.int(60, 150) }, () => hostileFrame(random)),
      );
      const flooders = await Promise.all(
        Array.from({ length: FLOODERS }, () => Offender.connect(server.url)),
      );
      const floodRound = flooders.map(() => random.int(0, ROUNDS - 1));
      const giants = await Promise.all(Array.from({ length: GIANTS }, () => Offender.connect(server.url)));
      const giantRound = giants.map(() => random.int(0, ROUNDS - 1));
      const hoppers: Offender[] = [];
      const violators: Array<{ socket: Socket; round: number; bytes: Buffer }> = [];
      for (let i = 0; i < RAW_VIOLATORS; i++) {
        const bytes = random.pick([
          frame(OPCODES.text, Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d])), // invalid UTF-8
          frame(OPCODES.text, '{"v":1}', { mask: false }), // a client frame must be masked
          frame(3, 'reserved opcode'),
          frame(OPCODES.ping, 'p'.repeat(200)), // control frames carry at most 125 bytes
          frame(OPCODES.continuation, 'continues nothing'),
          Buffer.concat([frame(OPCODES.text, '{"v":', { fin: false }), frame(OPCODES.binary, 'interleaved')]),
        ]);
        violators.push({ socket: await rawWebSocket(server.url), round: random.int(0, ROUNDS - 1), bytes });
      }
      const halfOpen: Socket[] = [];
      for (let i = 0; i < HALF_OPEN; i++) {
        const socket = await tcpConnect(server.url);
        // Some say nothing at all; the rest stop partway through the upgrade request.
        if (i % 4 !== 0) socket.write(upgradeRequest(server.url, random.int(1, 150)));
        halfOpen.push(socket);
      }

      // The call's opening, then the hostile rounds with the call going on throughout.
      alice.send({ v: 1, type: 'description', to: b.id, description: { type: 'offer', sdp: 'offer-0' } });
      bob.send({ v: 1, type: 'description', to: a.id, description: { type: 'answer', sdp: 'answer-0' } });
      let rawFrames = 0;
      for (let round = 0; round < ROUNDS; round++) {
        garbage.forEach((offender, i) => {
          const frames = garbageFrames[i] as string[];
          const perRound = Math.ceil(frames.length / ROUNDS);
          for (const data of frames.slice(round * perRound, (round + 1) * perRound)) offender.send(data);
        });
        flooders.forEach((offender, i) => {
          if (floodRound[i] !== round) return;
          for (let n = 0; n < FLOOD_FRAMES; n++)
            offender.send(random.next() < 0.5 ? hello(`flood-${n}`) : hostileFrame(random));
        });
        giants.forEach((offender, i) => {
          if (giantRound[i] === round) offender.send('g'.repeat(1_100_000));
        });
        for (const violator of violators) {
          if (violator.round !== round) continue;
          violator.socket.write(violator.bytes);
          rawFrames++;
        }
        hoppers.push(
          ...(await Promise.all(
            Array.from({ length: ROOM_HOPPERS_PER_ROUND }, () => hopRooms(server.url, random)),
          )),
        );
        alice.send(candidate(b.id, `a-${round}`));
        bob.send(candidate(a.id, `b-${round}`));
        if (round % 10 === 9) {
          alice.send({ v: 1, type: 'update', info: hello(`alice-${round}`).info });
          bob.send({ v: 1, type: 'update', info: hello(`bob-${round}`).info });
        }
        // Let the sockets read and write between rounds.
        await new Promise((resolve) => setImmediate(resolve));
      }
      alice.send({ v: 1, type: 'update', info: hello('end').info });
      bob.send({ v: 1, type: 'update', info: hello('end').info });

      // The call: everything arrived, in order, and nothing else from the other side.
      assert.deepEqual(await bob.receiveAll(a.id), alice.sent, `bob's view of alice ${why}`);
      assert.deepEqual(await alice.receiveAll(b.id), bob.sent.slice(0), `alice's view of bob ${why}`);
      assert.ok(a.client.isOpen && b.client.isOpen, `the call's sockets stayed open ${why}`);

      // The offenders: each was answered with an error, or closed.
      const offenders = [...garbage, ...flooders, ...giants, ...hoppers];
      const sent = offenders.reduce((total, offender) => total + offender.sent, 0) + rawFrames;
      assert.ok(sent >= 10_000, `only ${sent} hostile messages were sent ${why}`);
      for (const offender of offenders) {
        assert.ok(await offender.answered(10_000), `an offender got neither an error nor a close ${why}`);
      }
      for (const flooder of flooders) {
        assert.ok(
          (await flooder.answered(10_000)) && flooder.errors.get('rate-limited') === 1,
          `a flooder was not rate-limited ${why}`,
        );
        assert.equal(flooder.closeCode, 4003, `a flooder's close code ${why}`);
      }
      for (const giant of giants) assert.equal(giant.closeCode, 1009, `a giant frame's close code ${why}`);
      for (const violator of violators) {
        assert.ok(await serverEnded(violator.socket, 10_000), `a protocol violator was not closed ${why}`);
      }

      // All offenders gone: the server is back to the call alone, and to about its memory.
      await Promise.all(offenders.map((offender) => offender.close()));
      for (const socket of [...halfOpen, ...violators.map((violator) => violator.socket)]) socket.destroy();
      const gauges = async (): Promise<[number, number]> => {
        const text = (await httpGet(server.httpUrl, '/metrics')).body;
        return [metric(text, 'rtc_signaling_connections'), metric(text, 'rtc_signaling_rooms')];
      };
      await pollUntil(
        gauges,
        ([connections, rooms]) => connections === 2 && rooms === 1,
        10_000,
        'connections and rooms',
      );
      const health = await httpGet(server.httpUrl, '/healthz');
      assert.deepEqual([health.status, JSON.parse(health.body)], [200, { status: 'ok' }]);
      assert.ok(server.isRunning());

      const used: MemoryReport = await server.memory();
      assert.equal(used.prototypeKeys, baseline.prototypeKeys, `Object.prototype was changed ${why}`);
      const grown = used.heapUsed + used.external - (baseline.heapUsed + baseline.external);
      const report = `heap+external grew ${(grown / MiB).toFixed(1)} MiB, rss ${((used.rss - baseline.rss) / MiB).toFixed(1)} MiB ${why}`;
      assert.ok(grown < 16 * MiB, report);
      assert.ok(used.rss - baseline.rss < 256 * MiB, report);

      // And the call still works.
      alice.send(hello('after'));
      assert.equal(summary(await b.client.next('hello')), 'hello:after');
      await Promise.all([a.client.close(), b.client.close()]);
    },
  );
});

/**
 * A connection that joins room after room (join, chatter, bye, join elsewhere), with forged
 * resume claims, directed messages to ids nobody has, and second joins; half of them then
 * drop without a bye.
 */
async function hopRooms(url: string, random: Random): Promise<Offender> {
  const offender = await Offender.connect(url);
  for (let hop = random.int(1, 5); hop > 0; hop--) {
    const room = `hop-${random.text(10)}`;
    offender.send({
      v: 1,
      type: 'join',
      room,
      resume: { id: random.text(20), token: random.text(43) },
      token: random.text(50),
    });
    offender.send(hello(random.text(10)));
    offender.send({
      v: 1,
      type: 'description',
      to: random.text(36),
      description: { type: 'offer', sdp: 'v=0' },
    });
    offender.send({ v: 1, type: 'join', room: `${room}-again` });
    offender.send(hostileFrame(random));
    if (hop > 1) offender.send({ v: 1, type: 'bye' });
  }
  if (random.next() < 0.5) {
    // Dropped without a bye, once the server has answered something.
    await offender.answered(10_000);
    await offender.close();
  }
  return offender;
}
