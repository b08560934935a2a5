import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** The built signaling server running as its own process, as `npm start` runs it. */
export interface ServerProcess {
  /** The ws:// URL it printed. */
  url: string;
  /** The http:// origin of the same port, where `--serve` files are. */
  httpUrl: string;
  stop(): Promise<void>;
}

/** Starts `dist/server/cli.js` on an ephemeral loopback port and waits for its first line. */
export async function startServerProcess(args: string[] = []): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['dist/server/cli.js', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the server exited with code ${code}; was \`npm run build\` run?`);
    }),
  ]);
  const url = /ws:\/\/\S+/.exec(first)?.[0];
  if (!url) throw new Error(`unexpected first line from the server: ${first}`);
  return {
    url,
    httpUrl: url.replace(/^ws/, 'http'),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
