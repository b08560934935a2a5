// The signaling server as its own process on an ephemeral loopback port, the way a user runs
// it. `fromSource` runs server/cli.ts through tsx (no build needed); otherwise the built
// dist/server/cli.js, as `npm start` does.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export async function startServerProcess({ args = [], fromSource = false } = {}) {
  const entry = fromSource ? ['--import', 'tsx', 'server/cli.ts'] : ['dist/server/cli.js'];
  const child = spawn(process.execPath, [...entry, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const timeout = AbortSignal.timeout(20_000);
  const first = await Promise.race([
    once(lines, 'line', { signal: timeout }).then(([line]) => String(line)),
    once(child, 'exit', { signal: timeout }).then(([code]) => {
      throw new Error(
        `the signaling server exited with code ${code}${fromSource ? '' : '; was `npm run build` run?'}`,
      );
    }),
  ]).catch((error) => {
    child.kill();
    throw error.name === 'AbortError' ? new Error('the signaling server did not start within 20 s') : error;
  });
  const url = /ws:\/\/\S+/.exec(first)?.[0];
  if (!url) {
    child.kill();
    throw new Error(`unexpected first line from the signaling server: ${first}`);
  }
  return {
    url,
    httpUrl: url.replace(/^ws/, 'http'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
