// npm test: every suite, then one line that sums them: "N passed, N failed".
//   0. lint and type-check (counted as one check); custom-elements.json and the README's element
//      reference regenerated and compared with the committed files (one check)
//   1. build (the end-to-end tests load the built bundle from the built server)
//   2. Node: the signaling server, the package as shipped (element docs, React and Vue wrappers
//      for every element, README examples, size budget), server rendering with the React and
//      Vue entries, the test network tooling, and the end-to-end browser calls (node:test; the
//      network fault tests need root for network namespaces)
//   3. browser: core, signaling and elements, the whole suite in headless Chromium and then in
//      headless Firefox ESR (web-test-runner), one result line per browser
// A suite that cannot run counts as a failure with its reason; nothing is skipped silently.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './helpers/chromium.mjs';
import { firefoxPath } from './helpers/firefox.mjs';

const results = [];
const scratch = mkdtempSync(join(tmpdir(), 'rtc-test-'));

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function record(suite, passed, failed, note) {
  results.push({ suite, passed, failed, note });
}

function testFiles(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(folder, name));
}

// 0. Chromium and Firefox: installed with apt when possible, else a clear failure for the
// suites that need the missing one (the script says which).
run('bash', ['scripts/install-test-deps.sh']);
const chromiumReady = existsSync(chromiumPath);
const firefoxReady = existsSync(firefoxPath);

// 0. Lint, types and formatting.
const linted = run('npm', ['run', '--silent', 'lint']) === 0;
record('lint (eslint, tsc, prettier)', linted ? 1 : 0, linted ? 0 : 1);

// 0. The generated docs match the components' JSDoc. Checked before the build, which would
// otherwise regenerate them; the build below leaves them as committed (--no-docs).
const docsCurrent = run(process.execPath, ['scripts/manifest.mjs', '--check']) === 0;
record('custom-elements.json and README reference current', docsCurrent ? 1 : 0, docsCurrent ? 0 : 1);

// 1. Build.
const built = run(process.execPath, ['scripts/build.mjs', '--no-docs']) === 0;
if (!built) record('build', 0, 1, 'npm run build failed; see above');

// 2. Node suites: the server, the package checks, the React and Vue entries in Node (server
// rendering, against the build), and the end-to-end calls (which need the
// build and Chromium; the Chromium-Firefox call also needs Firefox and fails with that reason
// without it).
// test/infra checks the network-namespace, Chromium-in-namespace and coturn tooling the
// end-to-end fault tests stand on.
const nodeFiles = [
  ...testFiles('test/server'),
  ...testFiles('test/package'),
  ...(built ? [...testFiles('test/react'), ...testFiles('test/vue')] : []),
  ...(built && chromiumReady ? [...testFiles('test/infra'), ...testFiles('test/e2e')] : []),
];
if (!built || !chromiumReady) record('end to end', 0, 1, 'not run: it needs the build and Chromium');
const tap = join(scratch, 'node.tap');
const nodeStatus = run(process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...nodeFiles,
]);
const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(summary)?.[1] ?? NaN);
if (Number.isNaN(count('pass'))) {
  record('node', 0, 1, `node --test ended (status ${nodeStatus}) without a summary`);
} else {
  // Skips are deliberate and give their reason (README examples marked `example: skip`).
  const skipped = count('skipped');
  const note = skipped > 0 ? `${skipped} marked skipped, reasons above` : undefined;
  record(
    'node (server, package, React and Vue, end to end)',
    count('pass'),
    count('fail') + count('cancelled'),
    note,
  );
}

// 3. Browser suite: every browser that is installed in one run, one after another; a missing
// browser is a failed suite with its reason.
const browsers = [
  { name: 'chromium', label: 'Chromium', ready: chromiumReady, path: chromiumPath },
  { name: 'firefox', label: 'Firefox', ready: firefoxReady, path: firefoxPath },
];
const present = browsers.filter((browser) => browser.ready);
let browserResults = {};
let browserStatus = 0;
if (present.length > 0) {
  const counts = join(scratch, 'browser.json');
  browserStatus = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js'], {
    RTC_TEST_SUMMARY: counts,
    WTR_BROWSERS: present.map((browser) => browser.name).join(','),
  });
  if (existsSync(counts)) browserResults = JSON.parse(readFileSync(counts, 'utf8')).browsers;
}
const browserTimes = [];
for (const { name, label, ready, path } of browsers) {
  const suite = `browser: ${name} (core, signaling, elements)`;
  const counts = browserResults[label];
  if (!ready) {
    record(suite, 0, 1, `not run: ${label} is missing at ${path} (see the message above)`);
  } else if (!counts) {
    record(suite, 0, 1, `web-test-runner ended (status ${browserStatus}) without results for ${label}`);
  } else {
    record(suite, counts.passed, counts.failed);
    if (counts.seconds !== null) browserTimes.push(`${name} ${Math.round(counts.seconds)} s`);
  }
}

rmSync(scratch, { recursive: true, force: true });
console.log('\nSuites:');
for (const { suite, passed, failed, note } of results) {
  console.log(`  ${suite}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
if (browserTimes.length > 0) console.log(`Browser suite time: ${browserTimes.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
