import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MIN_SECRET_BYTES, type CreateTokenOptions } from './auth.js';
import type { SignalingServerOptions } from './options.js';

export const USAGE = `Usage: rtc-elements-server [options]
       rtc-elements-server token --secret S --room R [--name N] [--role R] [--ttl SECONDS]

Runs the rtc-elements signaling server.

  --port N               TCP port to listen on (default 8080; 0 picks a free one)
  --host H               interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --serve DIR            also serve the files in DIR over HTTP, for the demo pages

Security
  --auth-secret S        require on every join an access token signed with S (HS256, at least
                         32 characters); default env RTC_AUTH_SECRET, else no tokens needed
  --allowed-origin O     accept WebSockets only from browser origin O, e.g.
                         https://app.example.com (repeatable; default every origin)
  --resume-secret S      key of the resume tokens (at least 32 characters), so calls survive
                         a restart; default env RTC_RESUME_SECRET, else random per process
  --max-room-size N      participants per room (default 50, at most 1000)

ICE servers handed to every client
  --stun-url U           a STUN server, e.g. stun:stun.example.com:3478 (repeatable)
  --turn-url U           a TURN server, e.g. turns:turn.example.com:5349 (repeatable)
  --turn-secret S        coturn's static-auth-secret, for per-client TURN credentials;
                         default env RTC_TURN_SECRET
  --turn-ttl N           lifetime of a TURN credential in seconds (default 3600)

Operations
  --metrics              serve Prometheus metrics at /metrics (default off)
  --ping-interval MS     ping every client this often; cut it after a missed ping (default 15000)
  --departure-grace MS   how long a dropped participant may come back before the others
                         are told it left (default 10000)
  --help                 show this help

The token command prints one access token for an app's back end or for testing, and exits:
  --secret S             the server's --auth-secret (default env RTC_AUTH_SECRET)
  --room R               the room it admits to
  --name N               the display name the server stamps on its holder
  --role R               the role it grants, e.g. host
  --ttl SECONDS          how long it can be used to join (default 3600)

Secrets on the command line are visible to other users of this machine (ps); prefer the
environment variables. SIGTERM or SIGINT closes every client with 1012 and exits 0.
`;

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | {
      kind: 'serve';
      options: SignalingServerOptions & { port: number; host: string };
      serve: string | undefined;
    }
  | { kind: 'token'; options: CreateTokenOptions };

/** Thrown for a command line that cannot work; the message is meant for the user. */
export class UsageError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the command line (`args` without node and the script) and the environment. */
export function parseCommandLine(args: string[], env: Env): Command {
  return args[0] === 'token' ? readToken(args.slice(1), env) : readServe(args, env);
}

function readServe(args: string[], env: Env): Command {
  const values = parse(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    serve: { type: 'string' },
    'auth-secret': { type: 'string' },
    'allowed-origin': { type: 'string', multiple: true },
    'resume-secret': { type: 'string' },
    'turn-secret': { type: 'string' },
    'turn-url': { type: 'string', multiple: true },
    'turn-ttl': { type: 'string' },
    'stun-url': { type: 'string', multiple: true },
    'max-room-size': { type: 'string' },
    metrics: { type: 'boolean' },
    'ping-interval': { type: 'string' },
    'departure-grace': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help' };

  const port = wholeNumber(values.port ?? '8080', '--port', 0);
  if (port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty');
  const serve = values.serve === undefined ? undefined : resolve(values.serve);
  if (serve !== undefined && !isFolder(serve)) {
    throw new UsageError(`--serve needs a folder, and ${serve} is not one`);
  }

  const options: SignalingServerOptions & { port: number; host: string } = { port, host };
  if (serve !== undefined) options.staticDir = serve;
  const authSecret = secret(values['auth-secret'], env.RTC_AUTH_SECRET, '--auth-secret', 'RTC_AUTH_SECRET');
  if (authSecret !== undefined) options.auth = { secret: authSecret };
  if (values['allowed-origin']) options.allowedOrigins = values['allowed-origin'];
  const resumeSecret = secret(
    values['resume-secret'],
    env.RTC_RESUME_SECRET,
    '--resume-secret',
    'RTC_RESUME_SECRET',
  );
  if (resumeSecret !== undefined) options.resumeSecret = resumeSecret;
  if (values['stun-url']) options.iceServers = [{ urls: values['stun-url'] }];

  const turnSecret = values['turn-secret'] ?? (env.RTC_TURN_SECRET || undefined);
  const turnUrls = values['turn-url'];
  if (turnSecret !== undefined && !turnUrls)
    throw new UsageError('--turn-secret needs at least one --turn-url');
  if (turnUrls && turnSecret === undefined) {
    throw new UsageError('--turn-url needs --turn-secret (or RTC_TURN_SECRET)');
  }
  if (turnSecret !== undefined && turnUrls) {
    options.turn = { secret: turnSecret, urls: turnUrls };
    if (values['turn-ttl'] !== undefined)
      options.turn.ttlSeconds = wholeNumber(values['turn-ttl'], '--turn-ttl', 1);
  } else if (values['turn-ttl'] !== undefined) {
    throw new UsageError('--turn-ttl needs --turn-secret and --turn-url');
  }

  if (values['max-room-size'] !== undefined) {
    options.limits = { maxParticipantsPerRoom: wholeNumber(values['max-room-size'], '--max-room-size', 1) };
  }
  if (values.metrics) options.metrics = true;
  if (values['ping-interval'] !== undefined) {
    options.pingIntervalMs = wholeNumber(values['ping-interval'], '--ping-interval', 1);
  }
  if (values['departure-grace'] !== undefined) {
    options.departureGraceMs = wholeNumber(values['departure-grace'], '--departure-grace', 0);
  }
  return { kind: 'serve', options, serve };
}

function readToken(args: string[], env: Env): Command {
  const values = parse(args, {
    secret: { type: 'string' },
    room: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    ttl: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { kind: 'help' };
  const key = secret(values.secret, env.RTC_AUTH_SECRET, '--secret', 'RTC_AUTH_SECRET');
  if (key === undefined) throw new UsageError('token needs --secret (or RTC_AUTH_SECRET)');
  if (values.room === undefined) throw new UsageError('token needs --room');
  const options: CreateTokenOptions = { secret: key, room: values.room };
  if (values.name !== undefined) options.name = values.name;
  if (values.role !== undefined) options.role = values.role;
  if (values.ttl !== undefined) options.ttlSeconds = wholeNumber(values.ttl, '--ttl', 1);
  return { kind: 'token', options };
}

type Spec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<const S extends NonNullable<Spec>>(args: string[], options: S) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A signing secret from its flag or else its environment variable, checked for length. */
function secret(
  flag: string | undefined,
  fromEnv: string | undefined,
  name: string,
  variable: string,
): string | undefined {
  // An empty variable counts as unset, the way shells and container specs often leave them.
  const value = flag ?? (fromEnv || undefined);
  if (value !== undefined && Buffer.byteLength(value) < MIN_SECRET_BYTES) {
    throw new UsageError(`${name} (or ${variable}) must be at least ${MIN_SECRET_BYTES} bytes long`);
  }
  return value;
}

function wholeNumber(text: string, flag: string, min: number): number {
  const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(value >= min))
    throw new UsageError(`${flag} must be a whole number of at least ${min}, not "${text}"`);
  return value;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
