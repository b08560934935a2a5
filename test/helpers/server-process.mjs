// The signaling server as its own process on an ephemeral loopback port, the way a user runs
// it. `fromSource` runs server/cli.ts through tsx (no build needed); otherwise the built
// dist/server/cli.js, as `npm start` does. `spawn` can start it elsewhere (in a network namespace).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export async function startServerProcess({
  args = [],
  fromSource = false,
  port = 0,
  spawn: start = spawn,
} = {}) {
  const entry = fromSource ? ['--import', 'tsx', 'server/cli.ts'] : ['dist/server/cli.js'];
  const child = start(process.execPath, [...entry, '--port', String(port), ...args], {
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
    /** SIGTERM (a graceful shutdown), or another signal: SIGKILL for a crash. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
