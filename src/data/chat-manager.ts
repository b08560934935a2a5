import { RtcError } from '../errors.js';
import { createId } from '../internal/ids.js';

/** The data channel chat travels on. */
export const CHAT_CHANNEL = 'chat';

/** The longest chat message, in characters. */
export const MAX_CHAT_LENGTH = 4000;

/** One chat message, sent by you or received from someone. All text is plain text. */
export interface ChatMessage {
  /** Unique per sender. */
  readonly id: string;
  /** The sender's participant id. */
  readonly from: string;
  /** The sender's name when the message arrived. */
  readonly name: string;
  readonly text: string;
  /** When it was sent, in milliseconds since the epoch, by the sender's clock. */
  readonly sentAt: number;
  /** Whether you sent it. */
  readonly local: boolean;
}

/** The chat of a session (`session.chat`). */
export interface Chat {
  /** Every message of this call so far, oldest first. */
  readonly messages: readonly ChatMessage[];
  /**
   * Sends a message to everyone in the room and returns it. Messages to someone whose channel
   * is still opening wait for it. Throws `invalid-options` for empty or too long text.
   */
  send(text: string): ChatMessage;
}

export interface ChatManagerOptions {
  /** Who we are right now. */
  self: () => { id: string; name: string };
  /** The name of a remote participant, or undefined when unknown. */
  nameOf: (participantId: string) => string | undefined;
  /** The ids of everyone else in the room now. */
  peers: () => Iterable<string>;
  /** Sends encoded data to one participant; false when their chat channel is not open. */
  sendTo: (participantId: string, data: string) => boolean;
  /** A message was added to the log. */
  added: (message: ChatMessage) => void;
  /** A peer sent something that is not a chat message. */
  rejected: (error: RtcError) => void;
}

/** Unacknowledged messages kept per participant; beyond this the oldest are given up. */
const MAX_UNACKED = 10_000;

/**
 * How long someone who left stays a recipient: a network blip can make the server report a
 * departure, and the same participant comes back moments later under the same id. What was
 * sent to them meanwhile is delivered when they do; after this it is given up.
 */
const AWAY_MS = 60_000;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

type Wire = { type: 'chat'; id: string; text: string; sentAt: number } | { type: 'ack'; id: string };

/**
 * Chat over one ordered, reliable data channel per peer, delivered exactly once: every
 * message is kept per recipient until they acknowledge it, sent again whenever their channel
 * (re)opens, and recognised by its id if it arrives twice.
 */
export class ChatManager implements Chat {
  private readonly log: ChatMessage[] = [];
  private readonly seen = new Set<string>();
  /** Per participant, in sending order: message id → encoded message. */
  private readonly unacked = new Map<string, Map<string, string>>();
  /** Participants who left recently, and when (see AWAY_MS). */
  private readonly away = new Map<string, number>();

  constructor(private readonly options: ChatManagerOptions) {}

  get messages(): readonly ChatMessage[] {
    return this.log;
  }

  send(text: string): ChatMessage {
    if (typeof text !== 'string' || text.trim().length === 0) {
      throw new RtcError('invalid-options', 'A chat message needs some text');
    }
    if (text.length > MAX_CHAT_LENGTH) {
      throw new RtcError('invalid-options', `A chat message can be at most ${MAX_CHAT_LENGTH} characters`);
    }
    const self = this.options.self();
    const message: ChatMessage = {
      id: createId(),
      from: self.id,
      name: self.name,
      text,
      sentAt: Date.now(),
      local: true,
    };
    const data = encode({ type: 'chat', id: message.id, text, sentAt: message.sentAt });
    this.forgetLongGone();
    for (const peer of new Set([...this.options.peers(), ...this.away.keys()])) {
      const pending = this.unacked.get(peer) ?? new Map<string, string>();
      if (pending.size >= MAX_UNACKED) pending.delete(pending.keys().next().value!);
      pending.set(message.id, data);
      this.unacked.set(peer, pending);
      this.options.sendTo(peer, data);
    }
    this.add(message);
    return message;
  }

  /** @internal Text that arrived on the chat channel from `from`. */
  handleData(from: string, data: string): void {
    const wire = decode(data);
    if (!wire) {
      this.options.rejected(
        new RtcError('bad-message', `${from} sent a malformed chat message; it was dropped`),
      );
      return;
    }
    if (wire.type === 'ack') {
      this.unacked.get(from)?.delete(wire.id);
      return;
    }
    this.options.sendTo(from, encode({ type: 'ack', id: wire.id }));
    // A message sent again after a reconnection arrives twice; it shows once.
    if (this.seen.has(`${from}/${wire.id}`)) return;
    const name = this.options.nameOf(from) ?? '';
    this.add({ id: wire.id, from, name, text: wire.text, sentAt: wire.sentAt, local: false });
  }

  /** @internal The chat channel to `peer` opened: send what they have not acknowledged. */
  handleChannelOpened(peer: string): void {
    this.away.delete(peer);
    for (const data of this.unacked.get(peer)?.values() ?? []) {
      if (!this.options.sendTo(peer, data)) return;
    }
  }

  /** @internal `peer` left the room; they may be back soon (see AWAY_MS). */
  handlePeerLeft(peer: string): void {
    this.away.set(peer, Date.now());
    this.forgetLongGone();
  }

  private forgetLongGone(): void {
    const cutoff = Date.now() - AWAY_MS;
    for (const [peer, since] of this.away) {
      if (since > cutoff) continue;
      this.away.delete(peer);
      this.unacked.delete(peer);
    }
  }

  private add(message: ChatMessage): void {
    this.seen.add(`${message.from}/${message.id}`);
    this.log.push(message);
    this.options.added(message);
  }
}

function encode(wire: Wire): string {
  return JSON.stringify(wire);
}

function decode(data: string): Wire | undefined {
  // JSON escaping can make each character up to six (\u0000); beyond that it cannot be valid.
  if (data.length > MAX_CHAT_LENGTH * 6 + 256) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, id, text, sentAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return undefined;
  if (type === 'ack') return { type, id };
  const valid =
    type === 'chat' &&
    typeof text === 'string' &&
    text.length > 0 &&
    text.length <= MAX_CHAT_LENGTH &&
    typeof sentAt === 'number' &&
    Number.isFinite(sentAt);
  return valid ? { type, id, text, sentAt } : undefined;
}
