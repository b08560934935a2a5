// Smoke test: two Chromium processes, each in its own network namespace, in a WebRTC call with
// each other over the bridge; a real cut of one side's network, then its restore. Also a
// relay-only call through coturn running in the hub.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromiumIn } from './chromium-in-netns.mjs';
import { startCoturn } from './coturn.mjs';
import { createTestNetwork, type TestNetwork } from './netns.mjs';
import {
  connectPeers,
  createPeer,
  report,
  serveFromHub,
  waitForReport,
  type PeerReport,
} from './peer-page.js';

const ms = (start: number) => Math.round(performance.now() - start);
const connected = (r: PeerReport) => r.connectionState === 'connected';
const lastAt = (r: PeerReport, kind: 'ice' | 'connection', state: string, after: number) =>
  r.states.find((s) => s.kind === kind && s.state === state && s.at >= after)?.at;

describe('Chromium in network namespaces', () => {
  let network: TestNetwork;
  let origin: string;
  let browsers: Record<'a' | 'b', Browser>;
  let pages: Record<'a' | 'b', Page>;

  before(async () => {
    let start = performance.now();
    network = await createTestNetwork({ prefix: 'crtest', hosts: ['a', 'b'] });
    console.log(`# network setup: ${ms(start)} ms`);
    ({ origin } = await serveFromHub(network));
    start = performance.now();
    const [a, b] = await Promise.all(
      (['a', 'b'] as const).map(async (host) => {
        const begin = performance.now();
        const browser = await launchChromiumIn(network, host, { secureOrigins: origin });
        console.log(`# Chromium launch in namespace ${host}: ${ms(begin)} ms`);
        return browser;
      }),
    );
    console.log(`# both Chromium launched: ${ms(start)} ms`);
    browsers = { a: a!, b: b! };
  });
  after(() => network?.destroy());

  const openPages = async () => {
    const [a, b] = await Promise.all(
      (['a', 'b'] as const).map(async (host) => {
        const page = await browsers[host].newPage();
        await page.goto(`${origin}/`);
        return page;
      }),
    );
    pages = { a: a!, b: b! };
  };

  it('calls between the namespaces; a cut stops the media, a restore brings it back', async () => {
    await openPages();
    assert.equal(
      await pages.a.evaluate(() => window.isSecureContext),
      true,
      'the hub origin counts as secure',
    );
    let start = performance.now();
    await Promise.all([createPeer(pages.a, 'pa'), createPeer(pages.b, 'pb')]);
    await connectPeers(pages.a, 'pa', pages.b, 'pb');
    const [first] = await Promise.all([
      waitForReport(pages.a, 'pa', (r) => connected(r) && r.framesDecoded > 5, { what: 'frames from b' }),
      waitForReport(pages.b, 'pb', (r) => connected(r) && r.framesDecoded > 5, { what: 'frames from a' }),
    ]);
    console.log(`# offer → connected with frames both ways: ${ms(start)} ms, pair ${first.pair}`);
    assert.equal(first.pair, 'host->host');
    assert.ok(
      first.candidates.some((c) => c.includes(` ${network.hosts.a!.ip} `)),
      'a gathered its namespace IP',
    );

    // Cut a: both sides notice (consent checks go unanswered).
    const cutAt = Date.now();
    await network.cut('a');
    const [aDown, bDown] = await Promise.all([
      waitForReport(pages.a, 'pa', (r) => r.iceState !== 'connected' && r.iceState !== 'completed', {
        what: 'ICE leaving connected after the cut',
      }),
      waitForReport(pages.b, 'pb', (r) => r.iceState !== 'connected' && r.iceState !== 'completed', {
        what: 'ICE leaving connected after the cut',
      }),
    ]);
    const aNoticed = lastAt(aDown, 'ice', 'disconnected', cutAt);
    const bNoticed = lastAt(bDown, 'ice', 'disconnected', cutAt);
    console.log(`# cut → ICE disconnected: a ${aNoticed! - cutAt} ms, b ${bNoticed! - cutAt} ms`);
    assert.equal(aDown.iceState, 'disconnected');
    const framesDuringCut = (await report(pages.b, 'pb')).framesDecoded;

    const restoreAt = Date.now();
    await network.restore('a');
    const [aUp, bUp] = await Promise.all([
      waitForReport(pages.a, 'pa', (r) => r.iceState === 'connected' && r.connectionState === 'connected', {
        what: 'ICE back to connected after the restore',
      }),
      waitForReport(pages.b, 'pb', (r) => r.iceState === 'connected' && r.connectionState === 'connected', {
        what: 'ICE back to connected after the restore',
      }),
    ]);
    console.log(
      `# restore → ICE connected: a ${lastAt(aUp, 'ice', 'connected', restoreAt)! - restoreAt} ms, ` +
        `b ${lastAt(bUp, 'ice', 'connected', restoreAt)! - restoreAt} ms ` +
        `(cut lasted ${restoreAt - cutAt} ms)`,
    );
    start = performance.now();
    await waitForReport(pages.b, 'pb', (r) => r.framesDecoded > framesDuringCut + 10, {
      what: 'frames flowing again',
    });
    console.log(`# restore → 10 more frames decoded at b: ${ms(start)} ms after ICE reconnected`);
    await Promise.all([pages.a.close(), pages.b.close()]);
  });

  it('calls relay-only through coturn in the hub', async () => {
    let start = performance.now();
    const turn = await startCoturn({
      secret: 'netns-secret',
      listeningIp: network.hubIp,
      spawn: (command, args, options) => network.spawnIn('hub', command, args, options),
    });
    console.log(`# coturn start in the hub: ${ms(start)} ms (spawn → STUN answer ${turn.startMs} ms)`);
    try {
      await openPages();
      const config = (user: string): RTCConfiguration => ({
        iceTransportPolicy: 'relay',
        iceServers: [{ urls: turn.url, ...turn.credentials(user, 600) }],
      });
      start = performance.now();
      await Promise.all([
        createPeer(pages.a, 'ra', config('alice')),
        createPeer(pages.b, 'rb', config('bob')),
      ]);
      await connectPeers(pages.a, 'ra', pages.b, 'rb');
      const [atA] = await Promise.all([
        waitForReport(pages.a, 'ra', (r) => connected(r) && r.framesDecoded > 5, { what: 'relayed frames' }),
        waitForReport(pages.b, 'rb', (r) => connected(r) && r.framesDecoded > 5, { what: 'relayed frames' }),
      ]);
      console.log(`# relay-only across namespaces, offer → frames: ${ms(start)} ms, pair ${atA.pair}`);
      assert.equal(atA.pair, 'relay->relay');
      assert.ok(
        atA.candidates.every((c) => c.includes(' typ relay ')),
        atA.candidates.join('\n'),
      );
      await Promise.all([pages.a.close(), pages.b.close()]);
    } finally {
      await turn.stop();
    }
  });
});
