// End to end: a browser that blocks sound until the person interacts with the page (Chromium's
// default for a page with no history, and Safari's policy). The remote tile must say so with a
// visible "Start audio" button, and a real click on it must start the sound.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ElementHandle } from 'puppeteer-core';
import { chromiumFlags } from '../helpers/chromium.mjs';
import { inRoom, useServerAndBrowser } from '../helpers/e2e.js';

// `autojoin`: the call starts without a click (and so without a gesture) once <rtc-room> shows
// <rtc-prejoin> first.
const PAGE = (signaling: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Autoplay</title>
    <script type="module" src="rtc-elements.js"></script>
  </head>
  <body>
    <rtc-room autojoin room="autoplay" signaling="${signaling}"></rtc-room>
  </body>
</html>`;

const BLOCKING_AUTOPLAY = [
  ...chromiumFlags.filter((flag) => !flag.startsWith('--autoplay-policy=')),
  '--autoplay-policy=document-user-activation-required',
];

describe('sound a browser blocks until a gesture', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rtc-autoplay-'));
  const fixture = useServerAndBrowser(() => ['--serve', folder], BLOCKING_AUTOPLAY);

  before(() => {
    copyFileSync('dist/rtc-elements.js', join(folder, 'rtc-elements.js'));
    writeFileSync(join(folder, 'index.html'), PAGE(fixture.server.url));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('shows "Start audio" on the remote tile, and a click starts the sound and the picture', async () => {
    const { server, browser } = fixture;
    const errors: string[] = [];
    const [ada] = await Promise.all(
      [0, 1].map(async () => {
        const page = await (await browser.createBrowserContext()).newPage();
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`${server.httpUrl}index.html`);
        return page;
      }),
    );
    const tile = await inRoom(ada!, ['[part~="remote-video"]']);
    const button = await ada!.waitForFunction(
      (el) => {
        const found = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="start-audio"]');
        return found && !found.hidden && found.getBoundingClientRect().width > 0 ? found : false;
      },
      { timeout: 30_000, polling: 100 },
      tile,
    );
    const before = await tile.evaluate((el) => {
      const video = el.shadowRoot!.querySelector('video')!;
      return {
        paused: video.paused,
        label: el.shadowRoot!.querySelector('[part~="start-audio"]')!.textContent,
      };
    });
    assert.equal(before.paused, true, 'the browser really blocked playing');
    assert.equal(before.label?.trim(), 'Start audio');

    await (button.asElement() as ElementHandle<Element>).click(); // a real mouse click: the gesture the browser waits for
    await ada!.waitForFunction(
      (el) => {
        const root = el.shadowRoot!;
        const video = root.querySelector('video')!;
        const start = root.querySelector<HTMLElement>('[part~="start-audio"]')!;
        return (
          start.hidden &&
          !video.paused &&
          !video.muted &&
          (video.srcObject as MediaStream).getAudioTracks().length > 0 &&
          video.getVideoPlaybackQuality().totalVideoFrames > 3
        );
      },
      { timeout: 30_000, polling: 100 },
      tile,
    );
    assert.deepEqual(errors, []);
  });
});
