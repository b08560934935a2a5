// A web-test-runner plugin with one command, for tests that write pictures of the UI:
//   save-screenshot  { path }  writes a PNG of the test page's viewport to `path`, which must
//                    be a .png under docs/; returns { width, height } read from the PNG.
// The page is Chromium's, driven by puppeteer (@web/test-runner-chrome).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';

export function screenshotPlugin({ root = 'docs' } = {}) {
  const base = resolve(root);
  return {
    name: 'rtc-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      const path = resolve(String(payload?.path ?? ''));
      const inside = relative(base, path);
      if (!path.endsWith('.png') || inside.startsWith('..') || inside === '') {
        throw new Error(`save-screenshot writes .png files under ${root}/ only, not ${payload?.path}`);
      }
      const page = session.browser.getPage(session.id);
      const png = Buffer.from(await page.screenshot({ type: 'png' }));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, png);
      // The IHDR chunk: width and height are the big-endian words at bytes 16 and 20.
      return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    },
  };
}
