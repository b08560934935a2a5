// End to end: a page that is frozen (as browsers freeze background tabs and a sleeping
// computer freezes everything) and then woken up ends in a working call.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { remoteTiles, useServerAndBrowser, pressJoin } from '../helpers/e2e.js';

const FROZEN_MS = 8000;

function chatTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .querySelector('rtc-room')!
      .currentSession!.chat.messages.filter((m) => !m.local)
      .map((m) => m.text),
  );
}

describe('a page frozen in the background', () => {
  // Short server pings and grace, so the freeze outlasts both.
  const fixture = useServerAndBrowser(() => [
    '--serve',
    '.',
    '--ping-interval',
    '1000',
    '--departure-grace',
    '2000',
  ]);

  it('wakes up into a working call with the same people, its video playing again', async () => {
    const { server, browser } = fixture;
    const room = `frozen-${Date.now()}`;
    const [a, b] = await Promise.all(
      ['A', 'B'].map(async (name) => {
        const page = await (await browser.createBrowserContext()).newPage();
        await page.goto(`${server.httpUrl}demo/?room=${room}&name=${name}`);
        await pressJoin(page);
        return page;
      }),
    );
    await Promise.all([remoteTiles(a!, 1), remoteTiles(b!, 1)]);
    const cdp = await a!.createCDPSession();
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    // How long the page sleeps is the scenario itself, not a wait for a condition.
    await new Promise((resolve) => setTimeout(resolve, FROZEN_MS));
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });

    const [[atA]] = await Promise.all([remoteTiles(a!, 1)]);
    await Promise.all([remoteTiles(a!, 1, atA!.frames + 10), remoteTiles(b!, 1)]);
    await a!.evaluate(() => document.querySelector('rtc-room')!.currentSession!.chat.send('awake'));
    await b!.waitForFunction(
      () => document.querySelector('rtc-room')!.currentSession!.chat.messages.some((m) => m.text === 'awake'),
      { timeout: 30_000, polling: 100 },
    );
    assert.deepEqual(await chatTexts(b!), ['awake']);
    const counts = await Promise.all(
      [a!, b!].map((page) =>
        page.evaluate(() => document.querySelector('rtc-room')!.currentSession!.participants.size),
      ),
    );
    assert.deepEqual(counts, [1, 1]);
  });
});
