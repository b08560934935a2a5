/** The signaling server running as its own process. */
export interface ServerProcess {
  /** The ws:// URL it printed. */
  url: string;
  /** The http:// origin of the same port, where `--serve` files are. */
  httpUrl: string;
  stop(): Promise<void>;
}

export declare function startServerProcess(options?: {
  args?: string[];
  fromSource?: boolean;
}): Promise<ServerProcess>;
