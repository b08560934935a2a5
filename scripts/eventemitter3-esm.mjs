// eventemitter3's "import" entry (index.mjs) re-exports its CommonJS file, which a browser
// cannot load without a CommonJS transform. The package also ships a real ES module build;
// the dev server and the bundler are pointed at it instead.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Absolute path of eventemitter3's ES module build. */
export const eventemitter3Esm = join(
  dirname(require.resolve('eventemitter3/package.json')),
  'dist/eventemitter3.esm.js',
);
