// A throwaway network for tests that must lose real packets: one "hub" network namespace with a
// Linux bridge, and one namespace per host joined to it by a veth pair.
//
//        hub namespace  (br0 = hubIp, e.g. 10.99.0.1/24; the servers the hosts talk to run here)
//        ├─ p-a ══ veth ══ eth0 in namespace "a" (10.99.0.2, default route via the hub)
//        └─ p-b ══ veth ══ eth0 in namespace "b" (10.99.0.3)
//
// Nothing is attached to the root namespace: the subnet cannot collide with anything, and no
// packet leaves the machine. Impairments are iptables rules; this kernel has no netem.
//   - Inbound to a host: DROP in the host's own INPUT chain (everything but its loopback).
//   - Outbound from a host: DROP in the hub, on the bridge port the host's frames enter through
//     (br_netfilter + `-m physdev --physdev-in`), so the host's sockets see a silent loss, as when
//     an upstream link dies. A DROP in the host's own OUTPUT chain instead fails every send at
//     once with EPERM: that is what `egress: 'host'` asks for, and the fallback when the kernel
//     has no bridge netfilter (`network.silentEgress` is then false).
// Background and measurements: /work/shared/notes/infra-recipes.md, section 4.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const SEARCH_PATH = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/bin', '/bin'];

