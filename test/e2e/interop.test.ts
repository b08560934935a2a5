// End to end across browsers: one person in headless Chromium and one in headless Firefox ESR
// (driven over WebDriver BiDi) on the demo page, served with the built bundle by the real
// server process. Each sees the other's video, and chat goes both ways.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { chatMessages, remoteTiles, sendChat, useServerAndBrowsers } from '../helpers/e2e.js';

describe('a call between Chromium and Firefox', () => {
  const fixture = useServerAndBrowsers(() => ['--serve', '.'], ['chromium', 'firefox']);

  it('each sees the other’s video and gets the other’s chat messages', async () => {
    const { server, browsers } = fixture;
    const room = `interop-${Date.now()}`;
    const errors: string[] = [];
    const open = async (name: string, page: Page) => {
      page.on('pageerror', (error) => errors.push(`${name}: ${String(error)}`));
      await page.goto(`${server.httpUrl}demo/?room=${room}&name=${name}`);
      return page;
    };
    const [chromium, firefox] = await Promise.all([
      open('Chromium', await browsers.chromium.newPage()),
      open('Firefox', await browsers.firefox.newPage()),
    ]);

    const [[atChromium], [atFirefox]] = await Promise.all([
      remoteTiles(chromium!, 1, 1),
      remoteTiles(firefox!, 1, 1),
    ]);
    assert.equal(atChromium!.name, 'Firefox');
    assert.equal(atFirefox!.name, 'Chromium');
    // Pictures keep coming both ways, not just one frame: more frames, and playback moves on.
    const [[laterAtChromium], [laterAtFirefox]] = await Promise.all([
      remoteTiles(chromium!, 1, atChromium!.frames + 5),
      remoteTiles(firefox!, 1, atFirefox!.frames + 5),
    ]);
    for (const [before, after] of [
      [atChromium!, laterAtChromium!],
      [atFirefox!, laterAtFirefox!],
    ]) {
      assert.ok(after!.width > 0, `${after!.name}'s video has a picture`);
      assert.ok(after!.currentTime > before!.currentTime, `${after!.name}'s video plays on`);
    }

    await sendChat(chromium!, 'hello from Chromium');
    assert.deepEqual(await chatMessages(firefox!, 1), [{ name: 'Chromium', text: 'hello from Chromium' }]);
    await sendChat(firefox!, 'hello from Firefox');
    assert.deepEqual((await chatMessages(chromium!, 2))[1], { name: 'Firefox', text: 'hello from Firefox' });
    assert.deepEqual(errors, []);
  });
});
