// Time from network restore to frames flowing again after a 5 s cut (median of 5): two
// Chromium processes in their own network namespaces call through the real server in a hub
// namespace; one side's packets are really dropped (iptables) and then let through again.
// Needs root and the build. Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { launchChromiumIn } from '../../test/infra/chromium-in-netns.mjs';
import { createTestNetwork } from '../../test/infra/netns.mjs';
import { startServerProcess } from '../../test/helpers/server-process.mjs';

const CUT_MS = 5000;
const RUNS = Number(process.env.BENCH_RESTORE_RUNS ?? 5);

/** Frames shown so far by the page's first remote tile (0 when there is none yet). */
const framesOf = (page) =>
  page.evaluate(() => {
    const tile = document
      .querySelector('rtc-room')
      ?.shadowRoot?.querySelector('rtc-layout')
      ?.shadowRoot?.querySelector('[part~="remote-video"]');
    const video = tile?.shadowRoot?.querySelector('video');
    return video && video.videoWidth > 0 ? video.getVideoPlaybackQuality().totalVideoFrames : 0;
  });

const moreFrames = (page, than) =>
  page.waitForFunction(
    (min) => {
      const tile = document
        .querySelector('rtc-room')
        ?.shadowRoot?.querySelector('rtc-layout')
        ?.shadowRoot?.querySelector('[part~="remote-video"]');
      const video = tile?.shadowRoot?.querySelector('video');
      return Boolean(video && video.getVideoPlaybackQuality().totalVideoFrames > min);
    },
    { timeout: 60_000, polling: 20 },
    than,
  );

export async function runRestoreBenchmark() {
  const network = await createTestNetwork({ prefix: 'bench', hosts: ['a', 'b'] });
  try {
    const server = await startServerProcess({
      args: ['--host', network.hubIp, '--serve', '.', '--resume-secret', randomBytes(16).toString('hex')],
      spawn: (command, args, options) => network.spawnIn('hub', command, args, options),
    });
    const origin = new URL(server.httpUrl).origin;
    const [a, b] = await Promise.all(
      ['a', 'b'].map((host) => launchChromiumIn(network, host, { secureOrigins: origin })),
    );
    const room = `restore-${Date.now()}`;
    const pages = await Promise.all(
      [a, b].map(async (browser, i) => {
        const page = await browser.newPage();
        await page.goto(`${server.httpUrl}demo/?room=${room}&name=${'AB'[i]}`);
        await moreFrames(page, 10);
        return page;
      }),
    );
    const results = [];
    for (let run = 0; run < RUNS; run++) {
      await network.cut('a');
      await new Promise((resolve) => setTimeout(resolve, CUT_MS));
      const before = await Promise.all(pages.map(framesOf));
      await network.restore('a');
      const start = performance.now();
      // Both directions: b sees a again and a sees b again.
      await Promise.all(pages.map((page, i) => moreFrames(page, before[i] + 2)));
      results.push(performance.now() - start);
      await Promise.all(pages.map((page) => moreFrames(page, 0)));
    }
    return results;
  } finally {
    await network.destroy();
  }
}

export function printRestore(results) {
  const sorted = [...results].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `\nRestore after a ${CUT_MS / 1000} s network cut → frames flowing again both ways (median of ${results.length})`,
  );
  console.log(`  ${median.toFixed(0)} ms   [${results.map((v) => v.toFixed(0)).join(', ')}]`);
}

if (import.meta.url === `file://${process.argv[1]}`) printRestore(await runRestoreBenchmark());
