// npm run bench: prints the figures; nothing here is asserted.
//   1. join to first remote frame: the SDK beside bare RTCPeerConnections, same page, same run;
//   2. files and chat: throughput beside a bare RTCDataChannel, chat latency (bench/data.js);
//   3. the size of the script-tag bundle, gzip and brotli;
//   4. the signaling server: hostile traffic absorbed, memory per idle connection (bench/server);
//   5. with root: time from network restore to frames after a 5 s cut (bench/network).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, requireChromium } from '../test/helpers/chromium.mjs';
import { createSignalingServer } from '../dist/server/index.js';

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

  const bundle = readFileSync('dist/rtc-elements.js');
  const gzip = gzipSync(bundle, { level: 9 }).length;
  const brotli = brotliCompressSync(bundle, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

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

  console.log('\nScript-tag bundle dist/rtc-elements.js (every element, Lit included)');
  console.log(`  minified ${kib(bundle.length)}, gzip ${kib(gzip)}, brotli ${kib(brotli)}`);
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
