import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerMetrics } from './metrics.js';
import type { StaticFileHandler } from './static-files.js';

export interface HttpRoutesOptions {
  /** Whether the server is shutting down; a load balancer should stop sending clients here. */
  isDraining(): boolean;
  /** Served at `/metrics` when given. */
  metrics: ServerMetrics | undefined;
  /** Answers every other request (the static files, or a hint to use a WebSocket). */
  fallback: StaticFileHandler;
}

/**
 * The server's own HTTP paths, `/healthz` and `/metrics`, ahead of everything else, so they
 * answer the same with or without a static folder.
 */
export function createHttpRoutes(options: HttpRoutesOptions): StaticFileHandler {
  return (request, response) => {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path === '/healthz') {
      if (!allowMethod(request, response)) return;
      const draining = options.isDraining();
      reply(
        request,
        response,
        draining ? 503 : 200,
        'application/json',
        JSON.stringify({ status: draining ? 'draining' : 'ok' }),
      );
      return;
    }
    const metrics = options.metrics;
    if (path === '/metrics' && metrics) {
      if (!allowMethod(request, response)) return;
      metrics.text().then(
        (text) => reply(request, response, 200, metrics.contentType, text),
        () => reply(request, response, 500, 'text/plain; charset=utf-8', 'metrics unavailable\n'),
      );
      return;
    }
    options.fallback(request, response);
  };
}

function allowMethod(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return true;
  response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
  response.end();
  return false;
}

function reply(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
