// A signaling server in a process of its own, so a test can measure that process's memory
// and nothing else. Started by child-server.ts: argv[2] is the options as JSON. It prints one
// line of JSON with its URLs, then answers each line on stdin:
//   memory  one line of JSON: process.memoryUsage() after a full garbage collection, and
//           whether anything was added to Object.prototype (prototype pollution)
//   close   closes the server gracefully and exits
import { createInterface } from 'node:readline';
import { createSignalingServer, type SignalingServerOptions } from '../../server/index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as SignalingServerOptions;
const server = await createSignalingServer({ port: 0, ...options });
process.stdout.write(`${JSON.stringify({ url: server.url, httpUrl: server.httpUrl })}\n`);

const collect = (globalThis as { gc?: () => void }).gc;
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'memory') {
    // Twice: the first pass can leave garbage that only a second one frees (weak refs, finalizers).
    collect?.();
    collect?.();
    const report = {
      ...process.memoryUsage(),
      prototypeKeys: Object.getOwnPropertyNames(Object.prototype).length,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else if (line === 'close') {
    await server.close();
    process.exit(0);
  }
}
