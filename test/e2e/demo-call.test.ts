// End to end: the demo page, as `npm start` serves it (the built bundle from the real server
// process), opened by two people in one real Chromium, each in their own browser context.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { remoteTiles, useServerAndBrowser, pressJoin } from '../helpers/e2e.js';

describe('the demo call, end to end', () => {
  const fixture = useServerAndBrowser(() => ['--serve', '.']);

  it('two people on the demo page see each other’s video, served by the real server', async () => {
    const { server, browser } = fixture;
    const room = `e2e-${Date.now()}`;
    const errors: string[] = [];
    const [ada, grace] = await Promise.all(
      ['Ada', 'Grace'].map(async (name) => {
        const page = await (await browser.createBrowserContext()).newPage();
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`${server.httpUrl}demo/?room=${room}&name=${name}`);
        await pressJoin(page);
        return page;
      }),
    );
    const [[atAda], [atGrace]] = await Promise.all([remoteTiles(ada!, 1, 1), remoteTiles(grace!, 1, 1)]);
    assert.equal(atAda!.name, 'Grace');
    assert.equal(atGrace!.name, 'Ada');
    // Frames keep coming, not just one.
    await remoteTiles(ada!, 1, atAda!.frames + 5);
    const bundleLoaded = await ada!.evaluate(() =>
      [...document.scripts].some((s) => s.type === 'module' && s.src.endsWith('/dist/rtc-elements.js')),
    );
    assert.ok(bundleLoaded, 'the page uses the script-tag bundle');
    assert.deepEqual(errors, []);
  });
});
