// Browser tests: the whole suite in Debian's Chromium and then in Debian's Firefox ESR, each
// with its fake camera and microphone, WebRTC on loopback. WTR_BROWSERS=chromium (or firefox)
// runs one of them. The count reporter keeps each browser's results apart for test/run.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { relative } from 'node:path';
import { eventemitter3Esm } from './scripts/eventemitter3-esm.mjs';
import { chromiumFlags, requireChromium } from './test/helpers/chromium.mjs';
import { countReporter } from './test/helpers/count-reporter.mjs';
import { firefoxLaunchOptions } from './test/helpers/firefox.mjs';
import { coturnPlugin } from './test/helpers/coturn-plugin.mjs';
import { screenshotPlugin } from './test/helpers/screenshot-plugin.mjs';
import { signalingServerPlugin } from './test/helpers/signaling-server-plugin.mjs';

const summaryFile = process.env.RTC_TEST_SUMMARY;

// Each launcher is made only when chosen, so a missing browser fails with its own message.
// Both go through puppeteer-core: Chromium over CDP, Firefox over WebDriver BiDi.
const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer: puppeteerCore, // also names it "Chromium" (not "Chrome") in the output
      launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumFlags },
    }),
  firefox: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: firefoxLaunchOptions() }),
};
const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());
for (const name of wanted) {
  if (!launchers[name]) throw new Error(`WTR_BROWSERS: unknown browser "${name}" (chromium, firefox)`);
}

export default {
  files: process.env.WTR_FILES
    ? process.env.WTR_FILES.split(',')
    : [
        'test/**/*.test.ts',
        '!test/server/**',
        '!test/e2e/**',
        '!test/infra/**',
        '!test/package/**',
        '!test/react/**',
        '!test/vue/**',
      ],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    {
      name: 'eventemitter3-esm',
      resolveImport: ({ source }) =>
        source === 'eventemitter3' ? `/${relative(process.cwd(), eventemitter3Esm)}` : undefined,
    },
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' }),
    signalingServerPlugin(),
    coturnPlugin(),
    screenshotPlugin(),
  ],
  concurrency: 1, // one page at a time: WebRTC and fake devices on 2 cores
  concurrentBrowsers: 1, // and one browser at a time: Chromium's files, then Firefox's
  browserStartTimeout: 120000, // Firefox takes several seconds to start on a loaded machine
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 30000 } },
  reporters: [defaultReporter(), ...(summaryFile ? [countReporter(summaryFile)] : [])],
  browsers: wanted.map((name) => launchers[name]()),
};
