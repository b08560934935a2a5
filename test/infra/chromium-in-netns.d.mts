import type { Browser } from 'puppeteer-core';
import type { TestNetwork } from './netns.mjs';

export interface LaunchInNetnsOptions {
  /** Added after the flags of test/helpers/chromium.mjs. */
  extraArgs?: string[];
  /**
   * Origins (scheme://host:port) to treat as secure contexts, e.g. `http://10.99.0.1:8080`,
   * so that getUserMedia works on pages served over plain http from the hub.
   */
  secureOrigins?: string | string[];
  /** Default true. */
  headless?: boolean;
  /**
   * Keep chromium.mjs's --allow-loopback-in-peer-connection (default false: dropped, because
   * 127.0.0.1 candidates are useless across namespaces and a TURN allocation from them is never
   * answered, which stalls ICE gathering for ~15 s or more).
   */
  allowLoopback?: boolean;
}

/**
 * Debian's Chromium running inside `host`'s namespace (puppeteer-core over a pipe). Closed by
 * `browser.close()`, or at the latest by `network.destroy()`.
 */
export declare function launchChromiumIn(
  network: TestNetwork,
  host: string,
  options?: LaunchInNetnsOptions,
): Promise<Browser>;