/** The absolute path of a command, also looking in the sbin folders a non-login PATH may lack. */
export function findTool(name) {
  for (const dir of SEARCH_PATH) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

const NAME = /^[a-z][a-z0-9]*$/;
const HUB_IFACE = 'br0';
const HOST_IFACE = 'eth0'; // not tap*/tun*/veth*/vmnet*/vnic*/vboxnet*: see the report
const live = new Set();
let sequence = 0;

/** Runs a command to completion; rejects with its stderr. */
function run(file, args, { input, timeoutMs = 20_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(stdout);
      else {
        const error = new Error(
          `\`${[file, ...args].join(' ')}\` failed (${signal ?? `exit ${code}`}): ${stderr.trim() || stdout.trim()}`,
        );
        error.stderr = stderr;
        reject(error);
      }
    });
    child.stdin.on('error', () => {}); // EPIPE when the command exits without reading
    child.stdin.end(input ?? '');
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function listNamespaces() {
  try {
    return readdirSync('/run/netns');
  } catch {
    return [];
  }
}

function pidsIn(ip, ns) {
  try {
    return execFileSync(ip, ['netns', 'pids', ns], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function killAll(pids, signal) {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Kills every process inside the namespaces and deletes them, synchronously. */
function removeNamespacesSync(ip, namespaces) {
  for (let round = 0; round < 20; round++) {
    const pids = namespaces.flatMap((ns) => pidsIn(ip, ns));
    if (pids.length === 0) break;
    killAll(pids, 'SIGKILL');
    execFileSync('sleep', ['0.05']);
  }
  for (const ns of namespaces) {
    try {
      execFileSync(ip, ['netns', 'del', ns], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}

/** Namespaces `${prefix}-<pid>-…` of a process that no longer runs: a crashed earlier run. */
function removeLeftovers(ip, prefix) {
  const pattern = new RegExp(`^${prefix}-(\\d+)-\\d+-[a-z0-9]+$`);
  const stale = listNamespaces().filter((ns) => {
    const pid = Number(pattern.exec(ns)?.[1]);
    return pid > 0 && pid !== process.pid && !isAlive(pid);
  });
  if (stale.length > 0) removeNamespacesSync(ip, stale);
  return stale;
}

const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let exitHooksInstalled = false;

function destroyAllSync() {
  for (const network of live) network.destroySync();
}

function onSignal(signal) {
  destroyAllSync();
  removeExitHooks();
  // Nobody else handles it: die of the signal as if we had never listened.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', destroyAllSync);
  for (const signal of EXIT_SIGNALS) process.on(signal, onSignal);
}

function removeExitHooks() {
  if (!exitHooksInstalled || live.size > 0) return;
  exitHooksInstalled = false;
  process.removeListener('exit', destroyAllSync);
  for (const signal of EXIT_SIGNALS) process.removeListener(signal, onSignal);
}

/** One error naming everything that is missing before anything is created. */
function checkPrerequisites() {
  const missing = [];
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    missing.push('root privileges (network namespaces and iptables need root; run the tests as root)');
  }
  const ip = findTool('ip');
  if (!ip) missing.push('the `ip` command (Debian package iproute2)');
  const iptables = findTool('iptables');
  if (!iptables) missing.push('the `iptables` command (Debian package iptables)');
  if (missing.length > 0) {
    throw new Error(
      `Cannot create a test network: missing ${missing.join('; ')}. ` +
        'On Debian, run scripts/install-test-deps.sh as root.',
    );
  }
  return { ip, iptables };
}

function explain(error, what, hint) {
  return new Error(`Cannot create a test network: ${what}. ${hint} (${error.message})`);
}

/**
 * Creates the hub and one namespace per host. See netns.d.mts for the returned object.
 * @param {{ prefix?: string, hosts: string[], subnet?: string }} options
 */
export async function createTestNetwork({ prefix = 'rtc', hosts, subnet = '10.99.0', egress } = {}) {
  const { ip, iptables } = checkPrerequisites();
  if (!NAME.test(prefix) || prefix.length > 10) {
    throw new Error(`prefix must be 1-10 lowercase letters and digits, starting with a letter: ${prefix}`);
  }
  if (!Array.isArray(hosts) || hosts.length === 0 || hosts.length > 200) {
    throw new Error('hosts must be a non-empty array of names (at most 200)');
  }
  for (const host of hosts) {
    if (!NAME.test(host) || host.length > 12 || host === 'hub') {
      throw new Error(`a host name must be 1-12 lowercase letters and digits, not "hub": ${host}`);
    }
  }
  if (new Set(hosts).size !== hosts.length) throw new Error(`duplicate host names: ${hosts.join(', ')}`);
  if (!/^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(subnet))
    throw new Error(`subnet must be like "10.99.0": ${subnet}`);
  if (egress !== undefined && egress !== 'hub' && egress !== 'host') {
    throw new Error(`egress must be "hub" or "host": ${egress}`);
  }

  removeLeftovers(ip, prefix);

  const base = `${prefix}-${process.pid}-${sequence++}`;
  const hubNs = `${base}-hub`;
  const hubIp = `${subnet}.1`;
  const hostInfo = Object.fromEntries(
    hosts.map((host, index) => [
      host,
      { ns: `${base}-${host}`, ip: `${subnet}.${index + 2}`, iface: HOST_IFACE, hubPort: `p-${host}` },
    ]),
  );
  const namespaces = [hubNs, ...hosts.map((host) => hostInfo[host].ns)];
  const children = new Set();
  const destroyHooks = [];
  const state = Object.fromEntries(hosts.map((host) => [host, { cut: false, loss: 0 }]));
  let silentEgress = false;
  let destroyed = false;
  let destroying = null;

  const nsOf = (name) => {
    if (name === 'hub' || name === hubNs) return hubNs;
    if (hostInfo[name]) return hostInfo[name].ns;
    const host = hosts.find((h) => hostInfo[h].ns === name);
    if (host) return name;
    throw new Error(`no namespace "${name}" in this test network (hosts: ${hosts.join(', ')}, or "hub")`);
  };
  const hostOf = (host) => {
    if (!hostInfo[host])
      throw new Error(`no host "${host}" in this test network (hosts: ${hosts.join(', ')})`);
    if (destroyed) throw new Error('the test network was destroyed');
    return hostInfo[host];
  };
  // Applies filter-table rules in one namespace in one go.
  const rules = (ns, lines) =>
    run(ip, ['netns', 'exec', ns, `${iptables}-restore`, '--noflush'], {
      input: `*filter\n${lines.join('\n')}\nCOMMIT\n`,
    });

  const network = {
    prefix,
    hubNs,
    hubIp,
    subnet,
    hosts: hostInfo,
    get silentEgress() {
      return silentEgress;
    },

    spawnIn(name, command, args = [], options = {}) {
      if (destroyed) throw new Error('the test network was destroyed');
      const child = spawn(ip, ['netns', 'exec', nsOf(name), command, ...args], options);
      children.add(child);
      child.once('exit', () => children.delete(child));
      return child;
    },

    async exec(name, command, args = [], { input, timeoutMs } = {}) {
      if (destroyed) throw new Error('the test network was destroyed');
      return run(ip, ['netns', 'exec', nsOf(name), command, ...args], { input, timeoutMs });
    },

    onDestroy(hook) {
      destroyHooks.push(hook);
    },

    async cut(host) {
      const info = hostOf(host);
      if (state[host].cut) return;
      state[host].cut = true;
      await Promise.all(impair(info, '-I', 1, ['-j', 'DROP']));
    },

    async restore(host) {
      const info = hostOf(host);
      if (!state[host].cut) return;
      state[host].cut = false;
      await Promise.all(impair(info, '-D', null, ['-j', 'DROP']));
    },

    async setLoss(host, probability) {
      const info = hostOf(host);
      if (!(probability >= 0 && probability <= 1))
        throw new Error(`loss probability must be 0…1: ${probability}`);
      await network.clearLoss(host);
      if (probability === 0) return;
      state[host].loss = probability;
      await Promise.all(impair(info, '-A', null, lossRule(probability)));
    },

    async clearLoss(host) {
      const info = hostOf(host);
      const probability = state[host].loss;
      if (!probability) return;
      state[host].loss = 0;
      await Promise.all(impair(info, '-D', null, lossRule(probability)));
    },

    destroy() {
      destroying ??= (async () => {
        destroyed = true;
        for (const hook of destroyHooks.splice(0).reverse()) {
          await Promise.race([
            Promise.resolve()
              .then(hook)
              .catch(() => {}),
            new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
          ]);
        }
        await stopChildren([...children]);
        // Whatever else runs inside (Chromium's helpers, grandchildren): killed by pid.
        for (let round = 0; round < 40; round++) {
          const pids = namespaces.flatMap((ns) => pidsIn(ip, ns));
          if (pids.length === 0) break;
          killAll(pids, 'SIGKILL');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await Promise.all(namespaces.map((ns) => run(ip, ['netns', 'del', ns]).catch(() => {})));
        live.delete(network);
        removeExitHooks();
      })();
      return destroying;
    },

    /** For process exit: no waiting, no graceful shutdown. */
    destroySync() {
      destroyed = true;
      for (const hook of destroyHooks.splice(0)) {
        try {
          Promise.resolve(hook()).catch(() => {});
        } catch {
          // best effort
        }
      }
      killAll([...children].map((child) => child.pid).filter(Boolean), 'SIGKILL');
      removeNamespacesSync(ip, namespaces);
      live.delete(network);
    },
  };

  // Both directions of one impairment: `match` is what follows the interface selection.
  function impair(info, op, position, match) {
    const at = (chain) => (position ? `${op} ${chain} ${position}` : `${op} ${chain}`);
    const inbound = [`${at('INPUT')} ! -i lo ${match.join(' ')}`];
    if (!silentEgress) {
      return [rules(info.ns, [...inbound, `${at('OUTPUT')} ! -o lo ${match.join(' ')}`])];
    }
    const port = `-m physdev --physdev-in ${info.hubPort} ${match.join(' ')}`;
    return [rules(info.ns, inbound), rules(hubNs, [`${at('FORWARD')} ${port}`, `${at('INPUT')} ${port}`])];
  }

  async function stopChildren(list) {
    const running = list.filter((child) => child.exitCode === null && child.signalCode === null);
    if (running.length === 0) return;
    const exited = Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    killAll(
      running.map((child) => child.pid),
      'SIGTERM',
    );
    const timer = setTimeout(
      () => killAll(running.map((child) => child.pid).filter(Boolean), 'SIGKILL'),
      2_000,
    );
    await exited;
    clearTimeout(timer);
  }

  live.add(network);
  installExitHooks();
  try {
    try {
      await run(ip, ['netns', 'add', hubNs]);
    } catch (error) {
      throw explain(
        error,
        '`ip netns add` was refused',
        'Network namespaces need root with CAP_SYS_ADMIN and a kernel with CONFIG_NET_NS ' +
          '(in a container: --privileged, or --cap-add SYS_ADMIN --cap-add NET_ADMIN).',
      );
    }
    try {
      await run(ip, ['-n', hubNs, 'link', 'add', HUB_IFACE, 'type', 'bridge']);
    } catch (error) {
      throw explain(
        error,
        'no Linux bridge support',
        'The kernel needs CONFIG_BRIDGE (or the bridge module).',
      );
    }
    await run(ip, ['-n', hubNs, '-batch', '-'], {
      input: [
        'link set lo up',
        `link set ${HUB_IFACE} addrgenmode none`,
        `addr add ${hubIp}/24 dev ${HUB_IFACE}`,
        `link set ${HUB_IFACE} up`,
      ].join('\n'),
    });
    const checks = Promise.all([
      run(ip, ['netns', 'exec', hubNs, iptables, '-w', '-L', '-n']).catch((error) => {
        throw explain(
          error,
          'iptables does not work in a network namespace',
          'The kernel needs nf_tables or x_tables.',
        );
      }),
      egress === 'host'
        ? (silentEgress = false)
        : run(ip, ['netns', 'exec', hubNs, 'sysctl', '-qw', 'net.bridge.bridge-nf-call-iptables=1']).then(
            () => (silentEgress = true),
            (error) => {
              if (egress === 'hub') {
                throw explain(
                  error,
                  'no bridge netfilter (br_netfilter)',
                  'egress "hub" needs it; use "host".',
                );
              }
              silentEgress = false;
            },
          ),
    ]);
    const links = Promise.all(
      hosts.map(async (host) => {
        const { ns, ip: hostIp, hubPort } = hostInfo[host];
        await run(ip, ['netns', 'add', ns]);
        try {
          await run(ip, [
            '-n',
            ns,
            'link',
            'add',
            HOST_IFACE,
            'type',
            'veth',
            'peer',
            'name',
            hubPort,
            'netns',
            hubNs,
          ]);
        } catch (error) {
          throw explain(error, 'no veth support', 'The kernel needs CONFIG_VETH.');
        }
        await Promise.all([
          run(ip, ['-n', ns, '-batch', '-'], {
            input: [
              'link set lo up',
              `link set ${HOST_IFACE} addrgenmode none`,
              `addr add ${hostIp}/24 dev ${HOST_IFACE}`,
              `link set ${HOST_IFACE} up`,
              `route add default via ${hubIp}`,
            ].join('\n'),
          }),
          run(ip, ['-n', hubNs, '-batch', '-'], {
            input: [
              `link set ${hubPort} addrgenmode none`,
              `link set ${hubPort} master ${HUB_IFACE}`,
              `link set ${hubPort} up`,
            ].join('\n'),
          }),
        ]);
      }),
    );
    await Promise.all([checks, links]);
  } catch (error) {
    await network.destroy();
    throw error;
  }
  return network;
}

/** The iptables match and target that drop each packet with `probability`. */
function lossRule(probability) {
  return ['-m', 'statistic', '--mode', 'random', '--probability', String(probability), '-j', 'DROP'];
}
