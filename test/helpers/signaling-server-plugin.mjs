// A web-test-runner plugin that runs the real signaling server (server/cli.ts) as child
// processes on ephemeral loopback ports. Browser tests reach it through commands
// (executeServerCommand from @web/test-runner-commands; test/helpers/signaling-server.ts):
//   signaling-server-url    the URL of the server shared by the whole run
//   start-signaling-server  a server of the test's own, to stop mid-test; returns its URL
//   stop-signaling-server   stops the server with { url }
import { startServerProcess } from './server-process.mjs';

export function signalingServerPlugin() {
  const servers = new Map();
  let shared;
  const start = async () => {
    const server = await startServerProcess({ fromSource: true });
    servers.set(server.url, server);
    return server.url;
  };
  return {
    name: 'rtc-signaling-server',
    async serverStart() {
      shared = await start();
    },
    async serverStop() {
      await Promise.all([...servers.values()].map((server) => server.stop()));
    },
    async executeCommand({ command, payload }) {
      if (command === 'signaling-server-url') return shared;
      if (command === 'start-signaling-server') return start();
      if (command === 'stop-signaling-server') {
        await servers.get(payload?.url)?.stop();
        servers.delete(payload?.url);
        return true;
      }
      return undefined;
    },
  };
}
