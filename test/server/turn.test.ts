import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { createSignalingServer, turnCredentials } from '../../server/index.js';
import { useServer } from './fixture.js';

const SECRET = 'coturn-static-auth-secret';
const STUN = { urls: 'stun:stun.example.com:3478' };
const TURN_URLS = ['turn:turn.example.com:3478?transport=udp', 'turns:turn.example.com:5349'];

function expectedCredential(username: string): string {
  return createHmac('sha1', SECRET).update(username).digest('base64');
}

describe('signaling server TURN credentials', () => {
  const fixture = useServer({
    iceServers: [STUN],
    turn: { secret: SECRET, urls: TURN_URLS, ttlSeconds: 600 },
  });

  it('hands every participant its own TURN credentials after the configured ICE servers', async () => {
    const client = await fixture.connect();
    const welcome = await client.welcome('room');
    const [stun, turn, ...rest] = welcome.iceServers as Array<Record<string, unknown>>;
    assert.deepEqual(stun, STUN);
    assert.deepEqual(rest, []);
    assert.deepEqual(turn?.urls, TURN_URLS);
    const username = String(turn?.username);
    const [expiry, user] = username.split(':');
    assert.equal(user, welcome.id, 'the username names the participant');
    const lifetime = Number(expiry) - Date.now() / 1000;
    assert.ok(lifetime > 590 && lifetime <= 601, `expires in ${lifetime} s, not about 600`);
    // What coturn's use-auth-secret checks: base64(HMAC-SHA1(static-auth-secret, username)).
    assert.equal(turn?.credential, expectedCredential(username));
  });

  it('gives two participants different usernames', async () => {
    const a = await fixture.connect();
    const b = await fixture.connect();
    const [wa, wb] = [await a.welcome('room'), await b.welcome('room')];
    const username = (welcome: Record<string, unknown>): unknown =>
      (welcome.iceServers as Array<Record<string, unknown>>)[1]?.username;
    assert.notEqual(username(wa), username(wb));
  });
});

describe('turnCredentials', () => {
  it('follows the TURN REST API scheme', () => {
    const credentials = turnCredentials(SECRET, 'ada', 3600, 1_700_000_000_500);
    assert.equal(credentials.username, '1700003600:ada');
    assert.equal(credentials.credential, expectedCredential('1700003600:ada'));
  });

  it('is refused with too many ICE servers to fit the TURN entry beside them', async () => {
    const eight = Array.from({ length: 8 }, () => STUN);
    await assert.rejects(
      createSignalingServer({ port: 0, iceServers: eight, turn: { secret: SECRET, urls: TURN_URLS } }),
      /iceServers/,
    );
    await assert.rejects(
      createSignalingServer({ port: 0, turn: { secret: '', urls: TURN_URLS } }),
      /turn.secret/,
    );
    await assert.rejects(createSignalingServer({ port: 0, turn: { secret: SECRET, urls: [] } }), /turn.urls/);
  });
});
