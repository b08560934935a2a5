// Benchmark: the server's resident memory per idle connection, at 1,000 and at 10,000
// connections. The server (the built dist/server) and the clients each run in a process of
// their own; every connection has joined a room of ten and then sends nothing. Figures are
// taken after a full garbage collection in the server. Prints figures; asserts nothing.
//   node bench/server/idle-memory.mjs        (after npm run build; needs ulimit -n > 10,100)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './server-process.mjs';

const COUNTS = [1000, 10_000];

export async function runIdleMemoryBenchmark() {
  // Room for 10,000 clients and the probe; everything else at its default.
  const server = await startServer({ limits: { maxConnections: 20_000 } });
  const clients = spawn(
    process.execPath,
    [fileURLToPath(new URL('idle-clients.mjs', import.meta.url)), server.url],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const answers = createInterface({ input: clients.stdout })[Symbol.asyncIterator]();
  try {
    const baseline = await server.memory();
    const rows = [];
    for (const count of COUNTS) {
      clients.stdin.write(`open ${count}\n`);
      const { value } = await answers.next();
      if (value !== `ok ${count}`) throw new Error(`the client process said ${value}`);
      const used = await server.memory();
      rows.push({
        count,
        rss: used.rss,
        rssPerConnection: (used.rss - baseline.rss) / count,
        heapPerConnection: (used.heapUsed - baseline.heapUsed) / count,
        externalPerConnection: (used.external - baseline.external) / count,
      });
    }
    return { baseline, rows };
  } finally {
    clients.stdin.write('exit\n');
    await server.stop();
  }
}

export function printIdleMemory({ baseline, rows }) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  console.log(
    `\nServer memory per idle connection (joined, rooms of ten; built server, after GC; baseline RSS ${mib(baseline.rss)})`,
  );
  console.log('  connections   server RSS   RSS / conn   heap / conn   external / conn');
  for (const row of rows) {
    console.log(
      `  ${String(row.count).padStart(11)}   ${mib(row.rss).padStart(10)}   ${kib(row.rssPerConnection).padStart(10)}   ${kib(row.heapPerConnection).padStart(11)}   ${kib(row.externalPerConnection).padStart(15)}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printIdleMemory(await runIdleMemoryBenchmark());
}
