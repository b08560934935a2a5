import { spawnSync } from 'node:child_process';

/** Browser globals that a module meant for server rendering must not read or write. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'HTMLElement',
  'MediaStream',
  'RTCPeerConnection',
  'BroadcastChannel',
  'requestAnimationFrame',
];

/**
 * Imports `specifiers` in a fresh Node process whose browser globals are traps, and returns
 * each access made from the package's own built code (dist/), as "get window at file:line".
 * Lit's own feature detection (it reads `document` in Node) is not counted: it lives in
 * node_modules. `customElements` is not trapped: in Node it is Lit's server-rendering registry,
 * which the elements register into on purpose.
 */
export function browserGlobalsTouched(specifiers: string[]): string[] {
  const script = `
    const touched = [];
    // The stack's lines: "Error", this function, the trap, then the code that used the global.
    const ours = () => new Error().stack.split('\\n')[3] ?? '';
    for (const name of ${JSON.stringify(BROWSER_GLOBALS)}) {
      let value;
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() { const at = ours(); if (at.includes('/dist/')) touched.push('get ' + name + ' ' + at.trim()); return value; },
        set(next) { const at = ours(); if (at.includes('/dist/')) touched.push('set ' + name + ' ' + at.trim()); value = next; },
      });
    }
    for (const specifier of ${JSON.stringify(specifiers)}) await import(specifier);
    process.stdout.write(JSON.stringify(touched));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`importing ${specifiers.join(', ')} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as string[];
}
