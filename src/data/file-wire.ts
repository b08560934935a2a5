/**
 * What travels on the files channel: JSON control messages, and binary chunks that start with
 * the 4-byte number the offer gave the transfer. Everything a peer sends is checked here.
 */
import { parseJsonRecord } from '../internal/json-record.js';

export const FILES_CHANNEL = 'files';

export type DeclineReason = 'declined' | 'too-large';

export type FileWire =
  | { type: 'offer'; id: string; n: number; name: string; size: number; mime: string }
  /** From the sender, after the last chunk: the SHA-256 of the whole file (hashed while sending). */
  | { type: 'digest'; id: string; sha256: string }
  | { type: 'accept'; id: string }
  | { type: 'decline'; id: string; reason: DeclineReason }
  | { type: 'cancel'; id: string }
  /** From the receiver: every byte arrived and the SHA-256 matched. */
  | { type: 'complete'; id: string }
  /** From the receiver: the bytes did not match the offer. */
  | { type: 'failed'; id: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SHA256 = /^[0-9a-f]{64}$/;

export function encodeFileWire(wire: FileWire): string {
  return JSON.stringify(wire);
}

/** Reads a control message, or undefined when it is not a valid one. Never throws. */
export function decodeFileWire(data: string): FileWire | undefined {
  if (data.length > 4096) return undefined;
  const wire = parseJsonRecord(data);
  if (!wire) return undefined;
  const { type, id } = wire;
  if (typeof id !== 'string' || !ID.test(id)) return undefined;
  switch (type) {
    case 'offer': {
      const { n, name, size, mime } = wire;
      const valid =
        Number.isInteger(n) &&
        (n as number) > 0 &&
        (n as number) <= 0xffffffff &&
        typeof name === 'string' &&
        name.length <= 1024 &&
        Number.isSafeInteger(size) &&
        (size as number) >= 0 &&
        typeof mime === 'string' &&
        mime.length <= 256;
      return valid ? { type, id, n: n as number, name, size: size as number, mime } : undefined;
    }
    case 'digest':
      return typeof wire.sha256 === 'string' && SHA256.test(wire.sha256)
        ? { type, id, sha256: wire.sha256 }
        : undefined;
    case 'decline':
      return wire.reason === 'declined' || wire.reason === 'too-large'
        ? { type, id, reason: wire.reason }
        : undefined;
    case 'accept':
    case 'cancel':
    case 'complete':
    case 'failed':
      return { type, id };
    default:
      return undefined;
  }
}

/** A chunk: the transfer's number, then the bytes. */
export function encodeChunk(n: number, bytes: Uint8Array): ArrayBuffer {
  const frame = new Uint8Array(4 + bytes.byteLength);
  new DataView(frame.buffer).setUint32(0, n);
  frame.set(bytes, 4);
  return frame.buffer;
}

export function decodeChunk(frame: ArrayBuffer): { n: number; bytes: Uint8Array } | undefined {
  if (frame.byteLength < 4) return undefined;
  return { n: new DataView(frame).getUint32(0), bytes: new Uint8Array(frame, 4) };
}

/** The SHA-256 of some bytes, as lowercase hex (WebCrypto). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
