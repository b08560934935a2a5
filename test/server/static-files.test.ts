import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createSignalingServer, type SignalingServer } from '../../server/index.js';
import { TestClient } from '../helpers/ws-client.js';
import { httpGet, type HttpReply } from './http.js';

const SECRET = 'top secret outside the static folder';

/** Sends `path` exactly as written (no URL normalisation, unlike fetch). */
function get(server: SignalingServer, path: string, method = 'GET'): Promise<HttpReply> {
  return httpGet(server.httpUrl, path, method);
}

describe('signaling server static files', () => {
  let folder: string;
  let server: SignalingServer;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rtc-static-'));
    const root = join(folder, 'root');
    await mkdir(join(root, 'demo'), { recursive: true });
    await writeFile(join(folder, 'secret.txt'), SECRET);
    await writeFile(join(root, 'index.html'), '<h1>root</h1>');
    await writeFile(join(root, 'app.js'), 'export const x = 1;');
    await writeFile(join(root, 'style.css'), 'p{}');
    await writeFile(join(root, 'data.json'), '{}');
    await writeFile(join(root, 'icon.svg'), '<svg/>');
    await writeFile(join(root, 'blob.bin'), 'raw');
    await writeFile(join(root, '.env'), SECRET);
    await writeFile(join(root, 'demo', 'index.html'), '<h1>demo</h1>');
    await symlink(join(folder, 'secret.txt'), join(root, 'link.txt'));
    server = await createSignalingServer({ port: 0, staticDir: root });
  });

  after(async () => {
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('serves a file with its content type and nosniff', async () => {
    const reply = await get(server, '/app.js');
    assert.equal(reply.status, 200);
    assert.equal(reply.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(reply.headers['x-content-type-options'], 'nosniff');
    assert.equal(reply.body, 'export const x = 1;');
  });

  it('names the content type of each kind of file', async () => {
    const expected: Record<string, string> = {
      '/style.css': 'text/css; charset=utf-8',
      '/data.json': 'application/json; charset=utf-8',
      '/icon.svg': 'image/svg+xml',
      '/blob.bin': 'application/octet-stream',
    };
    for (const [path, type] of Object.entries(expected)) {
      assert.equal((await get(server, path)).headers['content-type'], type, path);
    }
  });

  it('serves index.html for a folder and redirects a folder path without its slash', async () => {
    const root = await get(server, '/');
    assert.equal(root.status, 200);
    assert.equal(root.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(root.body, '<h1>root</h1>');
    const redirect = await get(server, '/demo?x=1');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/demo/?x=1');
    assert.equal((await get(server, '/demo/')).body, '<h1>demo</h1>');
  });

  it('refuses paths that lead outside the folder, encoded or not', async () => {
    for (const path of [
      '/../secret.txt',
      '/demo/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/link.txt',
    ]) {
      const reply = await get(server, path);
      assert.ok(reply.status === 403 || reply.status === 404, `${path} answered ${reply.status}`);
      assert.ok(!reply.body.includes(SECRET), `${path} leaked the file`);
    }
  });

  it('does not serve dot-files', async () => {
    assert.equal((await get(server, '/.env')).status, 404);
  });

  it('answers 404 for a missing file and 400 for a broken escape', async () => {
    assert.equal((await get(server, '/missing.js')).status, 404);
    assert.equal((await get(server, '/%E0%A4%A')).status, 400);
  });

  it('answers HEAD with headers only and refuses other methods', async () => {
    const head = await get(server, '/app.js', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-length'], String('export const x = 1;'.length));
    assert.equal(head.body, '');
    const post = await get(server, '/app.js', 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
  });

  it('still accepts WebSocket upgrades on any path', async () => {
    const client = await TestClient.connect(`${server.url}demo/`);
    try {
      assert.match(await client.join('room'), /^[A-Za-z0-9_-]+$/);
    } finally {
      await client.close();
    }
  });
});

describe('signaling server without a static folder', () => {
  it('answers plain HTTP with 426 Upgrade Required', async () => {
    const server = await createSignalingServer({ port: 0 });
    try {
      const reply = await get(server, '/index.html');
      assert.equal(reply.status, 426);
      assert.equal(reply.headers.upgrade, 'websocket');
    } finally {
      await server.close();
    }
  });

  it('refuses to start with a static folder that does not exist', async () => {
    await assert.rejects(
      createSignalingServer({ port: 0, staticDir: join(tmpdir(), 'rtc-no-such-folder-x') }),
    );
  });
});
