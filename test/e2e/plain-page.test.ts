// End to end: the README's plain HTML page (one script tag, one element, no other code),
// served with the built bundle by the real server process, opened in two browser contexts.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  chatMessages,
  inRoom,
  pressJoin,
  remoteTiles,
  sendChat,
  useServerAndBrowser,
} from '../helpers/e2e.js';

const PLAIN_PAGE = (signaling: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Plain page</title>
    <script type="module" src="rtc-elements.js"></script>
  </head>
  <body>
    <rtc-room room="plain" signaling="${signaling}"></rtc-room>
  </body>
</html>`;

// The README's way to German on such a page: the table's file beside the bundle, added once.
const GERMAN_PAGE = (signaling: string) => `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8"><title>Deutsch</title>
    <script type="module">
      import { setStrings } from './rtc-elements.js';
      import { de } from './de.js';
      setStrings(de, 'de');
    </script>
  </head>
  <body>
    <rtc-room room="deutsch" signaling="${signaling}"></rtc-room>
  </body>
</html>`;

describe('a plain HTML page with one script tag and one element', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rtc-plain-'));
  const fixture = useServerAndBrowser(() => ['--serve', folder]);

  before(() => {
    copyFileSync('dist/rtc-elements.js', join(folder, 'rtc-elements.js'));
    copyFileSync('dist/components/strings/de.js', join(folder, 'de.js'));
    writeFileSync(join(folder, 'index.html'), PLAIN_PAGE(fixture.server.url));
    writeFileSync(join(folder, 'de.html'), GERMAN_PAGE(fixture.server.url));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('gets a call with video both ways and chat, with no other code', async () => {
    const { server, browser } = fixture;
    const [first, second] = await Promise.all(
      [0, 1].map(async () => {
        const page = await (await browser.createBrowserContext()).newPage();
        await page.goto(server.httpUrl);
        await pressJoin(page);
        return page;
      }),
    );
    await Promise.all([remoteTiles(first!, 1), remoteTiles(second!, 1)]);
    await sendChat(first!, '<b>hello</b> from a plain page');
    const [message] = await chatMessages(second!, 1);
    assert.equal(message!.text, '<b>hello</b> from a plain page');
  });

  it('speaks German with the German table loaded beside the bundle, and English without', async () => {
    const { server, browser } = fixture;
    /** The Join button's text once it reads `expected`, or what it reads after 10 s. */
    const joinText = async (path: string, expected: string) => {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.goto(`${server.httpUrl}${path}`);
      const button = await inRoom(page, ['[part~="prejoin"]', '[part~="join-button"]']);
      await page
        .waitForFunction((el, want) => el.textContent!.trim() === want, { timeout: 10_000 }, button, expected)
        .catch(() => undefined); // the assertion below says what it reads instead
      const text = await button.evaluate((el) => el.textContent!.trim());
      await page.browserContext().close();
      return text;
    };
    assert.equal(await joinText('de.html', 'Beitreten'), 'Beitreten');
    assert.equal(await joinText('', 'Join'), 'Join');
  });
});
