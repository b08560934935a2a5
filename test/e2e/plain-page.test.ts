// End to end: the README's plain HTML page (one script tag, one element, no other code),
// served with the built bundle by the real server process, opened in two browser contexts.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { chromiumFlags, requireChromium } from '../helpers/chromium.mjs';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const PLAIN_PAGE = (signaling: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Plain page</title>
    <script type="module" src="rtc-elements.js"></script>
  </head>
  <body>
    <rtc-room room="plain" signaling="${signaling}"></rtc-room>
  </body>
</html>`;

/** Finds an element inside <rtc-room>'s default layout, piercing the shadow roots on the way. */
async function inRoom(page: Page, path: string[]): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (steps: string[]) => {
      let node: Element | null | undefined = document.querySelector('rtc-room');
      for (const step of steps) node = node?.shadowRoot?.querySelector(step);
      return node ?? false;
    },
    { timeout: 30_000, polling: 100 },
    path,
  );
  return handle.asElement() as ElementHandle<Element>;
}

describe('a plain HTML page with one script tag and one element', () => {
  let server: ServerProcess;
  let browser: Browser;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rtc-plain-'));
    copyFileSync('dist/rtc-elements.js', join(folder, 'rtc-elements.js'));
    server = await startServerProcess(['--serve', folder]);
    writeFileSync(join(folder, 'index.html'), PLAIN_PAGE(server.url));
    browser = await puppeteer.launch({
      executablePath: requireChromium(),
      headless: true,
      args: chromiumFlags,
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gets a call with video both ways and chat, with no other code', async () => {
    const [first, second] = await Promise.all(
      [0, 1].map(async () => {
        const page = await (await browser.createBrowserContext()).newPage();
        await page.goto(server.httpUrl);
        return page;
      }),
    );
    for (const page of [first!, second!]) {
      await page.waitForFunction(
        () => {
          const tile = document
            .querySelector('rtc-room')
            ?.shadowRoot?.querySelector('[part~="remote-video"]');
          const video = tile?.shadowRoot?.querySelector('video');
          return Boolean(
            video && video.videoWidth > 0 && video.getVideoPlaybackQuality().totalVideoFrames > 3,
          );
        },
        { timeout: 30_000, polling: 100 },
      );
    }
    const input = await inRoom(first!, ['[part~="chat"]', '[part~="input"]']);
    await first!.waitForFunction((el) => !(el as HTMLInputElement).disabled, {}, input);
    await input.type('<b>hello</b> from a plain page');
    await (await inRoom(first!, ['[part~="chat"]', '[part~="send-button"]'])).click();
    const text = await inRoom(second!, ['[part~="chat"]', '[part~="message-text"]']);
    assert.equal(await text.evaluate((el) => el.textContent), '<b>hello</b> from a plain page');
  });
});
