import { RtcError, type RtcErrorCode } from '../errors.js';
import {
  CLOSE_CODES,
  PROTOCOL_VERSION,
  decodeJson,
  parseServerMessage,
  type JoinMessage,
  type PeerMessage,
  type ResumeClaim,
  type ServerErrorCode,
} from './protocol.js';
import type { SignalingAdapter, SignalingContext, Welcome } from './signaling-adapter.js';

export interface WebSocketSignalingOptions {
  /** The server's `ws:` or `wss:` URL. */
  url: string;
  /**
   * An access token (from the server's `createToken`), when the server requires one. A
   * function is called at every (re)connection, so it can fetch a fresh token.
   */
  token?: string | (() => string | Promise<string>);
  /** How long `connect` waits for the server's welcome before it gives up. Default 10 000 ms. */
  connectTimeoutMs?: number;
  /**
   * How often to check that the connection is alive when nothing else arrives. A connection
   * that stays silent for two of these (or 5 s after the page wakes or goes online) is taken
   * for dead and reported closed, so the session reconnects. Default 10 000 ms.
   */
  heartbeatMs?: number;
}

/** After the page wakes or the browser goes online, how long the server has to answer. */
const WAKE_CHECK_MS = 5000;

/** Refusals that retrying with the same token will not fix. */
const FINAL_REFUSALS: Partial<Record<ServerErrorCode | number, RtcErrorCode>> = {
  unauthorized: 'unauthorized',
  'room-full': 'room-full',
  [CLOSE_CODES.unauthorized]: 'unauthorized',
  [CLOSE_CODES.roomFull]: 'room-full',
};

/**
 * Signaling through the rtc-elements server (`rtc-elements-server`, or `createSignalingServer`).
 * The server assigns this participant's id and hands out ICE servers. After a dropped
 * connection, the next `connect` comes back as the same participant when the server allows.
 *
 * @example
 * const session = new Session({
 *   room: 'standup',
 *   signaling: createWebSocketSignaling({ url: 'wss://example.com/signal', token }),
 * });
 */
