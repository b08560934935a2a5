// End to end: the Vue demo (demo/vue/, built by `npm run build` with Vue's full build and
// rtc-elements/vue inside), served by the real server and opened by two people.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventLog, joinDemo, logShows, remoteTiles, sendChat, useServerAndBrowser } from '../helpers/e2e.js';

describe('the Vue demo, end to end', () => {
  const fixture = useServerAndBrowser(() => ['--serve', '.']);

  it('renders the room as a custom element and connects a call whose events reach Vue', async () => {
    const { server, browser } = fixture;
    const url = `${server.httpUrl}demo/vue/?room=vue-${Date.now()}`;
    const errors: string[] = [];
    const [ada, grace] = await Promise.all([
      joinDemo(browser, url, 'Ada', errors),
      joinDemo(browser, url, 'Grace', errors),
    ]);
    const [[atAda], [atGrace]] = await Promise.all([remoteTiles(ada!, 1), remoteTiles(grace!, 1)]);
    assert.deepEqual([atAda!.name, atGrace!.name], ['Grace', 'Ada']);

    // Vue bound the inputs to the element's properties, and its @rtc-… listeners heard the call.
    const room = await ada.evaluate(() => {
      const el = document.querySelector('rtc-room') as HTMLElementTagNameMap['rtc-room'];
      return { name: el.name, upgraded: el.shadowRoot !== null };
    });
    assert.deepEqual(room, { name: 'Ada', upgraded: true });
    await Promise.all([
      logShows(ada, 'Grace joined'),
      logShows(grace, 'Ada joined'),
      logShows(ada, 'You are joined'),
    ]);
    await sendChat(grace, 'hello from Grace');
    await logShows(ada, 'Grace: hello from Grace');
    assert.deepEqual(
      (await eventLog(grace)).filter((line) => line.startsWith('Ada ')),
      ['Ada joined'],
    );

    // Leave removes <rtc-room> (v-if): Ada's session ends, and Grace's Vue listener hears it.
    await ada.click('aside button');
    await logShows(grace, 'Ada left');
    await ada.waitForSelector('form', { timeout: 30_000 });
    assert.deepEqual(errors, []);
  });
});
