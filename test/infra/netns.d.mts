import type { ChildProcess, SpawnOptions } from 'node:child_process';

/** One host of a test network: its own network namespace, joined to the hub's bridge. */
export interface TestHost {
  /** The network namespace's name (`ip netns exec <ns> …`). */
  ns: string;
  /** Its IPv4 address on the bridge, e.g. "10.99.0.2" (/24). */
  ip: string;
  /** The interface name inside the namespace: "eth0". */
  iface: string;
  /** The host's bridge port in the hub namespace, e.g. "p-a". */
  hubPort: string;
}

export interface TestNetwork {
  prefix: string;
  /** The hub namespace's name. */
  hubNs: string;
  /** The hub's address on the bridge ("10.99.0.1" by default): run the servers here. */
  hubIp: string;
  /** The first three octets, e.g. "10.99.0". */
  subnet: string;
  hosts: Record<string, TestHost>;
  /**
   * True when outgoing packets are dropped silently in the hub (bridge netfilter); false when
   * the kernel lacks it and they are dropped in the host's OUTPUT chain (sends fail with EPERM).
   */
  readonly silentEgress: boolean;
  /**
   * Starts `command` inside a namespace: a host name, "hub", or a namespace name of this
   * network. Killed (SIGTERM, then SIGKILL after 2 s) by destroy().
   */
  spawnIn(nsName: string, command: string, args?: readonly string[], options?: SpawnOptions): ChildProcess;
  /** Runs a short command inside a namespace; resolves with its stdout, rejects with its stderr. */
  exec(
    nsName: string,
    command: string,
    args?: readonly string[],
    options?: { input?: string; timeoutMs?: number },
  ): Promise<string>;
  /** Runs `hook` first when the network is destroyed (awaited, at most 5 s each). */
  onDestroy(hook: () => unknown): void;
  /** Drops every IPv4 packet into and out of the host (not its loopback). Idempotent. */
  cut(host: string): Promise<void>;
  /** Undoes cut(). Idempotent. */
  restore(host: string): Promise<void>;
  /**
   * Drops each packet into and out of the host with this probability (0…1), independently per
   * direction (a round trip is lost with 1 − (1 − p)²). Replaces an earlier setLoss; 0 clears.
   */
  setLoss(host: string, probability: number): Promise<void>;
  clearLoss(host: string): Promise<void>;
  /**
   * Runs the onDestroy hooks, kills every process started with spawnIn and every other process
   * still inside the namespaces, and deletes them. Idempotent; also runs (synchronously, without
   * the graceful steps) on process exit, SIGINT, SIGTERM and SIGHUP.
   */
  destroy(): Promise<void>;
  /** destroy() for process exit: SIGKILL and delete, no waiting. */
  destroySync(): void;
}

export interface TestNetworkOptions {
  /** 1-10 lowercase letters/digits; namespaces are named `<prefix>-<pid>-<n>-<host>`. Default "rtc". */
  prefix?: string;
  /** Host names: 1-12 lowercase letters/digits each, not "hub". */
  hosts: string[];
  /** First three octets of the /24; default "10.99.0" (nothing outside the namespaces sees it). */
  subnet?: string;
  /**
   * Where a host's outgoing packets are dropped by cut()/setLoss():
   *  - "hub": in the hub, as they enter the bridge (needs br_netfilter): silent, sends succeed,
   *    like a dead upstream link;
   *  - "host": in the host's own OUTPUT chain: every send fails at once with EPERM, like a local
   *    firewall.
   * Default: "hub" when available, else "host" (see `silentEgress`).
   */
  egress?: 'hub' | 'host';
}

/**
 * Creates the network. Throws one error naming what is missing (root, iproute2, iptables,
 * `ip netns add` refused, bridge or veth support) before or instead of a half-built network.
 */
export declare function createTestNetwork(options: TestNetworkOptions): Promise<TestNetwork>;

/** The absolute path of a command, also looking in /usr/sbin and /sbin. */
export declare function findTool(name: string): string | null;
