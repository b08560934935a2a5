// npm test: every suite, then one line that sums them: "N passed, N failed".
//   0. lint and type-check (counted as one check)
//   1. build (the end-to-end tests load the built bundle from the built server)
//   2. Node: the signaling server, server rendering with the React and Vue entries, the test
//      network tooling, and the end-to-end browser calls (node:test; the network fault tests
//      need root for network namespaces)
//   3. browser: core, signaling and elements in headless Chromium (web-test-runner)
// A suite that cannot run counts as a failure with its reason; nothing is skipped silently.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

// 0. Chromium: installed with apt when possible, else a clear failure for the browser suites.
const browserReady = run('bash', ['scripts/install-test-deps.sh']) === 0;

// 0. Lint, types and formatting.
const linted = run('npm', ['run', '--silent', 'lint']) === 0;
record('lint (eslint, tsc, prettier)', linted ? 1 : 0, linted ? 0 : 1);

// 1. Build.
const built = run(process.execPath, ['scripts/build.mjs']) === 0;
if (!built) record('build', 0, 1, 'npm run build failed; see above');

// 2. Node suites: the server, the React and Vue entries in Node (server rendering, against the
// build), and the end-to-end calls (which need the build and Chromium). test/infra checks the
// network-namespace, Chromium-in-namespace and coturn tooling the end-to-end fault tests stand on.
const nodeFiles = [
  ...testFiles('test/server'),
  ...(built ? [...testFiles('test/react'), ...testFiles('test/vue')] : []),
  ...(built && browserReady ? [...testFiles('test/infra'), ...testFiles('test/e2e')] : []),
];
if (!built || !browserReady) record('end to end', 0, 1, 'not run: it needs the build and Chromium');
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
  record(
    'node (server, React and Vue in Node, end to end)',
    count('pass'),
    count('fail') + count('cancelled'),
  );
}

// 3. Browser suite.
if (browserReady) {
  const counts = join(scratch, 'browser.json');
  const status = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js'], {
    RTC_TEST_SUMMARY: counts,
  });
  if (existsSync(counts)) {
    const { passed, failed } = JSON.parse(readFileSync(counts, 'utf8'));
    record('browser (core, signaling, elements)', passed, failed);
  } else {
    record('browser', 0, 1, `web-test-runner ended (status ${status}) without results`);
  }
} else {
  record('browser', 0, 1, 'not run: Chromium is missing (see the message above)');
}

rmSync(scratch, { recursive: true, force: true });
console.log('\nSuites:');
for (const { suite, passed, failed, note } of results) {
  console.log(`  ${suite}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
