import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

/**
 * WebSocket clients below the `ws` library, for what a well-behaved library never does: stop
 * reading, stop halfway through the handshake, send invalid UTF-8 or broken frames.
 */

export const OPCODES = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

/** Opens a TCP connection to the host and port of `url` (ws://host:port/). */
export async function tcpConnect(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  return socket;
}

/** The upgrade request a browser would send, cut to `bytes` when given (a half-open handshake). */
export function upgradeRequest(url: string, bytes?: number): string {
  const { host } = new URL(url);
  const request =
    `GET / HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`;
  return bytes === undefined ? request : request.slice(0, bytes);
}

/**
 * Completes the WebSocket handshake over a raw socket. With `read: false` the socket then
 * stops reading altogether (the kernel buffers fill up and the server has to cope); otherwise
 * it keeps reading and throws away whatever arrives.
 */
export async function rawWebSocket(
  url: string,
  options: { read?: boolean; timeoutMs?: number } = {},
): Promise<Socket> {
  const socket = await tcpConnect(url);
  const head = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error('no handshake answer')), options.timeoutMs ?? 2000);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.destroy();
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('latin1');
      if (!text.includes('\r\n\r\n')) return;
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(text);
    };
    const onClose = (): void => fail(new Error('closed during the handshake'));
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.write(upgradeRequest(url));
  });
  if (!head.startsWith('HTTP/1.1 101')) {
    socket.destroy();
    throw new Error(`handshake refused: ${head.split('\r\n')[0]}`);
  }
  if (options.read === false) socket.pause();
  else socket.on('data', () => undefined);
  return socket;
}

/** One masked client frame. */
export function frame(
  opcode: number,
  payload: Buffer | string,
  options: { fin?: boolean; mask?: boolean } = {},
): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const fin = options.fin ?? true;
  const mask = options.mask ?? true;
  const length = body.length;
  const header: number[] = [(fin ? 0x80 : 0) | opcode];
  const maskBit = mask ? 0x80 : 0;
  if (length < 126) header.push(maskBit | length);
  else if (length < 65536) header.push(maskBit | 126, length >> 8, length & 0xff);
  else {
    header.push(maskBit | 127, 0, 0, 0, 0);
    header.push((length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff);
  }
  if (!mask) return Buffer.concat([Buffer.from(header), body]);
  const key = randomBytes(4);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = (body[i] as number) ^ (key[i & 3] as number);
  return Buffer.concat([Buffer.from(header), key, masked]);
}

/** A text frame with a JSON body. */
export function jsonFrame(message: unknown): Buffer {
  return frame(OPCODES.text, JSON.stringify(message));
}
