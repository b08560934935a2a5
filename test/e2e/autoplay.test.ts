// End to end: a browser that blocks sound until the person interacts with the page (Chromium's
// policy for a site it has not seen before, and Safari's). A call joined without a click must
// say so on the remote tile with a visible "Start audio" button, and a real click on it must
// start the sound and the picture.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { chromiumFlags } from '../helpers/chromium.mjs';
import { inRoom, useServerAndBrowser } from '../helpers/e2e.js';

// prejoin="off": the call starts with no click on the page, so with no gesture at all. Ada
// joins with her camera and microphone off, as a viewer: Chromium lets a page that is capturing
// play sound without a gesture, so only a page that is not is refused. The test
// must not evaluate anything in the page until the sound was refused: puppeteer runs its
// evaluations as user gestures, which would give the page the activation it lacks. So the page
// itself says, on its console, when the remote tile shows it is blocked.
const PAGE = (signaling: string, name: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Autoplay</title>
    <script type="module" src="rtc-elements.js"></script>
  </head>
  <body>
    <rtc-room prejoin="off" room="autoplay" name="${name}" signaling="${signaling}" ${name === 'Ada' ? `video="off" audio="off"` : ''}></rtc-room>
    <script>
      const watch = setInterval(() => {
        const tile = document.querySelector('rtc-room')?.shadowRoot?.querySelector('rtc-layout')
          ?.shadowRoot?.querySelector('[part~="remote-video"]');
        if (tile?.matches(':state(audio-blocked)')) {
          clearInterval(watch);
          console.log('rtc-test: audio blocked');
        }
      }, 100);
    </script>
  </body>
</html>`;

/** Resolves when the page logs `text`, or fails after 30 s. */
function logged(page: Page, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the page never logged "${text}"`)), 30_000);
    page.on('console', (message) => {
      if (message.text() === text) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

const BLOCKING_AUTOPLAY = [
  ...chromiumFlags.filter((flag) => !flag.startsWith('--autoplay-policy=')),
  '--autoplay-policy=document-user-activation-required',
];

describe('sound a browser blocks until a gesture', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rtc-autoplay-'));
  const fixture = useServerAndBrowser(() => ['--serve', folder], BLOCKING_AUTOPLAY);

  before(() => {
    copyFileSync('dist/rtc-elements.js', join(folder, 'rtc-elements.js'));
    for (const name of ['Ada', 'Grace'])
      writeFileSync(join(folder, `${name}.html`), PAGE(fixture.server.url, name));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('shows "Start audio" on the remote tile, and a click starts the sound and the picture', async () => {
    const { server, browser } = fixture;
    const errors: string[] = [];
    let blocked: Promise<void> | undefined;
    const [ada] = await Promise.all(
      ['Ada', 'Grace'].map(async (name) => {
        const page = await (await browser.createBrowserContext()).newPage();
        page.on('pageerror', (error) => errors.push(String(error)));
        if (name === 'Ada') blocked = logged(page, 'rtc-test: audio blocked');
        // Not the load event: a <video> the browser will not play holds it back.
        await page.goto(`${server.httpUrl}${name}.html`, { waitUntil: 'domcontentloaded' });
        return page;
      }),
    );
    await blocked;
    const tile = await inRoom(ada!, ['[part~="layout"]', '[part~="remote-video"]']);
    const button = await ada!.waitForFunction(
      (el) => {
        const found = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="start-audio"]');
        return found && !found.hidden && found.getBoundingClientRect().width > 0 ? found : false;
      },
      { timeout: 30_000, polling: 100 },
      tile,
    );
    const shown = await tile.evaluate((el) => ({
      paused: el.shadowRoot!.querySelector('video')!.paused,
      label: el.shadowRoot!.querySelector('[part~="start-audio"]')!.textContent!.trim(),
      state: el.matches(':state(audio-blocked)'),
    }));
    assert.deepEqual(
      shown,
      { paused: true, label: 'Start audio', state: true },
      'the browser really blocked playing',
    );

    // A real mouse click: the gesture the browser waits for.
    await (button.asElement() as ElementHandle<Element>).click();
    await ada!.waitForFunction(
      (el) => {
        const root = el.shadowRoot!;
        const video = root.querySelector('video')!;
        return (
          root.querySelector<HTMLElement>('[part~="start-audio"]')!.hidden &&
          !el.matches(':state(audio-blocked)') &&
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
