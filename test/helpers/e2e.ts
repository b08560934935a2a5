import { after, before } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { chromiumFlags, requireChromium } from './chromium.mjs';
import { firefoxLaunchOptions } from './firefox.mjs';
import { startServerProcess, type ServerProcess } from './server-process.mjs';

export type BrowserName = 'chromium' | 'firefox';

/**
 * Launches Debian's Chromium (over CDP) or Firefox ESR (over WebDriver BiDi), headless;
 * Chromium with `chromiumArgs` instead of the usual flags when given.
 */
export function launchBrowser(name: BrowserName, chromiumArgs = chromiumFlags): Promise<Browser> {
  return puppeteer.launch(
    name === 'firefox'
      ? firefoxLaunchOptions()
      : { executablePath: requireChromium(), headless: true, args: chromiumArgs },
  );
}

/**
 * For one end-to-end suite: the built server as its own process (with `serverArgs`, given
 * when the suite starts) and one headless browser of each name in `names`, all stopped when
 * the suite ends.
 */
export function useServerAndBrowsers<Name extends BrowserName>(
  serverArgs: () => string[],
  names: Name[],
  chromiumArgs = chromiumFlags,
): { server: ServerProcess; browsers: Record<Name, Browser> } {
  const fixture = { browsers: {} } as { server: ServerProcess; browsers: Record<Name, Browser> };
  before(async () => {
    fixture.server = await startServerProcess({ args: serverArgs() });
    for (const name of names) fixture.browsers[name] = await launchBrowser(name, chromiumArgs);
  });
  after(async () => {
    for (const browser of Object.values<Browser>(fixture.browsers)) await browser.close();
    await fixture.server?.stop();
  });
  return fixture;
}

/** `useServerAndBrowsers` with one Chromium. */
export function useServerAndBrowser(
  serverArgs: () => string[],
  chromiumArgs = chromiumFlags,
): { server: ServerProcess; browser: Browser } {
  const fixture = useServerAndBrowsers(serverArgs, ['chromium'], chromiumArgs);
  return {
    get server() {
      return fixture.server;
    },
    get browser() {
      return fixture.browsers.chromium;
    },
  };
}

export interface RemoteTile {
  name: string;
  /** Frames the tile's video has shown (0 until it has a picture). */
  frames: number;
  /** The picture's width: above 0 once frames are decoded. */
  width: number;
  /** The video's playback position, in seconds: it advances while frames arrive. */
  currentTime: number;
}

/**
 * Runs in the page: the remote tiles of its `<rtc-room>` when there are exactly `wanted` of
 * them, each with at least `min` frames shown (else false); with `wanted` < 0, whatever is there.
 */
const readRemoteTiles = (wanted: number, min: number) => {
  // Frames shown: Chromium counts them in getVideoPlaybackQuality(), also in a background
  // tab; Firefox's stays at 0 for a MediaStream, so there they are counted with
  // requestVideoFrameCallback (which Chromium does not call in a background tab). The page
  // keeps each video's latest count from the first time it is seen. No named functions in
  // here: tsx would wrap them in a __name() call that the page does not have.
  const counters = window as unknown as { rtcTestFrames?: WeakMap<HTMLVideoElement, number> };
  const seen = (counters.rtcTestFrames ??= new WeakMap());
  const tiles = [
    ...(document
      .querySelector('rtc-room')
      ?.shadowRoot?.querySelector('rtc-layout')
      ?.shadowRoot?.querySelectorAll('[part~="remote-video"]') ?? []),
  ].map((tile) => {
    const video = tile.shadowRoot?.querySelector('video');
    if (video && !seen.has(video)) {
      seen.set(video, 0);
      const loop: { next?: VideoFrameRequestCallback } = {};
      loop.next = (_now, metadata) => {
        seen.set(video, metadata.presentedFrames);
        video.requestVideoFrameCallback(loop.next!);
      };
      video.requestVideoFrameCallback(loop.next);
    }
    return {
      name: tile.shadowRoot?.querySelector('[part~="name-tag"]')?.textContent?.trim() ?? '',
      frames:
        video && video.videoWidth > 0
          ? Math.max(video.getVideoPlaybackQuality().totalVideoFrames, seen.get(video)!)
          : 0,
      width: video?.videoWidth ?? 0,
      currentTime: video?.currentTime ?? 0,
    };
  });
  if (wanted < 0) return tiles;
  return tiles.length === wanted && tiles.every((tile) => tile.frames >= min) ? tiles : false;
};

/**
 * Waits until the page's `<rtc-room>` shows exactly `count` remote tiles, each of which has
 * shown at least `minFrames` frames; resolves with their names and frame counts.
 */
