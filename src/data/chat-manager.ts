import { RtcError } from '../errors.js';
import { createId } from '../internal/ids.js';
import {
  MAX_CHAT_LENGTH,
  MAX_HISTORY,
  MAX_REACTION_LENGTH,
  decodeChat,
  encodeChat,
  type ChatWire,
  type HistoryLine,
} from './chat-wire.js';
import { TypingTracker } from './typing-tracker.js';

export { MAX_CHAT_LENGTH } from './chat-wire.js';

/** The data channel chat travels on. */
export const CHAT_CHANNEL = 'chat';

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
  /** For a private message: the participant it is for (you, when you received it). */
  readonly to?: string;
  /** Whether it came in the history the others sent when you joined (as they tell it). */
  readonly history: boolean;
  /** Reactions: emoji → the ids of the participants who reacted with it. */
  readonly reactions: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The chat of a session (`session.chat`). */
export interface Chat {
  /** Every message of this call so far (and the history others sent when you joined), oldest first. */
  readonly messages: readonly ChatMessage[];
  /** Messages from others since the last `markRead()`. */
  readonly unreadCount: number;
  /** The ids of the participants typing right now. */
  readonly typing: ReadonlySet<string>;
  /**
   * Sends a message to everyone in the room, or with `to` privately to one participant, and
   * returns it. It reaches everyone exactly once, in order, also across network blips.
   * Throws `invalid-options` for empty or too long text, or an unknown `to`.
   */
  send(text: string, options?: { to?: string }): ChatMessage;
  /** Adds (or with `on: false` removes) your reaction to a message. */
  react(message: ChatMessage, emoji: string, on?: boolean): void;
  /** Says whether you are typing; it lapses by itself after a few seconds. */
  setTyping(typing: boolean): void;
  /** Marks everything as read (`unreadCount` back to 0). */
  markRead(): void;
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
  /** How many recent messages to hand a newcomer. */
  historySize: number;
  /** A message was added to the log. */
  added: (message: ChatMessage) => void;
  /** A message's reactions changed. */
  updated: (message: ChatMessage) => void;
  /** Someone started or stopped typing. */
  typingChanged: (participantId: string, typing: boolean) => void;
  /** The unread count changed. */
  unreadChanged: (count: number) => void;
  /** Someone sent an emoji to the whole call. */
  callReaction: (participantId: string, emoji: string) => void;
  /** A peer sent something that is not a chat message. */
  rejected: (error: RtcError) => void;
}

interface StoredMessage extends ChatMessage {
  /** The sender's count (see ChatLine.seq). */
  readonly seq: number;
  readonly reactions: Map<string, Set<string>>;
}

/** Unacknowledged messages kept per participant; beyond this the oldest are given up. */
const MAX_UNACKED = 10_000;

/**
 * How long someone who left stays a recipient: a network blip can make the server report a
 * departure, and the same participant comes back moments later under the same id. What was
 * sent to them meanwhile is delivered when they do; after this it is given up.
 */
const AWAY_MS = 60_000;

/**
 * A call reaction shows for a moment; one for someone whose channel is still opening (they
 * joined a second ago) goes out when it opens, unless by then it would be old news.
 */
const REACTION_FRESH_MS = 3000;

/**
 * Chat over one ordered, reliable data channel per peer, delivered exactly once: every
 * message is kept per recipient until they acknowledge it (acknowledgements are batched), sent
 * again whenever their channel (re)opens, and recognised by its id if it arrives twice. A
 * newcomer gets the recent history from everyone already there, merged and de-duplicated.
 */
export class ChatManager implements Chat {
  private readonly log: StoredMessage[] = [];
  private readonly byKey = new Map<string, StoredMessage>();
  /** Per participant, in sending order: message id → encoded message. */
  private readonly unacked = new Map<string, Map<string, string>>();
  /** Participants who left recently, and when (see AWAY_MS). */
  private readonly away = new Map<string, number>();
  /** Participants we have handed the history to. */
  private readonly briefed = new Set<string>();
  private readonly pendingAcks = new Map<string, string[]>();
  /** Call reactions for participants whose channel was not open, with when they were sent. */
  private readonly pendingReactions = new Map<string, Array<{ data: string; at: number }>>();
  private ackTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly typingTracker: TypingTracker;
  private unread = 0;
  /** How many messages we sent, and when the last went: our own order on the wire. */
  private sentCount = 0;
  private lastSentAt = 0;

  constructor(private readonly options: ChatManagerOptions) {
    this.typingTracker = new TypingTracker({
      broadcast: (typing) => this.broadcastNow(encodeChat({ type: 'typing', typing })),
      changed: options.typingChanged,
    });
  }

  get messages(): readonly ChatMessage[] {
    return this.log;
  }

  get unreadCount(): number {
    return this.unread;
  }

  get typing(): ReadonlySet<string> {
    return this.typingTracker.typing;
  }

