// The server benchmarks, both in one run, with a small summary table at the end:
//   1. hostile messages per second absorbed beside a call in another room (hostile.mjs);
//   2. resident memory per idle connection at 1,000 and 10,000 connections (idle-memory.mjs).
// Needs the build (npm run build). Prints figures; asserts nothing.
import { printHostile, runHostileBenchmark } from './hostile.mjs';
import { printIdleMemory, runIdleMemoryBenchmark } from './idle-memory.mjs';
import { requireBuild } from './server-process.mjs';

requireBuild();
const hostile = await runHostileBenchmark();
printHostile(hostile);
const idle = await runIdleMemoryBenchmark();
printIdleMemory(idle);

const ms = (value) => `${value.toFixed(1)} ms`;
const byMode = Object.fromEntries(hostile.rows.map((row) => [row.mode, row]));
const summary = [
  [
    'call relay latency, no hostile traffic (median / p95)',
    `${ms(byMode.none.median)} / ${ms(byMode.none.p95)}`,
  ],
  [
    'hostile msg/s absorbed, steady (median / p95 call latency)',
    `${byMode.steady.hostilePerSecond.toFixed(0)}/s (${ms(byMode.steady.median)} / ${ms(byMode.steady.p95)})`,
  ],
  [
    'hostile msg/s absorbed, flood (median / p95 call latency)',
    `${byMode.flood.hostilePerSecond.toFixed(0)}/s (${ms(byMode.flood.median)} / ${ms(byMode.flood.p95)})`,
  ],
  ['call messages lost under hostile traffic', String(byMode.steady.lost + byMode.flood.lost)],
  ...idle.rows.map((row) => [
    `RSS per idle connection at ${row.count.toLocaleString('en')}`,
    `${(row.rssPerConnection / 1024).toFixed(1)} KiB`,
  ]),
];
const width = Math.max(...summary.map(([label]) => label.length));
console.log('\nSignaling server summary');
for (const [label, value] of summary) console.log(`  ${label.padEnd(width)}  ${value}`);