export async function remoteTiles(page: Page, count: number, minFrames = 3): Promise<RemoteTile[]> {
  const handle = await page
    .waitForFunction(readRemoteTiles, { timeout: 30_000, polling: 100 }, count, minFrames)
    .catch(async (error: unknown) => {
      // Say what the page shows instead, so a failure can be understood from the log alone.
      const shown = await callState(page).catch((reason: unknown) => `unreadable: ${String(reason)}`);
      throw new Error(`wanted ${count} remote tile(s) with ${minFrames}+ frames; the page shows ${shown}`, {
        cause: error,
      });
    });
  return (await handle.jsonValue()) as RemoteTile[];
}

/** The page's call as text: its session's state, who it knows and how, and its remote tiles. */
async function callState(page: Page): Promise<string> {
  const tiles = await remoteTilesNow(page);
  const session = await page.evaluate(() => {
    const current = document.querySelector('rtc-room')?.currentSession;
    if (!current) return 'no session';
    const others = [...current.participants.values()].map(
      (participant) =>
        `${participant.name}: ${participant.connectionState}, tracks ${[...participant.tracks.keys()].join('+') || 'none'}`,
    );
    return `session ${current.state}, signaling ${current.signalingState}, others [${others.join('; ')}]`;
  });
  return `${session}; tiles ${JSON.stringify(tiles)}; ${await page.evaluate(() => document.visibilityState)}`;
}

/** The remote tiles the page shows right now, without waiting for any. */
export function remoteTilesNow(page: Page): Promise<RemoteTile[]> {
  return page.evaluate(readRemoteTiles, -1, 0) as Promise<RemoteTile[]>;
}

/** Finds an element inside `<rtc-room>`'s default layout, piercing the shadow roots on the way. */
export async function inRoom(page: Page, path: string[]): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (steps: string[]) => {
      let node: Element | null | undefined = document.querySelector('rtc-room');
      for (const step of steps) node = node?.shadowRoot?.querySelector(step);
      return node ?? false;
    },
    { timeout: 30_000, polling: 100 },
    path,
  );
  return handle.asElement() as ElementHandle<Element>;
}

/**
 * Presses Join in the pre-join screen of the page's `<rtc-room>`, as a person would: with the tab
 * in front (puppeteer's click waits for the button to be seen, which never happens in a
 * background tab of the same window) and a real click.
 */
export async function pressJoin(page: Page): Promise<void> {
  await page.bringToFront();
  await (await inRoom(page, ['[part~="prejoin"]', '[part~="join-button"]'])).click();
}

/**
 * Opens a framework demo page (demo/react/, demo/vue/) in its own browser context, fills in
 * the join form and presses Join, as a person would.
 */
export async function joinDemo(browser: Browser, url: string, name: string, errors: string[]): Promise<Page> {
  const page = await (await browser.createBrowserContext()).newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  const nameInput = await page.waitForSelector('form input', { timeout: 30_000 });
  await nameInput!.click({ count: 3 });
  await nameInput!.type(name);
  await page.click('form button');
  return page;
}

/** The lines of a framework demo's event log, as shown. */
export function eventLog(page: Page): Promise<string[]> {
  return page.$$eval('ol[aria-label="Events"] li', (items) => items.map((item) => item.textContent ?? ''));
}

/** Waits until a framework demo's event log shows `line`. */
export async function logShows(page: Page, line: string): Promise<void> {
  await page.waitForFunction(
    (wanted: string) =>
      [...document.querySelectorAll('ol[aria-label="Events"] li')].some(
        (item) => item.textContent === wanted,
      ),
    { timeout: 30_000, polling: 100 },
    line,
  );
}

/** Types `text` into the chat of the page's `<rtc-room>` once it can send, and sends it. */
export async function sendChat(page: Page, text: string): Promise<void> {
  const input = await inRoom(page, ['[part~="chat"]', '[part~="input"]']);
  await page.waitForFunction((el) => !(el as HTMLInputElement).disabled, { timeout: 30_000 }, input);
  await input.type(text);
  await (await inRoom(page, ['[part~="chat"]', '[part~="send-button"]'])).click();
}

export interface ShownMessage {
  name: string;
  text: string;
}

/** Waits until the chat of the page's `<rtc-room>` shows `count` messages; resolves with them. */
export async function chatMessages(page: Page, count: number): Promise<ShownMessage[]> {
  const handle = await page.waitForFunction(
    (wanted: number) => {
      const chat = document.querySelector('rtc-room')?.shadowRoot?.querySelector('[part~="chat"]');
      const messages = [...(chat?.shadowRoot?.querySelectorAll('[part~="message"]') ?? [])].map(
        (message) => ({
          name: message.querySelector('[part~="message-name"]')?.textContent?.trim() ?? '',
          text: message.querySelector('[part~="message-text"]')?.textContent ?? '',
        }),
      );
      return messages.length >= wanted ? messages : false;
    },
    { timeout: 30_000, polling: 100 },
    count,
  );
  return (await handle.jsonValue()) as ShownMessage[];
}
