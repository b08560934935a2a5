// A web-test-runner plugin that runs a real coturn on loopback for the tests that ask for it
// (test/helpers/turn.ts):
//   start-coturn      starts it (once per run) and returns { url, secret }
//   turn-credentials  TURN REST credentials for it: { username, credential } (payload { ttlSeconds })
import { randomBytes } from 'node:crypto';
import { startCoturn } from '../infra/coturn.mjs';

export function coturnPlugin() {
  let coturn;
  return {
    name: 'rtc-coturn',
    async serverStop() {
      await coturn?.stop();
    },
    async executeCommand({ command, payload }) {
      if (command === 'start-coturn') {
        coturn ??= await startCoturn({ secret: randomBytes(16).toString('hex') });
        return { url: coturn.url, secret: coturn.secret };
      }
      if (command === 'turn-credentials') {
        if (!coturn) throw new Error('start-coturn first');
        return coturn.credentials('test', payload?.ttlSeconds ?? 3600);
      }
      return undefined;
    },
  };
}
