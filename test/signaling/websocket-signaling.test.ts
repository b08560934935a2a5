import { createWebSocketSignaling } from '../../src/index.js';
import { signalingServerUrl } from '../helpers/signaling-server.js';
import { runSignalingConformance } from './conformance.js';

// Against the real server (server/cli.ts), started by test/helpers/signaling-server-plugin.mjs.
runSignalingConformance('websocket', async () => {
  const url = await signalingServerUrl();
  return () => createWebSocketSignaling({ url });
});