export function createWebSocketSignaling(options: WebSocketSignalingOptions): SignalingAdapter {
  const url = checkUrl(options.url);
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  let socket: WebSocket | undefined;
  let context: SignalingContext | undefined;
  let stopHeartbeat: (() => void) | undefined;
  /** Who we were, kept across a dropped connection and forgotten on disconnect(). */
  let resume: ResumeClaim | undefined;

  const close = (): void => {
    stopHeartbeat?.();
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
    } else if (message.type !== 'welcome' && message.type !== 'pong') {
      ctx.receive(message);
    }
  };

  return {
    async connect(ctx: SignalingContext): Promise<Welcome> {
      if (socket) throw new RtcError('invalid-state', 'this adapter is already connected');
      context = ctx;
      ctx.setState('connecting');
      let token: string | undefined;
      try {
        token = typeof options.token === 'function' ? await options.token() : options.token;
      } catch (cause) {
        ctx.setState('closed');
        throw new RtcError('unauthorized', 'Could not get an access token for the signaling server', {
          cause,
        });
      }
      const ws = new WebSocket(url);
      socket = ws;
      return new Promise<Welcome>((resolve, reject) => {
        const timer = setTimeout(() => refuse(`no answer within ${timeoutMs} ms`), timeoutMs);
        const refuse = (reason: string, code: RtcErrorCode = 'signaling-unreachable'): void => {
          clearTimeout(timer);
          close();
          reject(new RtcError(code, `Could not join through ${url}: ${reason}`));
        };
        const onAbort = (): void => refuse('the session left');
        ctx.signal.addEventListener('abort', onAbort, { once: true });

        ws.onopen = () => {
          const join: JoinMessage = { v: PROTOCOL_VERSION, type: 'join', room: ctx.roomId };
          if (token) join.token = token;
          if (resume) join.resume = resume;
          ws.send(JSON.stringify(join));
        };
        ws.onclose = (event) =>
          refuse(`the connection closed (code ${event.code})`, FINAL_REFUSALS[event.code]);
        ws.onmessage = (event: MessageEvent<unknown>) => {
          const decoded = typeof event.data === 'string' ? decodeJson(event.data) : undefined;
          const parsed = decoded?.ok ? parseServerMessage(decoded.message) : undefined;
          if (parsed?.ok && parsed.message.type === 'error') {
            return refuse(parsed.message.message, FINAL_REFUSALS[parsed.message.code]);
          }
          if (!parsed?.ok || parsed.message.type !== 'welcome')
            return refuse('the server did not welcome us');
          clearTimeout(timer);
          const welcome = parsed.message;
          resume = welcome.resumeToken ? { id: welcome.id, token: welcome.resumeToken } : undefined;
          const heartbeat = watchLiveness(ws, heartbeatMs, () => dropped());
          stopHeartbeat = heartbeat.stop;
          ws.onmessage = (next: MessageEvent<unknown>) => {
            heartbeat.heard();
            handleMessage(ctx, next.data);
          };
          // A drop after this point is reported; the core decides whether to reconnect.
          const dropped = (): void => {
            heartbeat.stop();
            ctx.signal.removeEventListener('abort', onAbort);
            if (socket !== ws) return;
            socket = undefined;
            ws.onclose = ws.onmessage = ws.onerror = null;
            ws.close();
            ctx.setState('closed');
          };
          ws.onclose = dropped;
          ctx.setState('open');
          resolve({
            selfId: welcome.id,
            iceServers: welcome.iceServers,
            resumed: welcome.resumed ?? false,
            ...(welcome.members ? { members: welcome.members } : {}),
            ...(welcome.instance ? { instance: welcome.instance } : {}),
          });
        };
      });
    },

    async send(message: PeerMessage): Promise<void> {
      if (socket?.readyState !== WebSocket.OPEN) {
        throw new RtcError('signaling-closed', 'websocket signaling is not connected');
      }
      socket.send(JSON.stringify(message));
    },

    async disconnect(): Promise<void> {
      resume = undefined;
      close();
    },
  };
}

/**
 * Pings the server every `intervalMs` and calls `dead` when nothing at all arrives in the
 * interval after a ping (or for WAKE_CHECK_MS after the page comes
 * back to the foreground or online, when a connection is most likely to have died unseen).
 */
function watchLiveness(ws: WebSocket, intervalMs: number, dead: () => void) {
  const ping = JSON.stringify({ v: PROTOCOL_VERSION, type: 'ping' });
  let waiting = false;
  let lastCheck = Date.now();
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const now = Date.now();
    // A late tick means the page was frozen or throttled: the answer may be waiting in the
    // queue behind this timer, so ask again instead of giving up.
    const late = now - lastCheck > intervalMs * 1.5;
    lastCheck = now;
    if (waiting && !late) return dead();
    waiting = true;
    if (ws.readyState === WebSocket.OPEN) ws.send(ping);
  };
  const interval = setInterval(check, intervalMs);
  const handleWake = (): void => {
    if (globalThis.document?.visibilityState === 'hidden' || ws.readyState !== WebSocket.OPEN) return;
    waiting = true;
    ws.send(ping);
    clearTimeout(wakeTimer);
    wakeTimer = setTimeout(() => waiting && dead(), WAKE_CHECK_MS);
  };
  globalThis.addEventListener?.('online', handleWake);
  globalThis.document?.addEventListener('visibilitychange', handleWake);
  return {
    heard(): void {
      waiting = false;
    },
    stop(): void {
      clearInterval(interval);
      clearTimeout(wakeTimer);
      globalThis.removeEventListener?.('online', handleWake);
      globalThis.document?.removeEventListener('visibilitychange', handleWake);
    },
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
