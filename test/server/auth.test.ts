import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT, jwtVerify } from 'jose';
import { createToken } from '../../server/index.js';
import { httpGet, metric } from './http.js';
import { hello, useServer } from './fixture.js';

const SECRET = 'test-secret-that-is-at-least-32-bytes-long';
const key = new TextEncoder().encode(SECRET);

/** A token made by hand, for what createToken refuses to make. */
function handmade(claims: Record<string, unknown>, alg = 'HS256', secret: Uint8Array = key): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(secret);
}

const inAnHour = (): number => Math.floor(Date.now() / 1000) + 3600;

describe('signaling server auth', () => {
  const fixture = useServer({ auth: { secret: SECRET }, metrics: true });

  it('admits a join with a valid token, and stamps its name and role on hello and update', async () => {
    const a = await fixture.joined('standup', {
      token: await createToken({ secret: SECRET, room: 'standup', name: 'Ada', role: 'host' }),
    });
    const b = await fixture.joined('standup', {
      token: await createToken({ secret: SECRET, room: 'standup' }),
    });
    a.client.send({ ...hello('Mallory'), info: { ...hello('Mallory').info, role: 'admin' } });
    const relayed = await b.client.expectNext('hello');
    assert.deepEqual(relayed.info, {
      name: 'Ada',
      microphoneMuted: false,
      cameraMuted: false,
      streams: {},
      role: 'host',
    });
    a.client.send({ v: 1, type: 'update', to: b.id, info: { ...hello('Eve').info, role: 'admin' } });
    assert.deepEqual((await b.client.expectNext('update')).info, { ...hello('Ada').info, role: 'host' });
  });

  it('keeps the name a client chose when its token has none, and strips any role it claims', async () => {
    const a = await fixture.joined('standup', {
      token: await createToken({ secret: SECRET, room: 'standup' }),
    });
    const b = await fixture.joined('standup', {
      token: await createToken({ secret: SECRET, room: 'standup' }),
    });
    a.client.send({ ...hello('Grace'), info: { ...hello('Grace').info, role: 'host' } });
    assert.deepEqual((await b.client.expectNext('hello')).info, hello('Grace').info);
  });

  const refusals: Array<[string, () => Promise<Record<string, unknown>>, string]> = [
    ['no token', async () => ({}), 'missing'],
    ['an expired token', async () => ({ token: await handmade({ room: 'r', exp: 1_000_000 }) }), 'expired'],
    [
      'a tampered token',
      async () => {
        const [header, , signature] = (await createToken({ secret: SECRET, room: 'r' })).split('.');
        const payload = Buffer.from(JSON.stringify({ room: 'r', role: 'host', exp: inAnHour() })).toString(
          'base64url',
        );
        return { token: `${header}.${payload}.${signature}` };
      },
      'invalid',
    ],
    [
      'a token signed with another secret',
      async () => ({
        token: await handmade(
          { room: 'r', exp: inAnHour() },
          'HS256',
          new TextEncoder().encode('x'.repeat(40)),
        ),
      }),
      'invalid',
    ],
    [
      'a token with another algorithm',
      async () => ({ token: await handmade({ room: 'r', exp: inAnHour() }, 'HS512') }),
      'invalid',
    ],
    [
      'an unsigned token (alg none)',
      async () => ({ token: unsigned({ room: 'r', exp: inAnHour() }) }),
      'invalid',
    ],
    ['a token without exp', async () => ({ token: await handmade({ room: 'r' }) }), 'invalid'],
    [
      'a token for another room',
      async () => ({ token: await createToken({ secret: SECRET, room: 'other' }) }),
      'wrong-room',
    ],
    [
      'a token with an unusable role',
      async () => ({ token: await handmade({ room: 'r', role: 'Root!', exp: inAnHour() }) }),
      'invalid',
    ],
    ['garbage for a token', async () => ({ token: 'not.a.jwt' }), 'invalid'],
  ];

  for (const [what, extra, reason] of refusals) {
    it(`refuses ${what} with unauthorized and close code 4001, and counts it`, async () => {
      const before = metric(
        (await httpGet(fixture.server.httpUrl, '/metrics')).body,
        'rtc_signaling_auth_rejections_total',
        { reason },
      );
      const witness = await fixture.joined('r', { token: await createToken({ secret: SECRET, room: 'r' }) });
      const client = await fixture.connect();
      client.send({ v: 1, type: 'join', room: 'r', ...(await extra()) });
      const error = await client.expectNext('error');
      assert.equal(error.code, 'unauthorized');
      assert.equal((await client.closed).code, 4001);
      const after = metric(
        (await httpGet(fixture.server.httpUrl, '/metrics')).body,
        'rtc_signaling_auth_rejections_total',
        { reason },
      );
      assert.equal(after, before + 1);
      // Nobody in the room heard of it.
      assert.deepEqual(await witness.client.roundTrip(), []);
    });
  }

  it('handles messages pipelined behind a join in order, once the token is checked', async () => {
    const a = await fixture.joined('pipeline', {
      token: await createToken({ secret: SECRET, room: 'pipeline' }),
    });
    const b = await fixture.connect();
    b.send({
      v: 1,
      type: 'join',
      room: 'pipeline',
      token: await createToken({ secret: SECRET, room: 'pipeline', name: 'Bo' }),
    });
    b.send(hello('first'));
    b.send({ v: 1, type: 'update', info: hello('second').info });
    const welcome = await b.expectNext('welcome');
    const first = await a.client.expectNext('hello');
    assert.deepEqual([first.from, (first.info as { name: string }).name], [welcome.id, 'Bo']);
    assert.equal((await a.client.expectNext('update')).from, welcome.id);
  });
});

describe('createToken', () => {
  it('makes an HS256 JWT with room, name, role, iat and exp', async () => {
    const token = await createToken({
      secret: SECRET,
      room: 'standup',
      name: 'Ada',
      role: 'host',
      ttlSeconds: 60,
    });
    const { payload, protectedHeader } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    assert.equal(protectedHeader.alg, 'HS256');
    assert.equal(payload.room, 'standup');
    assert.equal(payload.name, 'Ada');
    assert.equal(payload.role, 'host');
    assert.equal((payload.exp as number) - (payload.iat as number), 60);
    assert.ok(Math.abs((payload.exp as number) - (Date.now() / 1000 + 60)) < 5);
  });

  it('refuses a short secret, a bad role, a bad room and a bad ttl', async () => {
    await assert.rejects(createToken({ secret: 'short', room: 'r' }), RangeError);
    await assert.rejects(createToken({ secret: SECRET, room: 'r', role: 'Host' }), RangeError);
    await assert.rejects(createToken({ secret: SECRET, room: '' }), RangeError);
    await assert.rejects(createToken({ secret: SECRET, room: 'r', name: 'x'.repeat(65) }), RangeError);
    await assert.rejects(createToken({ secret: SECRET, room: 'r', ttlSeconds: 0 }), RangeError);
  });
});

function unsigned(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