  send(text: string, { to }: { to?: string } = {}): ChatMessage {
    if (typeof text !== 'string' || text.trim().length === 0) {
      throw new RtcError('invalid-options', 'A chat message needs some text');
    }
    if (text.length > MAX_CHAT_LENGTH) {
      throw new RtcError('invalid-options', `A chat message can be at most ${MAX_CHAT_LENGTH} characters`);
    }
    if (to !== undefined && this.options.nameOf(to) === undefined) {
      throw new RtcError('invalid-options', 'A private message needs someone in the room to go to');
    }
    this.typingTracker.stop();
    const self = this.options.self();
    // Never earlier than our previous message, even if the clock steps back: the log is in
    // time order, and ours must stay in the order we sent them.
    this.lastSentAt = Math.max(Date.now(), this.lastSentAt);
    const message = this.store({
      id: createId(),
      from: self.id,
      name: self.name,
      text,
      sentAt: this.lastSentAt,
      seq: this.sentCount++,
      local: true,
      history: false,
      ...(to ? { to } : {}),
    });
    const data = encodeChat({
      type: 'chat',
      id: message.id,
      text,
      sentAt: message.sentAt,
      seq: message.seq,
      ...(to ? { to } : {}),
    });
    const recipients = to ? [to] : new Set([...this.options.peers(), ...this.recentlyAway()]);
    for (const peer of recipients) this.sendReliably(peer, message.id, data);
    return message;
  }

  react(message: ChatMessage, emoji: string, on = true): void {
    const stored = this.byKey.get(keyOf(message.from, message.id));
    if (!stored || typeof emoji !== 'string' || !emoji.trim() || emoji.length > MAX_REACTION_LENGTH) {
      throw new RtcError('invalid-options', 'A reaction needs a message of this chat and one short emoji');
    }
    if (!this.applyReaction(stored, this.options.self().id, emoji, on)) return;
    this.options.updated(stored);
    const wire = encodeChat({
      type: 'reaction',
      messageFrom: message.from,
      messageId: message.id,
      emoji,
      on,
    });
    const recipients = stored.to ? [stored.local ? stored.to : stored.from] : this.options.peers();
    for (const peer of recipients) this.options.sendTo(peer, wire);
  }

  setTyping(typing: boolean): void {
    this.typingTracker.set(typing);
  }

  /**
   * @internal Sends an emoji to the whole call (checked by the caller). Not kept: only a
   * channel still opening gets it late (see REACTION_FRESH_MS).
   */
  sendCallReaction(emoji: string): void {
    const data = encodeChat({ type: 'call-reaction', emoji });
    for (const peer of this.options.peers()) {
      if (this.options.sendTo(peer, data)) continue;
      const pending = this.pendingReactions.get(peer) ?? [];
      pending.push({ data, at: Date.now() });
      this.pendingReactions.set(peer, pending);
    }
  }

  markRead(): void {
    if (this.unread === 0) return;
    this.unread = 0;
    this.options.unreadChanged(0);
  }

  /** @internal Text that arrived on the chat channel from `from`. */
  handleData(from: string, data: unknown): void {
    const wire = decodeChat(data);
    if (!wire) {
      this.options.rejected(
        new RtcError('bad-message', `${from} sent a malformed chat message; it was dropped`),
      );
      return;
    }
    this.handleWire(from, wire);
  }

  /** @internal The chat channel to `peer` opened: send the history once, then what they lack. */
  handleChannelOpened(peer: string): void {
    this.away.delete(peer);
    if (!this.briefed.has(peer)) {
      this.briefed.add(peer);
      this.sendHistory(peer);
    }
    if (this.typingTracker.active) this.options.sendTo(peer, encodeChat({ type: 'typing', typing: true }));
    const fresh = Date.now() - REACTION_FRESH_MS;
    for (const { data, at } of this.pendingReactions.get(peer) ?? []) {
      if (at >= fresh) this.options.sendTo(peer, data);
    }
    this.pendingReactions.delete(peer);
    for (const data of this.unacked.get(peer)?.values() ?? []) {
      if (!this.options.sendTo(peer, data)) return;
    }
  }

  /** @internal `peer` left the room; they may be back soon (see AWAY_MS). */
  handlePeerLeft(peer: string): void {
    this.away.set(peer, Date.now());
    this.pendingReactions.delete(peer);
    this.typingTracker.forget(peer);
    this.recentlyAway();
  }

  /** @internal Stops the timers. */
  dispose(): void {
    clearTimeout(this.ackTimer);
    this.typingTracker.dispose();
  }

