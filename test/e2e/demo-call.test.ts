// End to end: the demo page, as `npm start` serves it (the built bundle from the real server
// process), opened by two people in one real Chromium, each in their own browser context.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumFlags, requireChromium } from '../helpers/chromium.mjs';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/** Waits until the page's first remote tile has shown `atLeast` frames; returns the count and its name. */
async function waitForFrames(page: Page, atLeast: number): Promise<{ frames: number; name: string }> {
  const handle = await page.waitForFunction(
    (min: number) => {
      const tile = document.querySelector('rtc-room')?.shadowRoot?.querySelector('[part~="remote-video"]');
      const video = tile?.shadowRoot?.querySelector('video');
      if (!tile || !video || video.videoWidth === 0) return false;
      const frames = video.getVideoPlaybackQuality().totalVideoFrames;
      const name = tile.shadowRoot!.querySelector('[part~="name-tag"]')!.textContent!.trim();
      return frames >= min ? { frames, name } : false;
    },
    { timeout: 30_000, polling: 100 },
    atLeast,
  );
  return (await handle.jsonValue()) as { frames: number; name: string };
}

describe('the demo call, end to end', () => {
  let server: ServerProcess;
  let browser: Browser;

  before(async () => {
    server = await startServerProcess(['--serve', '.']);
    browser = await puppeteer.launch({
      executablePath: requireChromium(),
      headless: true,
      args: chromiumFlags,
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('two people on the demo page see each other’s video, served by the real server', async () => {
    const room = `e2e-${Date.now()}`;
    const pages = await Promise.all(
      ['Ada', 'Grace'].map(async (name) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`${server.httpUrl}demo/?room=${room}&name=${name}`);
        return { page, errors };
      }),
    );
    const [ada, grace] = pages as [(typeof pages)[0], (typeof pages)[0]];
    const [atAda, atGrace] = await Promise.all([waitForFrames(ada.page, 1), waitForFrames(grace.page, 1)]);
    assert.equal(atAda.name, 'Grace');
    assert.equal(atGrace.name, 'Ada');
    // Frames keep coming, not just one.
    const later = await waitForFrames(ada.page, atAda.frames + 5);
    assert.ok(later.frames > atAda.frames);
    const bundleLoaded = await ada.page.evaluate(() =>
      [...document.scripts].some((s) => s.type === 'module' && s.src.endsWith('/dist/rtc-elements.js')),
    );
    assert.ok(bundleLoaded, 'the page uses the script-tag bundle');
    assert.deepEqual([...ada.errors, ...grace.errors], []);
  });
});
