import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';

/** Answers one plain HTTP request. Never throws and never rejects. */
export type StaticFileHandler = (request: IncomingMessage, response: ServerResponse) => void;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where a request path leads: a file to send, or a status to answer with. */
type Resolution =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'refuse'; status: 400 | 403 | 404 };

/**
 * Serves the files under `root` for GET and HEAD, for the demo pages. It is deliberately
 * small: nothing outside `root` is ever opened (neither through `..`, encoded or not, nor
 * through a symbolic link), dot-files and dot-folders such as `.git` are not served, and a
 * folder answers with its `index.html`.
 *
 * Rejects when `root` is not a readable folder.
 */
export async function createStaticFileHandler(root: string): Promise<StaticFileHandler> {
  const realRoot = await realpath(resolve(root));
  if (!(await stat(realRoot)).isDirectory()) throw new Error(`not a folder: ${root}`);

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      answer(response, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    resolveRequest(realRoot, request.url ?? '/').then(
      (resolution) => send(request, response, resolution),
      () => answer(response, 500, 'Internal Server Error'),
    );
  };
}

async function resolveRequest(realRoot: string, url: string): Promise<Resolution> {
  const [rawPath = '', query] = splitQuery(url);
  if (!rawPath.startsWith('/')) return { kind: 'refuse', status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refuse', status: 400 };
  }
  if (decoded.includes('\0')) return { kind: 'refuse', status: 400 };
  // Backslashes count as separators too, so a Windows-style `..\` is caught as well.
  const segments = decoded.split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { kind: 'refuse', status: 403 };
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'refuse', status: 404 };

  const target = await resolveInside(realRoot, join(realRoot, ...segments));
  if (target.kind !== 'found') return { kind: 'refuse', status: target.status };
  if (target.isDirectory) {
    if (!rawPath.endsWith('/')) {
      // Relative links in the folder's index.html need the trailing slash. Leading slashes
      // are collapsed so `//host/x` cannot turn into a redirect to another site.
      const location = `/${rawPath.replace(/^\/+/, '')}/${query === undefined ? '' : `?${query}`}`;
      return { kind: 'redirect', location };
    }
    const index = await resolveInside(realRoot, join(target.path, 'index.html'));
    if (index.kind !== 'found' || index.isDirectory) return { kind: 'refuse', status: 404 };
    return { kind: 'file', path: index.path, size: index.size };
  }
  return { kind: 'file', path: target.path, size: target.size };
}

type Lookup =
  | { kind: 'found'; path: string; isDirectory: boolean; size: number }
  | { kind: 'missing'; status: 403 | 404 };

/** Follows symbolic links and accepts the result only when it is still under `realRoot`. */
async function resolveInside(realRoot: string, path: string): Promise<Lookup> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return { kind: 'missing', status: 404 };
  }
  const fromRoot = relative(realRoot, real);
  if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot))
    return { kind: 'missing', status: 403 };
  const stats = await stat(real);
  if (stats.isDirectory()) return { kind: 'found', path: real, isDirectory: true, size: 0 };
  if (!stats.isFile()) return { kind: 'missing', status: 404 };
  return { kind: 'found', path: real, isDirectory: false, size: stats.size };
}

function send(request: IncomingMessage, response: ServerResponse, resolution: Resolution): void {
  if (resolution.kind === 'refuse') {
    answer(response, resolution.status, STATUS_TEXT[resolution.status]);
    return;
  }
  if (resolution.kind === 'redirect') {
    answer(response, 301, 'Moved Permanently', { Location: resolution.location });
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentType(resolution.path),
    'Content-Length': resolution.size,
    'X-Content-Type-Options': 'nosniff',
    // The demo is for development: always revalidate so an edited file shows up on reload.
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  pipeline(createReadStream(resolution.path), response, () => undefined);
}

const STATUS_TEXT = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found' } as const;

function answer(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = `${status} ${text}\n`;
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function splitQuery(url: string): [string, string | undefined] {
  const withoutHash = url.split('#', 1)[0] ?? '';
  const mark = withoutHash.indexOf('?');
  return mark === -1 ? [withoutHash, undefined] : [withoutHash.slice(0, mark), withoutHash.slice(mark + 1)];
}
