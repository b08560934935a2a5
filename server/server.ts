import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type ServerOptions } from 'ws';
import { CLOSE_CODES } from '../src/signaling/protocol.js';
import { createHttpRoutes } from './http-routes.js';
import { ServerMetrics } from './metrics.js';
import { resolveOptions, type SignalingServerOptions } from './options.js';
import { Relay } from './relay.js';
import { createStaticFileHandler, type StaticFileHandler } from './static-files.js';
import { urlHost } from './url-host.js';

export interface SignalingServer {
  /** The port it listens on (the real one when `port: 0` was asked for). */
  readonly port: number;
  /** The WebSocket URL to give clients, e.g. `ws://127.0.0.1:8080/`. */
  readonly url: string;
  /** The same server over plain HTTP, e.g. `http://127.0.0.1:8080/`. */
  readonly httpUrl: string;
  /**
   * Shuts down gracefully: refuses new WebSocket connections, answers `/healthz` with 503
   * `draining`, closes every client with 1012 (reconnect), waits for them (at most about two
   * seconds) and stops listening. Idempotent.
   */
  close(): Promise<void>;
}

/**
 * ws cuts a frame off at `maxPayload` while it is still arriving and closes the socket with
 * 1009, so the soft limit (an error reply, socket stays usable) must sit well below it. The
 * hard cap only stops a client from making the server buffer a giant frame.
 */
const HARD_LIMIT_FACTOR = 16;

/** How long a client gets to answer the closing handshake before its socket is cut. */
const CLOSE_GRACE_MS = 2000;

/**
 * A request whose headers take longer than this is dropped, so a half-open handshake (a
 * connection that sends part of its upgrade request and then nothing) does not stay forever.
 * Node checks every 30 s, so such a connection may live up to 40 s.
 */
const HEADERS_TIMEOUT_MS = 10_000;

/**
 * Starts the rtc-elements signaling server: a WebSocket endpoint on every path that relays
 * peer messages between the members of a room; `/healthz`; `/metrics` when asked for; and
 * optionally the demo's static files. Resolves once it is listening.
 *
 * @example
 * const server = await createSignalingServer({ port: 0 });
 * const signaling = createWebSocketSignaling({ url: server.url });
 * // …
 * await server.close();
 */
export async function createSignalingServer(options: SignalingServerOptions = {}): Promise<SignalingServer> {
  const config = resolveOptions(options);
  const fallback =
    config.staticDir === undefined ? refuseHttp : await createStaticFileHandler(config.staticDir);

  const metrics: ServerMetrics = new ServerMetrics(
    { rooms: () => relay.roomCount, connections: () => relay.connectionCount },
    config.metrics,
  );
  const relay: Relay = new Relay(config, metrics);
  // closeTimeout (ws 8.23+, not yet in @types/ws): a client that does not answer a closing
  // handshake is cut after CLOSE_GRACE_MS instead of ws's default 30 s.
  const socketOptions: ServerOptions & { closeTimeout: number } = {
    noServer: true,
    clientTracking: false,
    maxPayload: config.maxMessageBytes * HARD_LIMIT_FACTOR,
    closeTimeout: CLOSE_GRACE_MS,
  };
  const sockets = new WebSocketServer(socketOptions);
  let closing: Promise<void> | undefined;
  const http = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: 3 * HEADERS_TIMEOUT_MS },
    createHttpRoutes({
      isDraining: () => closing !== undefined,
      metrics: config.metrics ? metrics : undefined,
      fallback,
    }),
  );

  // Every path upgrades: the server has one endpoint, and a proxy may mount it anywhere.
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (closing) {
      refuseUpgrade(socket, 503, 'Service Unavailable');
      return;
    }
    // A browser always sends Origin; refusing before the handshake means a page from another
    // site never gets a socket (cross-site WebSocket hijacking).
    if (config.allowedOrigins && !config.allowedOrigins.has(request.headers.origin ?? '')) {
      metrics.originRejections.inc();
      refuseUpgrade(socket, 403, 'Forbidden');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => relay.accept(client));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const pinger = setInterval(() => relay.pingAll(), config.pingIntervalMs);

  const address = http.address() as AddressInfo;
  const authority = `${urlHost(config.host)}:${address.port}`;

  const shutdown = async (): Promise<void> => {
    clearInterval(pinger);
    // Still listening while the clients go, so /healthz can say "draining" to a load balancer.
    await relay.closeAll(CLOSE_CODES.serviceRestart, 'server restarting; reconnect', CLOSE_GRACE_MS);
    sockets.close();
    const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
    // Keep-alive connections (static files, health checks) would hold `http.close` open.
    http.closeAllConnections();
    await stopped;
  };

  return {
    port: address.port,
    url: `ws://${authority}/`,
    httpUrl: `http://${authority}/`,
    close: () => (closing ??= shutdown()),
  };
}

/** Answers an upgrade request with a bare HTTP status and closes the connection. */
function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.on('error', () => undefined);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  // Destroyed once the answer is written, without waiting for the client to close its side:
  // a hostile one never would.
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Without a static folder a plain HTTP request only learns where it is. */
const refuseHttp: StaticFileHandler = (_request: IncomingMessage, response: ServerResponse) => {
  const body = 'rtc-elements signaling server: connect with a WebSocket\n';
  response.writeHead(426, {
    Upgrade: 'websocket',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
};
