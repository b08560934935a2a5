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
  /** Sends an encoded message to every participant. */
  broadcast: (data: string) => void;
  /** A message was added to the log. */
  added: (message: ChatMessage) => void;
  /** A peer sent something that is not a chat message. */
  rejected: (error: RtcError) => void;
}

/** Chat over one ordered, reliable data channel per peer. */
export class ChatManager implements Chat {
  private readonly log: ChatMessage[] = [];
  private readonly seen = new Set<string>();

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
    this.options.broadcast(JSON.stringify({ type: 'chat', id: message.id, text, sentAt: message.sentAt }));
    this.add(message);
    return message;
  }

  /** @internal Text that arrived on the chat channel from `from`. */
  handleData(from: string, data: string): void {
    const message = this.decode(from, data);
    if (!message) {
      this.options.rejected(
        new RtcError('bad-message', `${from} sent a malformed chat message; it was dropped`),
      );
      return;
    }
    // Ids make delivery idempotent: a message that arrives twice shows once.
    const key = `${from}/${message.id}`;
    if (this.seen.has(key)) return;
    this.add(message);
  }

  private decode(from: string, data: string): ChatMessage | undefined {
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
    const valid =
      type === 'chat' &&
      typeof id === 'string' &&
      /^[A-Za-z0-9_-]{1,64}$/.test(id) &&
      typeof text === 'string' &&
      text.length > 0 &&
      text.length <= MAX_CHAT_LENGTH &&
      typeof sentAt === 'number' &&
      Number.isFinite(sentAt);
    if (!valid) return undefined;
    const name = this.options.nameOf(from) ?? '';
    return { id, from, name, text, sentAt, local: false };
  }

  private add(message: ChatMessage): void {
    this.seen.add(`${message.from}/${message.id}`);
    this.log.push(message);
    this.options.added(message);
  }
}
