// Starts bench/server/serve.mjs (the built server) as a child process and talks to it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export function requireBuild() {
  if (!existsSync(fileURLToPath(new URL('../../dist/server/index.js', import.meta.url)))) {
    throw new Error('dist/server is missing: run `npm run build` first');
  }
}

/** Resolves with { url, httpUrl, memory(), stop() } once the server listens. */
export async function startServer(options = {}) {
  requireBuild();
  const child = spawn(process.execPath, ['--expose-gc', `${here}serve.mjs`, JSON.stringify(options)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the server process ended');
    return value;
  };
  const { url, httpUrl } = JSON.parse(await nextLine());
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    httpUrl,
    async memory() {
      child.stdin.write('memory\n');
      return JSON.parse(await nextLine());
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.stdin.write('close\n');
      await exited;
    },
  };
}

/** One sample of a Prometheus text exposition; 0 when absent. */
export async function scrape(httpUrl, name) {
  const text = await (await fetch(`${httpUrl}metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}

export const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
