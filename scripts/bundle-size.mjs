// The sizes a page pays for, measured one way for `npm test` (the size budget) and
// `npm run bench`: the script-tag bundle dist/rtc-elements.js (every element, Lit inside), and
// the core with one adapter (Session + createWebSocketSignaling from the built dist, bundled
// with the same rollup plugins and terser settings as the script-tag bundle, in memory).
// Compressed as a server would: gzip level 9, brotli quality 11, with node:zlib.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins } from '../rollup.config.js';

export const FULL = 'dist/rtc-elements.js';
export const CORE = 'core with one adapter (Session + createWebSocketSignaling)';

export function compressedSizes(bytes) {
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** A minified bundle of just what `imports` names from the built core (dist/src/index.js). */
export async function coreBundle(imports = ['Session', 'createWebSocketSignaling']) {
  const entry = '\0size-entry';
  const core = JSON.stringify(resolve('dist/src/index.js'));
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'size-entry',
        resolveId: (source) => (source === entry ? entry : null),
        load: (id) => (id === entry ? `export { ${imports.join(', ')} } from ${core};` : null),
      },
      ...bundlePlugins(),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return Buffer.from(output[0].code);
  } finally {
    await bundle.close();
  }
}

/** Both measurements, after `npm run build`. */
export async function measureBundles() {
  return [
    { name: FULL, ...compressedSizes(readFileSync(FULL)) },
    { name: CORE, ...compressedSizes(await coreBundle()) },
  ];
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** One line per bundle: `name: minified …, gzip …, brotli …`. */
export const describeSizes = ({ name, minified, gzip, brotli }) =>
  `${name}: minified ${kib(minified)}, gzip ${kib(gzip)}, brotli ${kib(brotli)}`;
