// End to end: demo/broadcast.html in two tabs of one browser, with no signaling server:
// the tabs find each other over a BroadcastChannel. (The server process only serves files.)
import { describe, it } from 'node:test';
import { remoteTiles, useServerAndBrowser, pressJoin } from '../helpers/e2e.js';

describe('two tabs with no server (broadcast signaling)', () => {
  const fixture = useServerAndBrowser(() => ['--serve', '.']);

  it('calls between two tabs, and a closed tab leaves the other’s screen', async () => {
    const { server, browser } = fixture;
    const context = await browser.createBrowserContext(); // one profile: its tabs share BroadcastChannel
    const [first, second] = await Promise.all(
      [0, 1].map(async () => {
        const page = await context.newPage();
        await page.goto(`${server.httpUrl}demo/broadcast.html`);
        return page;
      }),
    );
    // One tab after the other, as a person would: each in front while Join is pressed.
    for (const page of [first!, second!]) await pressJoin(page);
    // And each looked at in turn: the picture a person sees is the one in the tab in front.
    for (const page of [first!, second!]) {
      await page.bringToFront();
      await remoteTiles(page, 1);
    }
    // Closing a tab says goodbye on pagehide, so the other tab drops the tile at once.
    await second!.close();
    await remoteTiles(first!, 0);
  });
});
