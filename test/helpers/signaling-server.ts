import { executeServerCommand } from '@web/test-runner-commands';

/** The URL of the real signaling server the test run started (signaling-server-plugin.mjs). */
export async function signalingServerUrl(): Promise<string> {
  const url = await executeServerCommand('signaling-server-url');
  if (typeof url !== 'string') throw new Error('the signaling server plugin did not give a URL');
  return url;
}

/** A real signaling server process of this test's own, which it may stop and start again mid-call. */
export interface OwnSignalingServer {
  url: string;
  /** A graceful shutdown (SIGTERM: clients are told to reconnect). */
  stop(): Promise<void>;
  /** A crash (SIGKILL: sockets just die). */
  kill(): Promise<void>;
  /** Starts it again on the same port with the same flags (and resume secret). */
  restart(): Promise<void>;
}

export async function ownSignalingServer(args: string[] = []): Promise<OwnSignalingServer> {
  const url = await executeServerCommand('start-signaling-server', { args });
  if (typeof url !== 'string') throw new Error('the signaling server plugin did not start a server');
  return {
    url,
    stop: async () => void (await executeServerCommand('stop-signaling-server', { url })),
    kill: async () => void (await executeServerCommand('stop-signaling-server', { url, signal: 'SIGKILL' })),
    restart: async () => void (await executeServerCommand('restart-signaling-server', { url })),
  };
}
