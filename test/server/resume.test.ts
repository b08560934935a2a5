import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignalingServer } from '../../server/index.js';
import { TestClient, type Received } from '../helpers/ws-client.js';
import { freshRoom, hello, useServer } from './fixture.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECRET = 'resume-secret-that-is-at-least-32-bytes';

function claimOf(welcome: Received): { resume: { id: string; token: string } } {
  assert.equal(typeof welcome.resumeToken, 'string');
  return { resume: { id: welcome.id as string, token: welcome.resumeToken as string } };
}

describe('signaling server resume (long grace)', () => {
  // Long enough that no test here waits for it; the server clears it on close.
  const fixture = useServer({ departureGraceMs: 30_000, limits: { maxParticipantsPerRoom: 3 } });

  it('welcomes with a resume token, resumed false, and the ids of the others', async () => {
    const room = freshRoom();
    const a = await fixture.joined(room);
    const b = await fixture.connect();
    const welcome = await b.welcome(room);
    assert.match(String(welcome.resumeToken), /^[A-Za-z0-9_-]{43}$/);
    assert.equal(welcome.resumed, false);
    assert.deepEqual(welcome.members, [a.id]);
  });

  it('gives a dropped participant its id back; the others see neither a bye nor a duplicate', async () => {
    const room = freshRoom();
    const other = await fixture.joined(room);
    const first = await fixture.connect();
    const claim = claimOf(await first.welcome(room));
    await first.close();
    const again = await fixture.connect();
    const welcome = await again.welcome(room, claim);
    assert.equal(welcome.id, claim.resume.id);
    assert.equal(welcome.resumed, true);
    assert.deepEqual(welcome.members, [other.id]);
    assert.deepEqual(await other.client.roundTrip(), [], 'no bye, no second hello');
    // It speaks, and is spoken to, under its old id.
    again.send(hello('back'));
    assert.equal((await other.client.expectNext('hello')).from, claim.resume.id);
    other.client.send({ ...hello(), to: claim.resume.id });
    assert.equal((await again.expectNext('hello')).from, other.id);
  });

  it('replaces a half-open old socket that still holds the id, silently', async () => {
    const room = freshRoom();
    const other = await fixture.joined(room);
    const old = await fixture.connect();
    const claim = claimOf(await old.welcome(room));
    const fresh = await fixture.connect();
    const welcome = await fresh.welcome(room, claim);
    assert.equal(welcome.id, claim.resume.id);
    assert.equal(welcome.resumed, true);
    assert.equal((await old.closed).code, 1006, 'terminated without a close frame');
    assert.deepEqual(await other.client.roundTrip(), []);
    other.client.send({ ...hello(), to: claim.resume.id });
    assert.equal((await fresh.expectNext('hello')).from, other.id);
  });

  for (const [what, tamper] of [
    ['a forged token', (claim: { id: string; token: string }) => ({ ...claim, token: 'A'.repeat(43) })],
    ['the token of another id', (claim: { id: string; token: string }) => ({ ...claim, id: 'someone-else' })],
    [
      'a token that is not even base64url',
      (claim: { id: string; token: string }) => ({ ...claim, token: '!!' }),
    ],
  ] as const) {
    it(`treats a claim with ${what} as a fresh join`, async () => {
      const room = freshRoom();
      const first = await fixture.connect();
      const claim = claimOf(await first.welcome(room));
      await first.close();
      const again = await fixture.connect();
      const welcome = await again.welcome(room, { resume: tamper(claim.resume) });
      assert.match(String(welcome.id), ID);
      assert.notEqual(welcome.id, claim.resume.id);
      assert.notEqual(welcome.id, 'someone-else');
      assert.equal(welcome.resumed, false);
    });
  }

  it('treats a claim for another room as a fresh join', async () => {
    const first = await fixture.connect();
    const claim = claimOf(await first.welcome(freshRoom()));
    const elsewhere = await fixture.connect();
    const welcome = await elsewhere.welcome(freshRoom(), claim);
    assert.notEqual(welcome.id, claim.resume.id);
    assert.equal(welcome.resumed, false);
    assert.ok(first.isOpen, 'the holder of the id was not touched');
  });

  it('keeps a ghost its place: a full room refuses a stranger but takes the ghost back', async () => {
    const room = freshRoom();
    const a = await fixture.joined(room);
    const b = await fixture.joined(room);
    const ghost = await fixture.connect();
    const claim = claimOf(await ghost.welcome(room));
    await ghost.close();
    const stranger = await fixture.connect();
    stranger.send({ v: 1, type: 'join', room });
    assert.equal((await stranger.expectNext('error')).code, 'room-full');
    const back = await fixture.connect();
    const welcome = await back.welcome(room, claim);
    assert.equal(welcome.resumed, true);
    assert.deepEqual(new Set(welcome.members as string[]), new Set([a.id, b.id]));
  });
});

