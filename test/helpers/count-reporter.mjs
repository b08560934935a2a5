// A web-test-runner reporter that writes the pass/fail counts of the last run to a JSON file,
// so test/run.mjs can add them to the other suites: the sum over every browser, and each
// browser on its own with how long its files took (from its first page opening, which includes
// the browser's launch, to its last page closing; browsers run one after another).
// A test file that failed to load or threw outside a test counts as one failure: it must never
// look like an empty success.
//   { passed, failed, skipped, browsers: { Chromium: { passed, failed, skipped, seconds }, … } }
import { writeFileSync } from 'node:fs';

export function countReporter(file) {
  const began = new Map(); // browser name → ms when its first page started
  const ended = new Map(); // browser name → ms when its last page finished
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        const name = session.browser.name;
        if (session.status === 'INITIALIZING' && !began.has(name)) began.set(name, Date.now());
        if (session.status === 'FINISHED') ended.set(name, Date.now());
      });
    },
    onTestRunFinished({ sessions }) {
      const browsers = {};
      const countsOf = (name) =>
        (browsers[name] ??= {
          passed: 0,
          failed: 0,
          skipped: 0,
          seconds: began.has(name) && ended.has(name) ? (ended.get(name) - began.get(name)) / 1000 : null,
        });
      const walk = (suite, counts) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites) walk(child, counts);
      };
      for (const session of sessions) {
        const counts = countsOf(session.browser.name);
        if (session.testResults) walk(session.testResults, counts);
        if (session.errors.length > 0 || (!session.passed && !session.testResults)) counts.failed++;
      }
      const total = (key) => Object.values(browsers).reduce((sum, counts) => sum + counts[key], 0);
      writeFileSync(
        file,
        JSON.stringify({
          passed: total('passed'),
          failed: total('failed'),
          skipped: total('skipped'),
          browsers,
        }),
      );
    },
  };
}
