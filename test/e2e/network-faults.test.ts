// End to end over a real (namespaced) network: two Chromium processes, each in its own network
// namespace, call each other through the real server running in a hub namespace. Faults are
// real dropped packets (iptables), not browser "offline" emulation, which WebRTC ignores.
// Needs root (network namespaces); without it the suite fails with the reason.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromiumIn } from '../infra/chromium-in-netns.mjs';
import { createTestNetwork, type TestNetwork } from '../infra/netns.mjs';
import { pressJoin, remoteTiles, remoteTilesNow } from '../helpers/e2e.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.mjs';

const CUT_MS = 5000;

/** Sends chat messages from the page's <rtc-room> session. */
function sendChat(page: Page, texts: string[]): Promise<void> {
  return page.evaluate((all: string[]) => {
    const session = document.querySelector('rtc-room')!.currentSession!;
    for (const text of all) session.chat.send(text);
  }, texts);
}

/** Waits until the page has received exactly `expected` from others (in this order, once each). */
async function chatArrives(page: Page, expected: string[]): Promise<void> {
  const handle = await page
    .waitForFunction(
      (want: string[]) => {
        const got = document
          .querySelector('rtc-room')!
          .currentSession!.chat.messages.filter((m) => !m.local)
          .map((m) => m.text);
        return got.length >= want.length ? got : false;
      },
      { timeout: 60_000, polling: 200 },
      expected,
    )
    .catch(async (error: unknown) => {
      const got = await page.evaluate(() =>
        document
          .querySelector('rtc-room')!
          .currentSession!.chat.messages.filter((m) => !m.local)
          .map((m) => m.text),
      );
      throw new Error(`chat incomplete: got ${JSON.stringify(got)}`, { cause: error });
    });
  assert.deepEqual(await handle.jsonValue(), expected);
}

function remoteIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelector('rtc-room')!.currentSession!.participants.keys()]);
}

const numbered = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

