/**
 * What travels on the chat channel, and the one function that reads it. Everything a peer
 * sends is checked here; anything unknown, mistyped or too large is refused (undefined).
 */

import { parseJsonRecord } from '../internal/json-record.js';

/** The longest chat message, in characters. */
export const MAX_CHAT_LENGTH = 4000;

/** The longest reaction (one emoji, possibly several code points), in UTF-16 units. */
export const MAX_REACTION_LENGTH = 16;

/** The most messages a history may carry. */
export const MAX_HISTORY = 500;

export interface ChatLine {
  id: string;
  text: string;
  sentAt: number;
  /** The sender's count of the messages they sent: orders those sent in the same millisecond. */
  seq: number;
  /** For a private message: the one participant it is for. */
  to?: string;
}

/** A message from history: `from` and `name` are as the participant who sent the history says. */
export interface HistoryLine extends ChatLine {
  from: string;
  name: string;
}

export type ChatWire =
  | ({ type: 'chat' } & ChatLine)
  | { type: 'ack'; ids: string[] }
  | { type: 'typing'; typing: boolean }
  | { type: 'reaction'; messageFrom: string; messageId: string; emoji: string; on: boolean }
  /** An emoji sent to the whole call (not to a message), shown for a moment over the sender. */
  | { type: 'call-reaction'; emoji: string }
  | { type: 'history'; messages: HistoryLine[] };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- the same, to remove them
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g;

export function encodeChat(wire: ChatWire): string {
  return JSON.stringify(wire);
}

/** Reads one chat-channel message, or undefined when it is not a valid one. Never throws. */
export function decodeChat(data: unknown): ChatWire | undefined {
  // JSON escaping can make each character up to six (\u0000); beyond that it cannot be valid.
  if (typeof data !== 'string' || data.length > MAX_CHAT_LENGTH * 6 * MAX_HISTORY) return undefined;
  const value = parseJsonRecord(data);
  if (!value) return undefined;
  switch (value.type) {
    case 'chat': {
      const line = readLine(value);
      return line && { type: 'chat', ...line };
    }
    case 'ack':
      return Array.isArray(value.ids) && value.ids.length <= 5000 && value.ids.every(isId)
        ? { type: 'ack', ids: value.ids as string[] }
        : undefined;
    case 'typing':
      return typeof value.typing === 'boolean' ? { type: 'typing', typing: value.typing } : undefined;
    case 'reaction': {
      const { messageFrom, messageId, emoji, on } = value;
      const valid = isId(messageFrom) && isId(messageId) && isReaction(emoji) && typeof on === 'boolean';
      return valid ? { type: 'reaction', messageFrom, messageId, emoji, on } : undefined;
    }
    case 'call-reaction':
      return isReaction(value.emoji) ? { type: 'call-reaction', emoji: value.emoji } : undefined;
    case 'history': {
      if (!Array.isArray(value.messages) || value.messages.length > MAX_HISTORY) return undefined;
      const messages: HistoryLine[] = [];
      for (const entry of value.messages as unknown[]) {
        if (!isRecord(entry)) return undefined;
        const line = readLine(entry);
        const { from, name } = entry;
        if (!line || !isId(from) || typeof name !== 'string' || name.length > 64) return undefined;
        messages.push({ ...line, from, name: name.replace(CONTROL_ALL, '') });
      }
      return { type: 'history', messages };
    }
    default:
      return undefined;
  }
}

function readLine(value: Record<string, unknown>): ChatLine | undefined {
  const { id, text, sentAt, seq, to } = value;
  const valid =
    isId(id) &&
    typeof text === 'string' &&
    text.trim().length > 0 &&
    text.length <= MAX_CHAT_LENGTH &&
    typeof sentAt === 'number' &&
    Number.isFinite(sentAt) &&
    Number.isSafeInteger(seq) &&
    (seq as number) >= 0 &&
    (to === undefined || isId(to));
  if (!valid) return undefined;
  const line = { id, text, sentAt, seq: seq as number };
  return to === undefined ? line : { ...line, to };
}

/** A reaction: one emoji (possibly several code points), never control characters. */
export function isReaction(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.trim().length > 0 &&
    value.length <= MAX_REACTION_LENGTH &&
    !CONTROL.test(value)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}
