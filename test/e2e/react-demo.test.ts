// End to end: the React demo (demo/react/, built by `npm run build` with rtc-elements/react
// inside), served by the real server and opened by two people. It runs in <StrictMode> with
// React's development build, so React's double mount checks are on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventLog, joinDemo, logShows, remoteTiles, sendChat, useServerAndBrowser } from '../helpers/e2e.js';

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

    // Leave unmounts <RtcRoom>: Ada's session ends, and Grace's React handler hears it.
    await ada.click('aside button');
    await logShows(grace, 'Ada left');
    await ada.waitForSelector('form', { timeout: 30_000 });
    assert.deepEqual(errors, []);
  });
});
