// End to end: the React demo (demo/react/, built by `npm run build` with rtc-elements/react
// inside), served by the real server and opened by two people. It runs in <StrictMode> with
// React's development build, so React's double mount checks are on. Its toolbar is <RtcControls>
// in the room's controls slot: the toolbar's events reach React through onRtc… props.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { eventLog, joinDemo, logShows, remoteTiles, sendChat, useServerAndBrowser } from '../helpers/e2e.js';

/** A button of the demo's <rtc-controls> (`chat`, `leave`, …), once it can be pressed. */
async function toolbarButton(page: Page, part: string): Promise<ElementHandle<HTMLButtonElement>> {
  const button = (await page.waitForSelector(`rtc-controls >>> [part~="${part}"] >>> button`, {
    timeout: 30_000,
  })) as ElementHandle<HTMLButtonElement>;
  await page.waitForFunction((el) => !el.disabled, { timeout: 30_000, polling: 100 }, button);
  return button;
}

/** Whether the room shows its chat panel. */
function chatShown(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    Boolean(document.querySelector('rtc-room')?.shadowRoot?.querySelector('rtc-chat')),
  );
}

describe('the React demo, end to end', () => {
  const fixture = useServerAndBrowser(() => ['--serve', '.']);

  it('connects a call whose events reach React, with one session each under StrictMode', async () => {
    const { server, browser } = fixture;
    const url = `${server.httpUrl}demo/react/?room=react-${Date.now()}`;
    const errors: string[] = [];
    const [ada, grace] = await Promise.all([
      joinDemo(browser, url, 'Ada', errors),
      joinDemo(browser, url, 'Grace', errors),
    ]);
    const [[atAda], [atGrace]] = await Promise.all([remoteTiles(ada!, 1), remoteTiles(grace!, 1)]);
    assert.deepEqual([atAda!.name, atGrace!.name], ['Grace', 'Ada']);

    // The test means something only if React really runs in StrictMode, development build.
    const strict = await ada.evaluate(() => {
      const room = document.querySelector('rtc-room') as unknown as Record<string, { mode: number }>;
      const fiber = room[Object.keys(room).find((key) => key.startsWith('__reactFiber$'))!]!;
      // React internals: StrictLegacyMode is bit 8 of a fiber's mode; _debugOwner exists only
      // in development builds.
      return (fiber.mode & 8) !== 0 && '_debugOwner' in fiber;
    });
    assert.equal(strict, true, 'the demo runs in StrictMode with React’s development build');

    // onRtc… props reached React: the log shows the join, both ways.
    await Promise.all([
      logShows(ada, 'Grace joined'),
      logShows(grace, 'Ada joined'),
      logShows(ada, 'You are joined'),
    ]);
    // <RtcControls>'s chat button: onRtcPanelToggle reaches React, which hides the room's chat
    // and tells the toolbar (chatOpen), and shows it again on the next press.
    const chatButton = await toolbarButton(ada, 'chat');
    assert.equal(await chatShown(ada), true);
    assert.equal(await chatButton.evaluate((el) => el.getAttribute('aria-pressed')), 'true');
    await chatButton.click();
    await logShows(ada, 'Chat hidden');
    await ada.waitForFunction(
      () => !document.querySelector('rtc-room')?.shadowRoot?.querySelector('rtc-chat'),
      { timeout: 30_000, polling: 100 },
    );
    assert.equal(await chatButton.evaluate((el) => el.getAttribute('aria-pressed')), 'false');
    await chatButton.click();
    await logShows(ada, 'Chat shown');

    await sendChat(grace, 'hello from Grace');
    await logShows(ada, 'Grace: hello from Grace');

    // One session each: Grace saw Ada join once and never leave, and has one participant.
    assert.deepEqual(
      (await eventLog(grace)).filter((line) => line.startsWith('Ada ')),
      ['Ada joined'],
    );
    const participants = await grace.evaluate(
      () =>
        (document.querySelector('rtc-room') as HTMLElementTagNameMap['rtc-room']).currentSession!.participants
          .size,
    );
    assert.equal(participants, 1);

    // The toolbar's Leave: onRtcRequestLeave cancels the button's own leave and unmounts
    // <RtcRoom>, which ends Ada's session; Grace's React handler hears it.
    await (await toolbarButton(ada, 'leave')).click();
    await logShows(grace, 'Ada left');
    await ada.waitForSelector('form', { timeout: 30_000 });
    assert.deepEqual(errors, []);
  });
});
