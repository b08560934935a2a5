// The built signaling server (dist/server) in a process of its own, for the benchmarks:
// argv[2] is the options as JSON. Prints one line of JSON with its URLs, then answers each
// line on stdin: "memory" with process.memoryUsage() after a full GC, "close" by exiting.
import { createInterface } from 'node:readline';
import { createSignalingServer } from '../../dist/server/index.js';

const server = await createSignalingServer({ port: 0, ...JSON.parse(process.argv[2] ?? '{}') });
process.stdout.write(`${JSON.stringify({ url: server.url, httpUrl: server.httpUrl })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'memory') {
    globalThis.gc?.();
    globalThis.gc?.();
    process.stdout.write(`${JSON.stringify(process.memoryUsage())}\n`);
  } else if (line === 'close') {
    await server.close();
    process.exit(0);
  }
}
