import { executeServerCommand } from '@web/test-runner-commands';

/** The URL of the real signaling server the test run started (test/helpers/signaling-server-plugin.mjs). */
export async function signalingServerUrl(): Promise<string> {
  const url = await executeServerCommand('signaling-server-url');
  if (typeof url !== 'string') throw new Error('the signaling server plugin did not give a URL');
  return url;
}
