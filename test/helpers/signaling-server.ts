import { executeServerCommand } from '@web/test-runner-commands';

/** The URL of the real signaling server the test run started (signaling-server-plugin.mjs). */
export async function signalingServerUrl(): Promise<string> {
  const url = await executeServerCommand('signaling-server-url');
  if (typeof url !== 'string') throw new Error('the signaling server plugin did not give a URL');
  return url;
}

/** A real signaling server process of this test's own, which it may stop mid-call. */
export async function ownSignalingServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = await executeServerCommand('start-signaling-server');
  if (typeof url !== 'string') throw new Error('the signaling server plugin did not start a server');
  return { url, stop: async () => void (await executeServerCommand('stop-signaling-server', { url })) };
}
