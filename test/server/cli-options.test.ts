import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError, parseCommandLine } from '../../server/cli-options.js';
import { resolveOptions } from '../../server/options.js';

const SECRET = 'a-secret-that-is-at-least-32-bytes-long';
const OTHER = 'another-secret-at-least-32-bytes-long!';

describe('rtc-elements-server command line', () => {
  it('uses the defaults with no flags', () => {
    assert.deepEqual(parseCommandLine([], {}), {
      kind: 'serve',
      options: { port: 8080, host: '127.0.0.1' },
      serve: undefined,
    });
  });

  it('maps every flag onto a server option', () => {
    const args = [
      `--port 0 --host 0.0.0.0 --auth-secret ${SECRET} --resume-secret ${OTHER}`,
      '--allowed-origin https://a.example --allowed-origin https://b.example',
      '--stun-url stun:one.example:3478 --stun-url stun:two.example:3478',
      '--turn-secret turn-secret --turn-url turn:turn.example:3478 --turn-url turns:turn.example:5349',
      '--turn-ttl 600 --max-room-size 8 --metrics --ping-interval 5000 --departure-grace 0',
    ].join(' ');
    const command = parseCommandLine(args.split(' '), {});
    assert.deepEqual(command, {
      kind: 'serve',
      serve: undefined,
      options: {
        port: 0,
        host: '0.0.0.0',
        auth: { secret: SECRET },
        allowedOrigins: ['https://a.example', 'https://b.example'],
        resumeSecret: OTHER,
        iceServers: [{ urls: ['stun:one.example:3478', 'stun:two.example:3478'] }],
        turn: {
          secret: 'turn-secret',
          urls: ['turn:turn.example:3478', 'turns:turn.example:5349'],
          ttlSeconds: 600,
        },
        limits: { maxParticipantsPerRoom: 8 },
        metrics: true,
        pingIntervalMs: 5000,
        departureGraceMs: 0,
      },
    });
  });

  it('reads the secrets from the environment, a flag winning over its variable, an empty one unset', () => {
    const env = { RTC_AUTH_SECRET: SECRET, RTC_RESUME_SECRET: OTHER, RTC_TURN_SECRET: 'from-env' };
    const command = parseCommandLine(['--turn-url', 'turn:t.example', '--auth-secret', OTHER], env);
    assert.equal(command.kind, 'serve');
    if (command.kind !== 'serve') return;
    assert.deepEqual(command.options.auth, { secret: OTHER });
    assert.equal(command.options.resumeSecret, OTHER);
    assert.deepEqual(command.options.turn, { secret: 'from-env', urls: ['turn:t.example'] });
    const empty = parseCommandLine([], { RTC_AUTH_SECRET: '', RTC_RESUME_SECRET: '' });
    assert.deepEqual(empty.kind === 'serve' && empty.options, { port: 8080, host: '127.0.0.1' });
  });

  it('reads the token command', () => {
    assert.deepEqual(
      parseCommandLine(['token', '--room', 'r', '--name', 'Ada', '--role', 'host', '--ttl', '60'], {
        RTC_AUTH_SECRET: SECRET,
      }),
      {
        kind: 'token',
        options: { secret: SECRET, room: 'r', name: 'Ada', role: 'host', ttlSeconds: 60 },
      },
    );
    assert.deepEqual(parseCommandLine(['token', '--help'], {}), { kind: 'help' });
  });

  for (const [args, pattern] of [
    [['--port', '-1'], /--port/],
    [['--auth-secret', 'short'], /--auth-secret.*32 bytes/],
    [['--resume-secret', 'short'], /--resume-secret.*32 bytes/],
    [['--turn-url', 'turn:t.example'], /--turn-secret/],
    [['--turn-secret', 'x'], /--turn-url/],
    [['--turn-ttl', '60'], /--turn-ttl/],
    [['--turn-secret', 'x', '--turn-url', 'turn:t.example', '--turn-ttl', '0'], /--turn-ttl/],
    [['--max-room-size', 'many'], /--max-room-size/],
    [['--max-room-size', '0'], /--max-room-size/],
    [['--ping-interval', '0'], /--ping-interval/],
    [['--ping-interval', '1.5'], /--ping-interval/],
    [['--departure-grace', '-1'], /departure-grace/],
    [['--metrics', 'yes'], /yes/],
    [['token', '--room', 'r'], /--secret/],
    [['token', '--secret', SECRET], /--room/],
    [['token', '--secret', 'short', '--room', 'r'], /32 bytes/],
    [['token', '--secret', SECRET, '--room', 'r', '--ttl', 'soon'], /--ttl/],
    [['token', '--port', '1'], /port/],
  ] as const) {
    it(`refuses ${args.join(' ')} with a message`, () => {
      assert.throws(
        () => parseCommandLine([...args], {}),
        (error: unknown) => error instanceof UsageError && pattern.test(error.message),
      );
    });
  }

  it('leaves to the server what only it checks, and the server names the option', () => {
    for (const [args, pattern] of [
      [['--allowed-origin', 'not a url'], /allowedOrigins/],
      [['--max-room-size', '5000'], /maxParticipantsPerRoom/],
    ] as const) {
      const command = parseCommandLine([...args], {});
      assert.equal(command.kind, 'serve');
      if (command.kind === 'serve') assert.throws(() => resolveOptions(command.options), pattern);
    }
  });
});
