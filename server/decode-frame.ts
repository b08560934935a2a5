import type { RawData } from 'ws';
import {
  decodeJson,
  parseClientMessage,
  type ClientMessage,
  type ParseResult,
} from '../src/signaling/protocol.js';

/**
 * Turns one WebSocket frame from a client into a validated message, or into a short reason
 * that is safe to send back (the protocol parsers never quote what the client sent at length).
 *
 * `maxBytes` is the server's soft size limit; frames above it are refused before decoding.
 */
export function decodeFrame(data: RawData, isBinary: boolean, maxBytes: number): ParseResult<ClientMessage> {
  if (isBinary) return refuse('binary frames are not accepted; send JSON text');
  // ws has already checked that a text frame is valid UTF-8 (it closes the socket with 1007 otherwise).
  const decoded = decodeJson(toBuffer(data).toString('utf8'), maxBytes);
  return decoded.ok ? parseClientMessage(decoded.message) : decoded;
}

function refuse(reason: string): ParseResult<never> {
  return { ok: false, reason };
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
