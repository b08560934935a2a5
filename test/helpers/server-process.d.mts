import type { ChildProcess, SpawnOptions } from 'node:child_process';

/** The signaling server running as its own process. */
export interface ServerProcess {
  /** The ws:// URL it printed. */
  url: string;
  /** The http:// origin of the same port, where `--serve` files are. */
  httpUrl: string;
  /** SIGTERM (a graceful shutdown) by default; SIGKILL for a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export declare function startServerProcess(options?: {
  args?: string[];
  fromSource?: boolean;
  /** Default 0: a free port. */
  port?: number;
  /** Starts the process somewhere else, e.g. in a test network namespace. Default: child_process.spawn. */
  spawn?: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;
}): Promise<ServerProcess>;
