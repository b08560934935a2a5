// Debian's Chromium as its own process inside one host's network namespace, driven by
// puppeteer-core over a pipe: `pipe: true` makes puppeteer talk CDP over inherited file
// descriptors 3 and 4, which cross the namespace boundary, where the DevTools TCP port would
// be unreachable from this process. The executable puppeteer starts is a generated wrapper:
//   exec ip netns exec <ns> /usr/bin/chromium "$@"
// (`ip netns exec` and Debian's chromium script both exec, so the pid puppeteer holds is Chromium's.)
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, requireChromium } from '../helpers/chromium.mjs';
import { findTool } from './netns.mjs';

const shellQuote = (value) => `'${String(value).replaceAll("'", `'\\''`)}'`;

/**
 * @param {import('./netns.d.mts').TestNetwork} network
 * @param {string} host
 * @param {import('./chromium-in-netns.d.mts').LaunchInNetnsOptions} [options]
 */
export async function launchChromiumIn(
  network,
  host,
  { extraArgs = [], secureOrigins = [], headless = true, allowLoopback = false } = {},
) {
  const chromium = requireChromium();
  const info = network.hosts[host];
  if (!info)
    throw new Error(
      `no host "${host}" in this test network (hosts: ${Object.keys(network.hosts).join(', ')})`,
    );
  const ip = findTool('ip');
  const origins = typeof secureOrigins === 'string' ? [secureOrigins] : secureOrigins;

  const dir = mkdtempSync(join(tmpdir(), `rtc-chromium-${host}-`));
  const wrapper = join(dir, 'chromium');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec ${shellQuote(ip)} netns exec ${shellQuote(info.ns)} ${shellQuote(chromium)} "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  const removeWrapper = () => rmSync(dir, { recursive: true, force: true });

  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: wrapper,
      pipe: true,
      headless,
      args: [
        // Without --allow-loopback-in-peer-connection unless asked: in a namespace nothing useful
        // is on 127.0.0.1, and a TURN allocation from a socket bound to 127.0.0.1 towards the
        // hub is never answered, which holds ICE gathering in 'gathering' for ~15 s+.
        ...chromiumFlags.filter((flag) => allowLoopback || flag !== '--allow-loopback-in-peer-connection'),
        // Pages come over plain http from the hub's IP: not a secure context, so no
        // getUserMedia without this.
        ...(origins.length > 0 ? [`--unsafely-treat-insecure-origin-as-secure=${origins.join(',')}`] : []),
        ...extraArgs,
      ],
    });
  } catch (error) {
    removeWrapper();
    throw new Error(`Chromium did not start in namespace ${info.ns}: ${error.message}`);
  }
  browser.once('disconnected', removeWrapper);
  // Closed with the network at the latest; destroy() then kills whatever is left inside.
  network.onDestroy(() => {
    removeWrapper();
    return browser.close().catch(() => {});
  });
  return browser;
}