describe('a call across a real network with faults', () => {
  let network: TestNetwork;
  let server: ServerProcess;
  let browsers: Record<'a' | 'b', Browser>;

  before(async () => {
    network = await createTestNetwork({ prefix: 'faults', hosts: ['a', 'b'] });
    server = await startServerProcess({
      args: [
        ...['--host', network.hubIp, '--serve', '.'],
        ...['--resume-secret', randomBytes(16).toString('hex')],
        ...['--ping-interval', '2000', '--departure-grace', '3000'],
      ],
      spawn: (command, args, options) => network.spawnIn('hub', command, args, options),
    });
    const origin = new URL(server.httpUrl).origin;
    const [a, b] = await Promise.all(
      (['a', 'b'] as const).map((host) => launchChromiumIn(network, host, { secureOrigins: origin })),
    );
    browsers = { a: a!, b: b! };
  });

  after(async () => {
    await network?.destroy();
  });

  // Each test's calls end with it: live calls left behind would load the two cores. And a test
  // that failed in the middle of a fault leaves no fault behind for the next one.
  const opened: Page[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close().catch(() => undefined)));
    await network.restore('a');
    await network.clearLoss('a');
  });

  async function newPage(host: 'a' | 'b'): Promise<Page> {
    const page = await browsers[host].newPage();
    opened.push(page);
    return page;
  }

  async function openCall(room: string): Promise<Record<'a' | 'b', Page>> {
    const [a, b] = await Promise.all(
      (['a', 'b'] as const).map(async (host) => {
        const page = await newPage(host);
        await page.goto(`${server.httpUrl}demo/?room=${room}&name=${host.toUpperCase()}`);
        await pressJoin(page);
        return page;
      }),
    );
    await Promise.all([remoteTiles(a!, 1), remoteTiles(b!, 1)]);
    return { a: a!, b: b! };
  }

  it('heals after a 5 s cut, and chat sent around the cut arrives exactly once, in order', async () => {
    const pages = await openCall(`cut-${Date.now()}`);
    const ids = { a: await remoteIds(pages.a), b: await remoteIds(pages.b) };
    await Promise.all([sendChat(pages.a, numbered('a', 1, 10)), sendChat(pages.b, numbered('b', 1, 10))]);

    await network.cut('a');
    // What the pages show during the cut is read as it is, never waited for: the server may
    // already have told b that a left (it pings every 2 s and waits 3 s), and a wait for a's
    // tile at b would outlast the cut.
    let atCutEnd: Record<'a' | 'b', number>;
    try {
      await Promise.all([sendChat(pages.a, numbered('a', 11, 20)), sendChat(pages.b, numbered('b', 11, 20))]);
      // The cut lasts a fixed time: that is the fault being simulated, not a wait for a condition.
      await new Promise((resolve) => setTimeout(resolve, CUT_MS / 2));
      const [midA] = await remoteTilesNow(pages.a);
      await new Promise((resolve) => setTimeout(resolve, CUT_MS / 2));
      const [[atA], [atB]] = await Promise.all([remoteTilesNow(pages.a), remoteTilesNow(pages.b)]);
      assert.ok((atA?.frames ?? 0) - (midA?.frames ?? 0) < 5, 'the cut really stopped the media');
      atCutEnd = { a: atA?.frames ?? 0, b: atB?.frames ?? 0 };
    } finally {
      await network.restore('a');
    }
    const restored = performance.now();

    // Frames counted on from the cut's end; a tile put back afresh counts from 0, which only
    // makes the wait longer.
    await Promise.all([remoteTiles(pages.a, 1, atCutEnd.a + 10), remoteTiles(pages.b, 1, atCutEnd.b + 10)]);
    console.log(`# restore → frames flowing again both ways: ${Math.round(performance.now() - restored)} ms`);
    await Promise.all([sendChat(pages.a, numbered('a', 21, 30)), sendChat(pages.b, numbered('b', 21, 30))]);
    await Promise.all([
      chatArrives(pages.a, numbered('b', 1, 30)),
      chatArrives(pages.b, numbered('a', 1, 30)),
    ]);
    assert.deepEqual({ a: await remoteIds(pages.a), b: await remoteIds(pages.b) }, ids);
  });

  it('stays up with 10 % random packet loss, and chat is complete', async () => {
    const pages = await openCall(`loss-${Date.now()}`);
    await network.setLoss('a', 0.1);
    try {
      for (let round = 0; round < 5; round++) {
        const from = round * 20 + 1;
        await Promise.all([
          sendChat(pages.a, numbered('a', from, from + 19)),
          sendChat(pages.b, numbered('b', from, from + 19)),
        ]);
      }
      await Promise.all([
        chatArrives(pages.a, numbered('b', 1, 100)),
        chatArrives(pages.b, numbered('a', 1, 100)),
      ]);
      const [[atB]] = await Promise.all([remoteTiles(pages.b, 1)]);
      await remoteTiles(pages.b, 1, atB!.frames + 10);
      const states = await pages.b.evaluate(() =>
        [...document.querySelector('rtc-room')!.currentSession!.participants.values()].map(
          (p) => p.connectionState,
        ),
      );
      assert.deepEqual(states, ['connected']);
    } finally {
      await network.clearLoss('a');
    }
  });

  it('drops a participant whose network vanishes, and takes them back when it returns, chat intact', async () => {
    const pages = await openCall(`vanish-${Date.now()}`);
    const [[before]] = await Promise.all([remoteTiles(pages.a, 1)]);
    await Promise.all([sendChat(pages.a, numbered('a', 1, 5)), sendChat(pages.b, numbered('b', 1, 5))]);
    await network.cut('a');
    await Promise.all([sendChat(pages.a, numbered('a', 6, 10)), sendChat(pages.b, numbered('b', 6, 10))]);
    // The server stops hearing a (pings every 2 s), waits its 3 s grace, then says bye.
    await remoteTiles(pages.b, 0);
    // Sent while b sees a as gone: still for a, who is away only briefly.
    await sendChat(pages.b, numbered('b', 11, 15));
    await network.restore('a');
    // a finds its signaling connection dead, reconnects, and the two meet again with video.
    await remoteTiles(pages.b, 1);
    await remoteTiles(pages.a, 1, before!.frames + 30);
    const states = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelector('rtc-room')!.currentSession!.participants.values()].map(
          (p) => p.connectionState,
        ),
      );
    assert.deepEqual([await states(pages.a), await states(pages.b)], [['connected'], ['connected']]);
    await Promise.all([
      chatArrives(pages.a, numbered('b', 1, 15)),
      chatArrives(pages.b, numbered('a', 1, 10)),
    ]);
  });

  it('moves to a new network address (a network switch) through an ICE restart', async () => {
    const pages = await openCall(`switch-${Date.now()}`);
    const { a } = network.hosts;
    const ids = await remoteIds(pages.b);
    const [[before]] = await Promise.all([remoteTiles(pages.b, 1)]);
    const moved = `${network.subnet}.12`;
    // The old address disappears with every connection bound to it, as on a switch of Wi-Fi.
    await network.exec(a!.ns, 'ip', ['addr', 'del', `${a!.ip}/24`, 'dev', a!.iface]);
    await network.exec(a!.ns, 'ip', ['addr', 'add', `${moved}/24`, 'dev', a!.iface]);
    await network.exec(a!.ns, 'ip', ['route', 'add', 'default', 'via', network.hubIp]);
    try {
      // Only new candidates on the new address can carry media again: that takes an ICE restart.
      await remoteTiles(pages.b, 1, before!.frames + 30);
      const [[atA]] = await Promise.all([remoteTiles(pages.a, 1)]);
      await remoteTiles(pages.a, 1, atA!.frames + 30);
      assert.deepEqual(await remoteIds(pages.b), ids);
    } finally {
      await network.exec(a!.ns, 'ip', ['addr', 'del', `${moved}/24`, 'dev', a!.iface]);
      await network.exec(a!.ns, 'ip', ['addr', 'add', `${a!.ip}/24`, 'dev', a!.iface]);
      await network.exec(a!.ns, 'ip', ['route', 'replace', 'default', 'via', network.hubIp]);
    }
  });

  it('says a TURN server is needed when the two cannot reach each other directly', async () => {
    const { a, b } = network.hosts;
    // Only the hub (the server) stays reachable: no direct path between a and b remains.
    await network.exec(a!.ns, 'iptables', ['-I', 'OUTPUT', '-d', b!.ip, '-j', 'DROP']);
    await network.exec(a!.ns, 'iptables', ['-I', 'INPUT', '-s', b!.ip, '-j', 'DROP']);
    try {
      const room = `blocked-${Date.now()}`;
      const page = await newPage('a');
      await page.goto(`${server.httpUrl}demo/?room=${room}&name=A`);
      await pressJoin(page);
      const other = await newPage('b');
      // goto waits for the load event, which a remote <video> still waiting for media would
      // hold back for good: the tiles attach media only once the connection is up.
      await other.goto(`${server.httpUrl}demo/?room=${room}&name=B`);
      await pressJoin(other);
      const notice = await page.waitForFunction(
        () =>
          [...(document.querySelector('rtc-room')?.shadowRoot?.querySelectorAll('[part~="notice"]') ?? [])]
            .map((n) => n.textContent ?? '')
            .find((text) => text.includes('TURN')) ?? false,
        { timeout: 60_000, polling: 200 },
      );
      assert.match(
        String(await notice.jsonValue()),
        /Could not connect to B: .*no TURN server is configured/,
      );
    } finally {
      await network.exec(a!.ns, 'iptables', ['-D', 'OUTPUT', '-d', b!.ip, '-j', 'DROP']);
      await network.exec(a!.ns, 'iptables', ['-D', 'INPUT', '-s', b!.ip, '-j', 'DROP']);
    }
  });

  it('drops a participant whose browser is killed, within the departure grace', async () => {
    const pages = await openCall(`killed-${Date.now()}`);
    browsers.b.process()?.kill('SIGKILL');
    // Its socket closes at once; the others are told after the server's 3 s grace.
    await remoteTiles(pages.a, 0);
  });
});
