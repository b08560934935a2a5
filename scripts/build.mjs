// npm run build: tsc emits the per-module ES build with .d.ts (src, components, server, react,
// vue) into dist/, rollup bundles dist/rtc-elements.js for <script type="module"> pages, esbuild
// bundles the React and Vue demo apps into dist/demo/, and scripts/manifest.mjs writes
// custom-elements.json and the README's element reference.
// `--no-docs` leaves those two alone: npm test checks them for staleness instead of rewriting them.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']);
run(process.execPath, ['scripts/build-demos.mjs']);
chmodSync('dist/server/cli.js', 0o755);
if (!process.argv.includes('--no-docs')) run(process.execPath, ['scripts/manifest.mjs']);
