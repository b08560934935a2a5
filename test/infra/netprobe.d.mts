/** The path of netprobe.mjs, to run it as a command inside a namespace. */
export declare const netprobePath: string;
/** One STUN Binding request over UDP; true when answered within timeoutMs. */
export declare function stunBinding(host: string, port: number, timeoutMs?: number): Promise<boolean>;
/** STUN Binding requests until one is answered or deadlineMs has passed. */
export declare function waitForStun(
  host: string,
  port: number,
  deadlineMs: number,
  shouldStop?: () => boolean,
): Promise<{ ok: boolean; ms: number }>;
