// A web-test-runner plugin that runs the real signaling server (server/cli.ts) as child
// processes on ephemeral loopback ports. Browser tests reach it through commands
// (executeServerCommand from @web/test-runner-commands; test/helpers/signaling-server.ts):
//   signaling-server-url     the URL of the server shared by the whole run
//   start-signaling-server   a server of the test's own, to stop mid-test; returns its URL
//                            (payload: { args } for extra CLI flags)
//   stop-signaling-server    stops the server with { url, signal? } (it can be started again;
//                            signal SIGKILL makes it a crash)
//   restart-signaling-server starts it again on the same port, with the same flags
import { randomBytes } from 'node:crypto';
import { startServerProcess } from './server-process.mjs';

export function signalingServerPlugin() {
  /** url → { process (while running), args } */
  const servers = new Map();
  let shared;
  const start = async (args = [], port = 0) => {
    const process = await startServerProcess({ fromSource: true, args, port });
    servers.set(process.url, { process, args });
    return process.url;
  };
  return {
    name: 'rtc-signaling-server',
    async serverStart() {
      shared = await start();
    },
    async serverStop() {
      await Promise.all([...servers.values()].map((server) => server.process?.stop()));
    },
    async executeCommand({ command, payload }) {
      if (command === 'signaling-server-url') return shared;
      if (command === 'start-signaling-server') {
        // A fixed resume secret, so a restarted server recognises its participants.
        const secret = ['--resume-secret', randomBytes(16).toString('hex')];
        return start([...secret, ...(payload?.args ?? [])]);
      }
      const server = servers.get(payload?.url);
      if (!server) return undefined;
      if (command === 'stop-signaling-server') {
        await server.process?.stop(payload?.signal);
        server.process = undefined;
        return true;
      }
      if (command === 'restart-signaling-server') {
        await server.process?.stop();
        await start(server.args, Number(new URL(payload.url).port));
        return true;
      }
      return undefined;
    },
  };
}
