// Smoke tests of the test network itself: real namespaces, a real bridge, real packets dropped.
// Needs root, iproute2 and iptables; without them the first test fails with the reason.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { createTestNetwork, type TestNetwork } from './netns.mjs';
import { netprobePath } from './netprobe.mjs';

const namespacesNamed = (start: string) => {
  try {
    return readdirSync('/run/netns').filter((name) => name.startsWith(start));
  } catch {
    return [];
  }
};

// A killed orphan may stay a zombie for a while (reparented to a pid 1 that reaps late): dead.
const isAlive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** A UDP+TCP echo server inside `ns`; stop() resolves with how many UDP datagrams it received. */
async function startEcho(network: TestNetwork, ns: string, ip: string) {
  const child = network.spawnIn(ns, process.execPath, [netprobePath, 'echo', ip, '0'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [ready] = (await once(lines, 'line', { signal: AbortSignal.timeout(10_000) })) as [string];
  return {
    port: Number(ready.split(' ')[1]),
    async stop(): Promise<number> {
      const received = once(lines, 'line', { signal: AbortSignal.timeout(10_000) });
      child.stdin!.end();
      const [line] = (await received) as [string];
      return Number(line.split(' ')[1]);
    },
  };
}

interface UdpResult {
  sent: number;
  echoed: number;
  sendErrors: number;
}

async function udpProbe(
  network: TestNetwork,
  ns: string,
  ip: string,
  port: number,
  count: number,
  waitMs = 400,
) {
  const out = await network.exec(ns, process.execPath, [
    netprobePath,
    'udp',
    ip,
    String(port),
    String(count),
    '1',
    String(waitMs),
  ]);
  return JSON.parse(out) as UdpResult;
}

async function tcpProbe(network: TestNetwork, ns: string, ip: string, port: number, timeoutMs: number) {
  const out = await network.exec(ns, process.execPath, [
    netprobePath,
    'tcp',
    ip,
    String(port),
    String(timeoutMs),
  ]);
  return JSON.parse(out) as { ok: boolean; ms: number; error?: string };
}

describe('test network: namespaces, bridge, iptables', () => {
  let network: TestNetwork;

  before(async () => {
    const start = performance.now();
    network = await createTestNetwork({ prefix: 'nstest', hosts: ['a', 'b'] });
    console.log(`# network setup (hub + 2 hosts): ${Math.round(performance.now() - start)} ms`);
  });
  after(() => network?.destroy());

  it('connects each host to the hub and to the other host', async () => {
    assert.match(network.hubIp, /^\d+\.\d+\.\d+\.1$/);
    assert.notEqual(network.hosts.a!.ip, network.hosts.b!.ip);
    assert.ok(network.silentEgress, 'bridge netfilter is available, so egress drops are silent');
    const hubEcho = await startEcho(network, 'hub', network.hubIp);
    const bEcho = await startEcho(network, 'b', network.hosts.b!.ip);
    const toHub = await tcpProbe(network, 'a', network.hubIp, hubEcho.port, 2_000);
    assert.ok(toHub.ok, `a reaches the hub over TCP: ${JSON.stringify(toHub)}`);
    assert.equal((await udpProbe(network, 'a', network.hubIp, hubEcho.port, 5)).echoed, 5);
    assert.equal((await udpProbe(network, 'a', network.hosts.b!.ip, bEcho.port, 5)).echoed, 5);
    await Promise.all([hubEcho.stop(), bEcho.stop()]);
  });

  it('cut() drops every packet in and out of a host, silently; restore() brings it back', async () => {
    const aEcho = await startEcho(network, 'a', network.hosts.a!.ip);
    const hubEcho = await startEcho(network, 'hub', network.hubIp);
    assert.equal((await udpProbe(network, 'b', network.hosts.a!.ip, aEcho.port, 5)).echoed, 5);

    await network.cut('a');
    await network.cut('a'); // idempotent
    const [fromB, fromA, tcpIn, tcpOut] = await Promise.all([
      udpProbe(network, 'b', network.hosts.a!.ip, aEcho.port, 5),
      udpProbe(network, 'a', network.hubIp, hubEcho.port, 5),
      tcpProbe(network, 'b', network.hosts.a!.ip, aEcho.port, 700),
      tcpProbe(network, 'a', network.hubIp, hubEcho.port, 700),
    ]);
    assert.deepEqual(fromB, { sent: 5, echoed: 0, sendErrors: 0 });
    assert.deepEqual(fromA, { sent: 5, echoed: 0, sendErrors: 0 }, 'sends succeed; the packets vanish');
    assert.deepEqual([tcpIn.ok, tcpIn.error], [false, 'timeout']);
    assert.deepEqual([tcpOut.ok, tcpOut.error], [false, 'timeout']);
    // The host's own loopback still works.
    const loop = await startEcho(network, 'a', '127.0.0.1');
    assert.equal((await udpProbe(network, 'a', '127.0.0.1', loop.port, 5)).echoed, 5);
    await loop.stop();

    await network.restore('a');
    await network.restore('a');
    assert.equal((await udpProbe(network, 'b', network.hosts.a!.ip, aEcho.port, 5)).echoed, 5);
    assert.ok((await tcpProbe(network, 'a', network.hubIp, hubEcho.port, 2_000)).ok);
    await Promise.all([aEcho.stop(), hubEcho.stop()]);
  });

  it('setLoss() drops about that share of packets in each direction', async () => {
    const aEcho = await startEcho(network, 'a', network.hosts.a!.ip);
    const bEcho = await startEcho(network, 'b', network.hosts.b!.ip);
    await network.setLoss('a', 0.5);
    const inbound = await udpProbe(network, 'b', network.hosts.a!.ip, aEcho.port, 400, 300);
    const outbound = await udpProbe(network, 'a', network.hosts.b!.ip, bEcho.port, 400, 300);
    const [intoA, intoB] = await Promise.all([aEcho.stop(), bEcho.stop()]);
    console.log(
      `# loss 0.5: b→a ${intoA}/400 arrived, a→b ${intoB}/400 arrived, ` +
        `round trips ${inbound.echoed}/400 and ${outbound.echoed}/400`,
    );
    // Binomial(400, 0.5): mean 200, sd 10; 140…260 is 6 sd.
    assert.ok(intoA > 140 && intoA < 260, `b→a: ${intoA} of 400 arrived`);
    assert.ok(intoB > 140 && intoB < 260, `a→b: ${intoB} of 400 arrived`);
    assert.equal(outbound.sendErrors, 0);

    await network.clearLoss('a');
    const aEcho2 = await startEcho(network, 'a', network.hosts.a!.ip);
    assert.equal((await udpProbe(network, 'b', network.hosts.a!.ip, aEcho2.port, 50)).echoed, 50);
    await aEcho2.stop();
  });

  it('egress "host" drops outgoing packets in the host instead: sends fail with EPERM', async () => {
    const local = await createTestNetwork({ prefix: 'nstesth', hosts: ['a', 'b'], egress: 'host' });
    try {
      assert.equal(local.silentEgress, false);
      const bEcho = await startEcho(local, 'b', local.hosts.b!.ip);
      await local.cut('a');
      assert.deepEqual(await udpProbe(local, 'a', local.hosts.b!.ip, bEcho.port, 5, 200), {
        sent: 5,
        echoed: 0,
        sendErrors: 5,
      });
      await local.restore('a');
      assert.equal((await udpProbe(local, 'a', local.hosts.b!.ip, bEcho.port, 5)).echoed, 5);
    } finally {
      await local.destroy();
    }
  });

  it('destroy() kills what runs inside, deletes the namespaces, and is idempotent', async () => {
    const other = await createTestNetwork({ prefix: 'nstestd', hosts: ['x', 'y'] });
    const base = other.hubNs.replace(/-hub$/, '');
    assert.equal(namespacesNamed(`${base}-`).length, 3);
    const sleeper = other.spawnIn('x', 'sleep', ['60']);
    // A grandchild the network did not start itself: found by namespace and killed too.
    const orphan = Number(await other.exec('y', 'sh', ['-c', 'sleep 60 >/dev/null 2>&1 & echo $!']));
    assert.ok(isAlive(orphan));
    const start = performance.now();
    await Promise.all([other.destroy(), other.destroy()]);
    console.log(`# destroy: ${Math.round(performance.now() - start)} ms`);
    await other.destroy();
    assert.deepEqual(namespacesNamed(`${base}-`), []);
    assert.ok(sleeper.exitCode !== null || sleeper.signalCode !== null, 'the spawned process exited');
    assert.ok(!isAlive(orphan), 'the orphan was killed');
    await assert.rejects(other.cut('x'), /destroyed/);
    assert.throws(() => other.spawnIn('x', 'true'), /destroyed/);
  });

  it('removes leftovers of a crashed run with the same prefix, and leaves live runs alone', async () => {
    const dead = spawn('true');
    await once(dead, 'exit');
    const leftover = `nstestl-${dead.pid}-0-a`;
    const live = `nstestl-${process.pid}-99-a`;
    await network.exec('hub', 'ip', ['netns', 'add', leftover]);
    await network.exec('hub', 'ip', ['netns', 'add', live]);
    const fresh = await createTestNetwork({ prefix: 'nstestl', hosts: ['a'] });
    try {
      assert.deepEqual(namespacesNamed(leftover), []);
      assert.deepEqual(namespacesNamed(live), [live]);
    } finally {
      await fresh.destroy();
      await network.exec('hub', 'ip', ['netns', 'del', live]);
    }
  });

  it('fails with one clear error when not root', async () => {
    const script = `import(${JSON.stringify(new URL('./netns.mjs', import.meta.url).href)})
      .then((m) => m.createTestNetwork({ hosts: ['a'] }))
      .then(() => console.log('created'), (e) => console.log(e.message));`;
    const child = spawn(
      'setpriv',
      ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '-e', script],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    await once(child, 'exit');
    assert.match(out, /^Cannot create a test network: missing root privileges/);
  });
});
