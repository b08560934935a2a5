// The React and Vue demo apps, bundled with esbuild into dist/demo/ (left out of the npm
// package). Each imports the package by its name, which resolves to the build in dist/
// through package.json "exports", so run this after tsc.
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2021',
  sourcemap: true,
  logLevel: 'warning',
  // Ignore tsconfig.json: its `paths` point the package's name at the TypeScript sources,
  // for type-checking; the demos must use the build, as an app would.
  tsconfigRaw: {},
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['demo/react/app.tsx'],
    outfile: 'dist/demo/react/app.js',
    jsx: 'automatic',
    // React's development build, so that <StrictMode> does its double mount checks.
    define: { 'process.env.NODE_ENV': '"development"' },
  }),
  build({
    ...common,
    entryPoints: ['demo/vue/app.ts'],
    outfile: 'dist/demo/vue/app.js',
    minify: true,
    // Vue's full build compiles the template in the page; its flags as Vue documents them.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  }),
]);
