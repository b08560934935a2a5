import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  PROTOCOL_LIMITS,
  PROTOCOL_VERSION,
  parseServerMessage,
  type IceServer,
} from '../src/signaling/protocol.js';
import { Relay } from './relay.js';
import { createStaticFileHandler, type StaticFileHandler } from './static-files.js';
import { urlHost } from './url-host.js';

export interface SignalingServerOptions {
  /** The TCP port. Default 8080; 0 picks a free ephemeral port (read it from `port`). */
  port?: number;
  /** The interface to listen on. Default `127.0.0.1`, so nothing outside this machine can reach it. */
  host?: string;
  /** When set, plain HTTP GET and HEAD requests serve the files in this folder (for the demo). */
  staticDir?: string;
  /** Handed to every client in `welcome`. Default none. At most `PROTOCOL_LIMITS.maxIceServers`. */
  iceServers?: IceServer[];
  /**
   * A text frame larger than this many bytes gets a `bad-message` reply and the socket stays
   * open. Default and maximum `PROTOCOL_LIMITS.maxMessageBytes`: a bigger value acts as the
   * maximum, because no client would accept a relayed message above it.
   */
  maxMessageBytes?: number;
}

export interface SignalingServer {
  /** The port it listens on (the real one when `port: 0` was asked for). */
  readonly port: number;
  /** The WebSocket URL to give clients, e.g. `ws://127.0.0.1:8080/`. */
  readonly url: string;
  /** The same server over plain HTTP, e.g. `http://127.0.0.1:8080/`. */
  readonly httpUrl: string;
  /** Closes every client socket (code 1001) and stops listening. Idempotent. */
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
 * Starts the rtc-elements signaling server: a WebSocket endpoint on every path that relays
 * peer messages between the members of a room, and optionally the demo's static files.
 * Resolves once it is listening.
 *
 * @example
 * const server = await createSignalingServer({ port: 0 });
 * const signaling = createWebSocketSignaling({ url: server.url });
 * // …
 * await server.close();
 */
export async function createSignalingServer(options: SignalingServerOptions = {}): Promise<SignalingServer> {
  const port = options.port ?? 8080;
  const host = options.host ?? '127.0.0.1';
  const maxMessageBytes = Math.min(
    options.maxMessageBytes ?? PROTOCOL_LIMITS.maxMessageBytes,
    PROTOCOL_LIMITS.maxMessageBytes,
  );
  const iceServers = checkIceServers(options.iceServers ?? []);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError('port must be an integer from 0 to 65535');
  }
  if (!Number.isInteger(maxMessageBytes) || maxMessageBytes < 1) {
    throw new RangeError('maxMessageBytes must be a positive integer');
  }
  const serveStatic =
    options.staticDir === undefined ? refuseHttp : await createStaticFileHandler(options.staticDir);

  const relay = new Relay({ iceServers, maxMessageBytes });
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: maxMessageBytes * HARD_LIMIT_FACTOR,
  });
  const http = createServer(serveStatic);
  let closing: Promise<void> | undefined;

  // Every path upgrades: the server has one endpoint, and a proxy may mount it anywhere.
  http.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
    if (closing) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => relay.accept(client));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });

  const address = http.address() as AddressInfo;
  const authority = `${urlHost(host)}:${address.port}`;

  const shutdown = async (): Promise<void> => {
    const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
    await Promise.all([...sockets.clients].map(closeClient));
    sockets.close();
    // Keep-alive connections of the static file handler would hold `http.close` open.
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

function closeClient(client: WebSocket): Promise<void> {
  if (client.readyState === client.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => client.terminate(), CLOSE_GRACE_MS);
    client.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    client.close(1001, 'server shutting down');
  });
}

/** Checks the ICE servers the way a client will read them in `welcome`, so none is refused there. */
function checkIceServers(iceServers: IceServer[]): IceServer[] {
  const parsed = parseServerMessage({ v: PROTOCOL_VERSION, type: 'welcome', id: 'check', iceServers });
  if (!parsed.ok) throw new RangeError(`iceServers: ${parsed.reason}`);
  return parsed.message.type === 'welcome' ? parsed.message.iceServers : [];
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
