import { RtcError } from '../errors.js';
import {
  PROTOCOL_VERSION,
  decodeJson,
  parseServerMessage,
  type JoinMessage,
  type PeerMessage,
} from './protocol.js';
import type { SignalingAdapter, SignalingContext, Welcome } from './signaling-adapter.js';

export interface WebSocketSignalingOptions {
  /** The server's `ws:` or `wss:` URL. */
  url: string;
  /** How long `connect` waits for the server's welcome before it gives up. Default 10 000 ms. */
  connectTimeoutMs?: number;
}

/**
 * Signaling through the rtc-elements server (`rtc-elements-server`, or `createSignalingServer`).
 * The server assigns this participant's id and hands out ICE servers.
 *
 * @example
 * const session = new Session({
 *   room: 'standup',
 *   signaling: createWebSocketSignaling({ url: 'wss://example.com/signal' }),
 * });
 */
export function createWebSocketSignaling(options: WebSocketSignalingOptions): SignalingAdapter {
  const url = checkUrl(options.url);
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  let socket: WebSocket | undefined;
  let context: SignalingContext | undefined;

  const disconnect = async (): Promise<void> => {
    const current = socket;
    socket = undefined;
    if (!current) return;
    current.onclose = current.onmessage = current.onerror = current.onopen = null;
    current.close(1000, 'left');
    context?.setState('closed');
  };

  const handleMessage = (ctx: SignalingContext, data: unknown): void => {
    const decoded =
      typeof data === 'string' ? decodeJson(data) : { ok: false as const, reason: 'binary frame' };
    const parsed = decoded.ok ? parseServerMessage(decoded.message) : decoded;
    if (!parsed.ok) {
      ctx.reportError(new RtcError('bad-message', `websocket signaling: ${parsed.reason}`));
      return;
    }
    const message = parsed.message;
    if (message.type === 'error') {
      const code = message.code === 'unknown-participant' ? 'unknown-participant' : 'bad-message';
      ctx.reportError(new RtcError(code, `signaling server: ${message.message}`));
    } else if (message.type !== 'welcome') {
      ctx.receive(message);
    }
  };

  return {
    connect(ctx: SignalingContext): Promise<Welcome> {
      if (socket) return Promise.reject(new RtcError('invalid-state', 'this adapter is already connected'));
      context = ctx;
      ctx.setState('connecting');
      const ws = new WebSocket(url);
      socket = ws;
      return new Promise<Welcome>((resolve, reject) => {
        const timer = setTimeout(() => refuse(`no answer from ${url} within ${timeoutMs} ms`), timeoutMs);
        const refuse = (reason: string): void => {
          clearTimeout(timer);
          void disconnect();
          reject(new RtcError('signaling-unreachable', `Could not join through ${url}: ${reason}`));
        };
        ctx.signal.addEventListener('abort', () => refuse('the session left'), { once: true });

        ws.onopen = () => {
          const join: JoinMessage = { v: PROTOCOL_VERSION, type: 'join', room: ctx.roomId };
          ws.send(JSON.stringify(join));
        };
        ws.onclose = (event) => refuse(`the connection closed (code ${event.code})`);
        ws.onmessage = (event: MessageEvent<unknown>) => {
          const decoded = typeof event.data === 'string' ? decodeJson(event.data) : undefined;
          const parsed = decoded?.ok ? parseServerMessage(decoded.message) : undefined;
          if (parsed?.ok && parsed.message.type === 'error') return refuse(parsed.message.message);
          if (!parsed?.ok || parsed.message.type !== 'welcome')
            return refuse('the server did not welcome us');
          clearTimeout(timer);
          const welcome = parsed.message;
          ws.onmessage = (next: MessageEvent<unknown>) => handleMessage(ctx, next.data);
          ws.onclose = () => {
            socket = undefined;
            ctx.setState('closed');
          };
          ctx.setState('open');
          resolve({ selfId: welcome.id, iceServers: welcome.iceServers });
        };
      });
    },

    async send(message: PeerMessage): Promise<void> {
      if (socket?.readyState !== WebSocket.OPEN) {
        throw new RtcError('signaling-closed', 'websocket signaling is not connected');
      }
      socket.send(JSON.stringify(message));
    },

    disconnect,
  };
}

function checkUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'ws:' && url?.protocol !== 'wss:') {
    throw new RtcError(
      'invalid-options',
      `The signaling URL must start with ws:// or wss://, not "${value}"`,
    );
  }
  return url.href;
}
