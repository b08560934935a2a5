// End to end: a browser that blocks sound until the person interacts with the page (Chromium's
// policy for a site it has not seen before, and Safari's). A call joined without a click must
// show the picture without sound and say so on the remote tile with a visible "Start audio"
// button, and a real click on it must start the sound.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { chromiumFlags } from '../helpers/chromium.mjs';
import { inRoom, useServerAndBrowser } from '../helpers/e2e.js';

// prejoin="off": the call starts with no click on the page, so with no gesture at all. Ada
// joins with her camera and microphone off, as a viewer: Chromium lets a page that is capturing
// play sound without a gesture, so only a page that is not is refused. The test
// must not evaluate anything in the page before the click: puppeteer runs its evaluations as
// user gestures, which would give the page the activation it lacks (and the tile, playing again
// on its next change, would then start by itself). So the page itself reports on its console what
// the remote tile shows once it is blocked, with where its button is for the click.
const PAGE = (signaling: string, name: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Autoplay</title>
    <script type="module" src="rtc-elements.js"></script>
  </head>
  <body>
    <rtc-room prejoin="off" room="autoplay" name="${name}" signaling="${signaling}" ${name === 'Ada' ? `video="off" audio="off"` : ''}></rtc-room>
    <script>
      let last = '';
      const watch = setInterval(() => {
        const tile = document.querySelector('rtc-room')?.shadowRoot?.querySelector('rtc-layout')
          ?.shadowRoot?.querySelector('[part~="remote-video"]');
        const button = tile?.shadowRoot?.querySelector('[part~="start-audio"]');
        if (!tile?.matches(':state(audio-blocked)') || !button || button.hidden) return;
        const box = button.getBoundingClientRect();
        const video = tile.shadowRoot.querySelector('video');
        if (box.width === 0 || video.paused) return;
        // Reported once the picture plays and the button has stayed in one place for a poll.
        const shown = JSON.stringify({
          muted: video.muted,
          label: button.textContent.trim(),
          x: Math.round(box.x + box.width / 2),
          y: Math.round(box.y + box.height / 2),
        });
        if (shown === last) {
          clearInterval(watch);
          console.log('rtc-test: audio blocked ' + shown);
        }
        last = shown;
      }, 100);
    </script>
  </body>
</html>`;

/** Resolves with what follows `prefix` in the first console line the page logs with it; fails after 30 s. */
function logged(page: Page, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the page never logged "${prefix}"`)), 30_000);
    page.on('console', (message) => {
      if (message.text().startsWith(prefix)) {
        clearTimeout(timer);
        resolve(message.text().slice(prefix.length));
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
    let blocked: Promise<string> | undefined;
    const [ada] = await Promise.all(
      ['Ada', 'Grace'].map(async (name) => {
        const page = await (await browser.createBrowserContext()).newPage();
        page.on('pageerror', (error) => errors.push(String(error)));
        if (name === 'Ada') blocked = logged(page, 'rtc-test: audio blocked ');
        // The load event too: no tile holds it back (Ada's own, with no picture, has no stream).
        await page.goto(`${server.httpUrl}${name}.html`);
        return page;
      }),
    );
    const { x, y, ...shown } = JSON.parse(await blocked!) as Record<string, unknown>;
    assert.deepEqual(shown, { muted: true, label: 'Start audio' }, 'the picture plays, without sound');

    // A real mouse click on the button: the gesture the browser waits for.
    await ada!.mouse.click(x as number, y as number);
    const tile = await inRoom(ada!, ['[part~="layout"]', '[part~="remote-video"]']);
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