describe('signaling server resume (no grace)', () => {
  const fixture = useServer({ departureGraceMs: 0 });

  it('re-adds the same id when the claim comes after the grace, as not resumed (its bye went out)', async () => {
    const room = freshRoom();
    const other = await fixture.joined(room);
    const first = await fixture.connect();
    const claim = claimOf(await first.welcome(room));
    await first.close();
    assert.equal((await other.client.expectNext('bye')).from, claim.resume.id);
    const again = await fixture.connect();
    const welcome = await again.welcome(room, claim);
    assert.equal(welcome.id, claim.resume.id);
    // The others were told it left, so it must say hello again as a newcomer.
    assert.equal(welcome.resumed, false);
    assert.deepEqual(welcome.members, [other.id]);
    other.client.send({ ...hello(), to: claim.resume.id });
    assert.equal((await again.expectNext('hello')).from, other.id);
  });
});

describe('signaling server resume across a restart', () => {
  async function joinThenRestart(secrets: [string | undefined, string | undefined]): Promise<Received> {
    const options = (secret: string | undefined) => ({
      port: 0,
      ...(secret ? { resumeSecret: secret } : {}),
    });
    const before = await createSignalingServer(options(secrets[0]));
    const first = await TestClient.connect(before.url);
    const claim = claimOf(await first.welcome('room'));
    await before.close();
    await first.close();
    const after = await createSignalingServer(options(secrets[1]));
    const again = await TestClient.connect(after.url);
    try {
      const welcome = await again.welcome('room', claim);
      return { ...welcome, claimed: claim.resume.id };
    } finally {
      await again.close();
      await after.close();
    }
  }

  it('keeps the id when both servers share a resumeSecret', async () => {
    const welcome = await joinThenRestart([SECRET, SECRET]);
    assert.equal(welcome.id, welcome.claimed);
    assert.equal(welcome.resumed, true);
  });

  it('gives a new id when the secret was random per process', async () => {
    const welcome = await joinThenRestart([undefined, undefined]);
    assert.notEqual(welcome.id, welcome.claimed);
    assert.equal(welcome.resumed, false);
  });

  it('names its instance in every welcome: the same within one server, another after a restart', async () => {
    const welcome = await joinThenRestart([SECRET, SECRET]);
    const server = await createSignalingServer({ port: 0 });
    try {
      const [one, two] = [await TestClient.connect(server.url), await TestClient.connect(server.url)];
      const [first, second] = [await one.welcome('a'), await two.welcome('b')];
      assert.match(String(first.instance), ID);
      assert.equal(first.instance, second.instance);
      assert.notEqual(first.instance, welcome.instance);
      await Promise.all([one.close(), two.close()]);
    } finally {
      await server.close();
    }
  });

  it('refuses a resumeSecret shorter than 32 bytes', async () => {
    await assert.rejects(createSignalingServer({ port: 0, resumeSecret: 'short' }), /resumeSecret/);
  });
});
