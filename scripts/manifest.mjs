// npm run manifest (also the last step of npm run build): custom-elements.json from the
// components' JSDoc (@custom-elements-manifest/analyzer --litelement, settings in
// custom-elements-manifest.config.mjs), then the element reference in README.md from it.
//
//   node scripts/manifest.mjs          write custom-elements.json and README.md
//   node scripts/manifest.mjs --check  regenerate both into a temporary folder and compare them
//                                      with the committed files; exit 1 when either is stale
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { withReference } from './readme-reference.mjs';

export const MANIFEST = 'custom-elements.json';
export const README = 'README.md';

/** The manifest of the components as they are now, and its file text. */
export async function analyze() {
  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true });
  return { manifest, text: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** Writes both generated files into `folder`. */
async function generate(folder) {
  const { manifest, text } = await analyze();
  writeFileSync(join(folder, MANIFEST), text);
  writeFileSync(join(folder, README), await withReference(readFileSync(README, 'utf8'), manifest));
}

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/** The first line where two texts differ, for the message. */
function firstDifference(committed, fresh) {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line < 0 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end)')}, generated ${JSON.stringify(b[at] ?? '(end)')}`;
}

const main = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (main && process.argv.includes('--check')) {
  const folder = mkdtempSync(join(tmpdir(), 'rtc-manifest-'));
  try {
    await generate(folder);
    const stale = [MANIFEST, README].filter((file) => read(file) !== read(join(folder, file)));
    for (const file of stale) {
      console.error(`${file} is stale (${firstDifference(read(file), read(join(folder, file)))}).`);
    }
    if (stale.length > 0) {
      console.error(
        'The element docs changed: run `npm run manifest` (or `npm run build`) and commit custom-elements.json and README.md.',
      );
      process.exitCode = 1;
    } else {
      console.log(`${MANIFEST} and the element reference in ${README} are current.`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
} else if (main) {
  await generate('.');
}
