// npm run bench: prints the figures; nothing here is asserted.
//   1. join to first remote frame: the SDK beside bare RTCPeerConnections, same page, same run;
//   2. files and chat: throughput beside a bare RTCDataChannel, chat latency (bench/data.js);
//   3. the size of the script-tag bundle and of the core with one adapter, gzip and brotli
//      (scripts/bundle-size.mjs, the same measurement as the size budget in npm test);
//   4. the signaling server: hostile traffic absorbed, memory per idle connection (bench/server);
//   5. with root: time from network restore to frames after a 5 s cut (bench/network).
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, requireChromium } from '../test/helpers/chromium.mjs';
import { createSignalingServer } from '../dist/server/index.js';
import { describeSizes, measureBundles } from '../scripts/bundle-size.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;

// The built server, in this process, serving the repository for the benchmark page.
const server = await createSignalingServer({ port: 0, staticDir: '.' });
const browser = await puppeteer.launch({
  executablePath: requireChromium(),
  headless: true,
  args: chromiumFlags,
});
try {
  const page = await browser.newPage();
  await page.goto(`${server.httpUrl}bench/join-to-frame.html`);
  await page.waitForFunction(() => typeof window.runBenchmark === 'function');
  // One warm-up round: the first capture in a fresh browser is much slower than the rest.
  await page.evaluate(() => window.runBenchmark(1));
  const { sdk, bare } = await page.evaluate((runs) => window.runBenchmark(runs), RUNS);

  console.log(
    `\nJoin to first remote frame, two participants in one page (median of ${RUNS}, Chromium, fake devices)`,
  );
  console.log(
    `  rtc-elements Session (memory signaling)   ${ms(median(sdk))}   [${sdk.map((v) => v.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `  bare RTCPeerConnection pair (the floor)    ${ms(median(bare))}   [${bare.map((v) => v.toFixed(0)).join(', ')}]`,
  );
  console.log(`  overhead over the floor                    ${ms(median(sdk) - median(bare))}`);
  await page.goto(`${server.httpUrl}bench/data.html`);
  await page.waitForFunction(() => typeof window.runDataBenchmark === 'function');
  const data = await page.evaluate((options) => window.runDataBenchmark(options), {
    fileBytes: 50 * 1024 * 1024,
    runs: 3,
    messages: 200,
  });
  const sortedLatency = [...data.latencies].sort((a, b) => a - b);
  const p95 = sortedLatency[Math.floor(sortedLatency.length * 0.95)];
  const mbps = (values) =>
    `${median(values).toFixed(1)} MB/s [${values.map((v) => v.toFixed(1)).join(', ')}]`;
  console.log('\nFile transfer, 50 MB between two participants in one page (median of 3)');
  console.log(`  session.files (offer, accept, SHA-256 check)   ${mbps(data.sdk)}`);
  console.log(`  bare RTCDataChannel, same chunks and buffer     ${mbps(data.bare)}`);
  console.log('\nChat message latency, send → arrival, 200 messages one at a time');
  console.log(`  median ${median(data.latencies).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);

  console.log('\nBundle sizes (the script-tag bundle has every element and Lit inside)');
  for (const sizes of await measureBundles()) console.log(`  ${describeSizes(sizes)}`);
} finally {
  await browser.close();
  await server.close();
}

// The signaling server's figures, and (with root, for network namespaces) recovery after a cut.
spawnSync(process.execPath, ['bench/server/run.mjs'], { stdio: 'inherit' });
if (process.getuid?.() === 0) {
  spawnSync(process.execPath, ['bench/network/restore.mjs'], { stdio: 'inherit' });
} else {
  console.log('\nRestore after a network cut: not measured (needs root for network namespaces).');
}
