import type { ChildProcess, SpawnOptions } from 'node:child_process';

export interface CoturnOptions {
  /** coturn's static-auth-secret (TURN REST API credentials). */
  secret: string;
  /** Default "127.0.0.1". */
  listeningIp?: string;
  /** 0 or omitted: a free port (in another namespace: a random one, retried if coturn cannot bind it). */
  port?: number;
  /** Default: listeningIp. */
  relayIp?: string;
  /** Default "rtc-elements.test". */
  realm?: string;
  /** Relay port range; default 49152-65535. */
  minPort?: number;
  maxPort?: number;
  /**
   * Starts processes elsewhere, e.g. `(cmd, args, opts) => network.spawnIn('hub', cmd, args, opts)`.
   * The readiness probe then runs through it too. Default: a child process in this namespace.
   */
  spawn?: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;
  /** coturn's `verbose` (allocations, permissions, channel binds in output()). */
  verbose?: boolean;
  /** Readiness deadline; default 15000. */
  timeoutMs?: number;
}

export interface TurnCredentials {
  /** "<expiry unix seconds>:<user>" */
  username: string;
  /** base64(HMAC-SHA1(secret, username)) */
  credential: string;
}

export interface Coturn {
  /** "turn:IP:PORT" (UDP and TCP on the same port). */
  url: string;
  /** "stun:IP:PORT" */
  stunUrl: string;
  host: string;
  port: number;
  realm: string;
  secret: string;
  pid: number | undefined;
  /** ms from spawn to the first STUN answer. */
  startMs: number;
  /** TURN REST credentials for this server; negative ttlSeconds gives expired ones. */
  credentials(user?: string, ttlSeconds?: number): TurnCredentials;
  /** The last 500 lines coturn printed. */
  output(): string;
  /** Resolves with the first line matching `pattern` (polled; default deadline 5000 ms). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM (SIGKILL after 3 s) and removes the config folder. Idempotent. */
  stop(): Promise<void>;
}

/** Starts coturn and resolves once it answers a STUN Binding request. */
export declare function startCoturn(options: CoturnOptions): Promise<Coturn>;

export declare function turnCredentials(
  secret: string,
  user?: string,
  ttlSeconds?: number,
  now?: number,
): TurnCredentials;
