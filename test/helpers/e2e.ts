import { after, before } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { chromiumFlags, requireChromium } from './chromium.mjs';
import { startServerProcess, type ServerProcess } from './server-process.mjs';

/**
 * For one end-to-end suite: the built server as its own process (with `serverArgs`, given
 * when the suite starts) and one headless Chromium, both stopped when the suite ends.
 */
export function useServerAndBrowser(serverArgs: () => string[]): { server: ServerProcess; browser: Browser } {
  const fixture = {} as { server: ServerProcess; browser: Browser };
  before(async () => {
    fixture.server = await startServerProcess({ args: serverArgs() });
    fixture.browser = await puppeteer.launch({
      executablePath: requireChromium(),
      headless: true,
      args: chromiumFlags,
    });
  });
  after(async () => {
    await fixture.browser?.close();
    await fixture.server?.stop();
  });
  return fixture;
}

export interface RemoteTile {
  name: string;
  frames: number;
}

/**
 * Waits until the page's `<rtc-room>` shows exactly `count` remote tiles, each of which has
 * shown at least `minFrames` frames; resolves with their names and frame counts.
 */
export async function remoteTiles(page: Page, count: number, minFrames = 3): Promise<RemoteTile[]> {
  const handle = await page.waitForFunction(
    (wanted: number, min: number) => {
      const tiles = [
        ...(document.querySelector('rtc-room')?.shadowRoot?.querySelectorAll('[part~="remote-video"]') ?? []),
      ].map((tile) => {
        const video = tile.shadowRoot?.querySelector('video');
        return {
          name: tile.shadowRoot?.querySelector('[part~="name-tag"]')?.textContent?.trim() ?? '',
          frames: video && video.videoWidth > 0 ? video.getVideoPlaybackQuality().totalVideoFrames : 0,
        };
      });
      return tiles.length === wanted && tiles.every((tile) => tile.frames >= min) ? tiles : false;
    },
    { timeout: 30_000, polling: 100 },
    count,
    minFrames,
  );
  return (await handle.jsonValue()) as RemoteTile[];
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

/** Sends a chat message from the page's `<rtc-room>` default layout. */
export async function sendChat(page: Page, text: string): Promise<void> {
  const input = await inRoom(page, ['[part~="chat"]', '[part~="input"]']);
  await page.waitForFunction((el) => !(el as HTMLInputElement).disabled, { timeout: 30_000 }, input);
  await input.type(text);
  await (await inRoom(page, ['[part~="chat"]', '[part~="send-button"]'])).click();
}