  private handleWire(from: string, wire: ChatWire): void {
    switch (wire.type) {
      case 'ack':
        for (const id of wire.ids) this.unacked.get(from)?.delete(id);
        return;
      case 'typing':
        return this.typingTracker.heard(from, wire.typing);
      case 'reaction': {
        const stored = this.byKey.get(keyOf(wire.messageFrom, wire.messageId));
        if (stored && this.applyReaction(stored, from, wire.emoji, wire.on)) this.options.updated(stored);
        return;
      }
      case 'call-reaction':
        return this.options.callReaction(from, wire.emoji);
      case 'history':
        return this.mergeHistory(wire.messages);
      case 'chat': {
        this.acknowledge(from, wire.id);
        const self = this.options.self().id;
        // A private message to someone else never reaches us from an honest peer; ignore it.
        if (wire.to !== undefined && wire.to !== self) return;
        if (this.byKey.has(keyOf(from, wire.id))) return;
        this.typingTracker.heard(from, false);
        const name = this.options.nameOf(from) ?? '';
        this.store({ ...wire, from, name, local: false, history: false });
        this.unread += 1;
        this.options.unreadChanged(this.unread);
      }
    }
  }

  /**
   * Adds what others remember from before we joined, skipping what we have. History can
   * overtake the live stream (someone already there hands on the latest messages of a third
   * person before that person's channel to us opens); the log's order puts the live ones that
   * follow back in their place.
   */
  private mergeHistory(lines: readonly HistoryLine[]): void {
    const self = this.options.self().id;
    const fresh = lines.filter(
      (line) => !this.byKey.has(keyOf(line.from, line.id)) && (line.to === undefined || line.to === self),
    );
    if (fresh.length === 0) return;
    for (const line of fresh) {
      const message: StoredMessage = {
        ...line,
        local: line.from === self,
        history: true,
        reactions: new Map(),
      };
      this.byKey.set(keyOf(line.from, line.id), message);
      this.insert(message);
    }
    for (const line of fresh) this.options.added(this.byKey.get(keyOf(line.from, line.id))!);
  }

  private sendHistory(peer: string): void {
    // What is still to be delivered to them live is not history: it follows in order.
    const pending = this.unacked.get(peer);
    const lines = this.log
      .filter((message) => !(message.local && pending?.has(message.id)))
      .filter((message) => message.to === undefined || message.to === peer || message.from === peer)
      .slice(-Math.min(this.options.historySize, MAX_HISTORY))
      .map(({ id, from, name, text, sentAt, seq, to }) => ({
        id,
        from,
        name,
        text,
        sentAt,
        seq,
        ...(to ? { to } : {}),
      }));
    if (lines.length > 0) this.options.sendTo(peer, encodeChat({ type: 'history', messages: lines }));
  }

  private sendReliably(peer: string, id: string, data: string): void {
    const pending = this.unacked.get(peer) ?? new Map<string, string>();
    if (pending.size >= MAX_UNACKED) pending.delete(pending.keys().next().value!);
    pending.set(id, data);
    this.unacked.set(peer, pending);
    this.options.sendTo(peer, data);
  }

  /** Acknowledgements go out together, so a burst of messages is not answered by a burst. */
  private acknowledge(peer: string, id: string): void {
    const ids = this.pendingAcks.get(peer) ?? [];
    ids.push(id);
    this.pendingAcks.set(peer, ids);
    this.ackTimer ??= setTimeout(() => {
      this.ackTimer = undefined;
      for (const [to, batch] of this.pendingAcks)
        this.options.sendTo(to, encodeChat({ type: 'ack', ids: batch }));
      this.pendingAcks.clear();
    }, 20);
  }

  private applyReaction(message: StoredMessage, who: string, emoji: string, on: boolean): boolean {
    const people = message.reactions.get(emoji) ?? new Set<string>();
    if (people.has(who) === on) return false;
    if (on) people.add(who);
    else people.delete(who);
    if (people.size > 0) message.reactions.set(emoji, people);
    else message.reactions.delete(emoji);
    return true;
  }

  private store(message: Omit<StoredMessage, 'reactions'>): StoredMessage {
    const stored: StoredMessage = { ...message, reactions: new Map() };
    this.byKey.set(keyOf(stored.from, stored.id), stored);
    this.insert(stored);
    this.options.added(stored);
    return stored;
  }

  /**
   * Puts a message in its place in the log: in time order, and where two share a millisecond,
   * by sender and then by the sender's count, so everyone in the call sees the same order.
   * Searched from the end, where nearly every message goes.
   */
  private insert(message: StoredMessage): void {
    let index = this.log.length;
    while (index > 0 && compareMessages(message, this.log[index - 1]!) < 0) index--;
    this.log.splice(index, 0, message);
  }

  private broadcastNow(data: string): void {
    for (const peer of this.options.peers()) this.options.sendTo(peer, data);
  }

  /** Those who left less than AWAY_MS ago; forgets the rest and what was kept for them. */
  private recentlyAway(): string[] {
    const cutoff = Date.now() - AWAY_MS;
    for (const [peer, since] of this.away) {
      if (since > cutoff) continue;
      this.away.delete(peer);
      this.unacked.delete(peer);
    }
    return [...this.away.keys()];
  }
}

function compareMessages(a: StoredMessage, b: StoredMessage): number {
  return a.sentAt - b.sentAt || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.seq - b.seq);
}

function keyOf(from: string, id: string): string {
  return `${from}/${id}`;
}
