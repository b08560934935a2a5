// A web-test-runner plugin that runs the real signaling server (server/cli.ts) as a child
// process on an ephemeral loopback port for the whole run. Browser tests ask for its URL with
// the `signaling-server-url` command (executeServerCommand from @web/test-runner-commands).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export function signalingServerPlugin() {
  let child;
  let url;
  return {
    name: 'rtc-signaling-server',
    async serverStart() {
      child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--port', '0'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      url = await new Promise((resolve, reject) => {
        const lines = createInterface({ input: child.stdout });
        const timer = setTimeout(
          () => reject(new Error('the signaling server did not start within 20 s')),
          20000,
        );
        child.once('exit', (code) => reject(new Error(`the signaling server exited with code ${code}`)));
        lines.once('line', (line) => {
          clearTimeout(timer);
          const match = /ws:\/\/\S+/.exec(line);
          if (match) resolve(match[0]);
          else reject(new Error(`unexpected first line from the signaling server: ${line}`));
        });
      });
    },
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    async executeCommand({ command }) {
      if (command === 'signaling-server-url') return url;
      return undefined;
    },
  };
}
