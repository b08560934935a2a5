// Browser tests: Debian's Chromium with its fake camera and microphone, WebRTC on loopback.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { relative } from 'node:path';
import { eventemitter3Esm } from './scripts/eventemitter3-esm.mjs';
import { chromiumFlags, requireChromium } from './test/helpers/chromium.mjs';
import { countReporter } from './test/helpers/count-reporter.mjs';
import { coturnPlugin } from './test/helpers/coturn-plugin.mjs';
import { signalingServerPlugin } from './test/helpers/signaling-server-plugin.mjs';

const summaryFile = process.env.RTC_TEST_SUMMARY;

export default {
  files: process.env.WTR_FILES
    ? process.env.WTR_FILES.split(',')
    : [
        'test/**/*.test.ts',
        '!test/server/**',
        '!test/e2e/**',
        '!test/infra/**',
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
  ],
  concurrency: 1, // one page at a time: WebRTC and fake devices on 2 cores
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 30000 } },
  reporters: [defaultReporter(), ...(summaryFile ? [countReporter(summaryFile)] : [])],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: requireChromium(),
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
};
