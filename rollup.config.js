// The script-tag build: one self-contained, minified ES module with Lit inside that registers
// every element. It bundles tsc's per-module output (dist/components/define.js), so the types
// and the npm modules come from one compiler run and the bundle from exactly the same code.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { eventemitter3Esm } from './scripts/eventemitter3-esm.mjs';

/** How every browser bundle is made; scripts/bundle-size.mjs bundles the core with the same. */
export const bundlePlugins = () => [
  {
    name: 'eventemitter3-esm',
    resolveId: (source) => (source === 'eventemitter3' ? eventemitter3Esm : null),
  },
  nodeResolve({ browser: true }),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

export default {
  input: 'dist/components/define.js',
  output: {
    file: 'dist/rtc-elements.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: bundlePlugins(),
};
