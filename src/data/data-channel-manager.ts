import type { RtcError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ChannelData, ChannelSpec, Transport } from '../transport/transport.js';
import { AppDataManager, DATA_CHANNEL, UNRELIABLE_DATA_CHANNEL } from './app-data.js';
import { CHAT_CHANNEL, ChatManager, type ChatMessage } from './chat-manager.js';
import { DataRouter, type ChannelLimit } from './data-router.js';
import { FileManager } from './file-manager.js';
import type { FileTransfer } from './file-transfer.js';
import { FILES_CHANNEL } from './file-wire.js';

/** The data channels every peer connection opens. */
export const DATA_CHANNELS: readonly ChannelSpec[] = [
  { label: CHAT_CHANNEL },
  { label: FILES_CHANNEL },
  { label: DATA_CHANNEL },
  { label: UNRELIABLE_DATA_CHANNEL, ordered: false, maxRetransmits: 0 },
];

/**
 * What one peer may send on each channel; beyond it messages are dropped and reported.
 * Generous for people (a burst of 2 000 chat messages passes), tight for a flood.
 */
const LIMITS: Record<string, ChannelLimit> = {
  [CHAT_CHANNEL]: { perSecond: 200, burst: 2000 },
  [FILES_CHANNEL]: { perSecond: 5000, burst: 10_000 },
  [DATA_CHANNEL]: { perSecond: 500, burst: 2000 },
  [UNRELIABLE_DATA_CHANNEL]: { perSecond: 500, burst: 2000 },
};

export interface DataChannelManagerOptions {
  self: () => { id: string; name: string };
  nameOf: (participantId: string) => string | undefined;
  peers: () => Iterable<string>;
  /** The transport in use right now (it changes when the session re-enters the room). */
  transport: () => Transport | undefined;
  historySize: number;
  maxFileBytes: number;
  logger: Logger;
  chatMessageAdded: (message: ChatMessage) => void;
  chatMessageUpdated: (message: ChatMessage) => void;
  typingChanged: (participantId: string, typing: boolean) => void;
  unreadCountChanged: (count: number) => void;
  fileTransferAdded: (transfer: FileTransfer) => void;
  callReaction: (participantId: string, emoji: string) => void;
  error: (error: RtcError) => void;
}

/**
 * Everything that travels on data channels: chat, files and app data. Routes what arrives to
 * the right manager (through the per-peer rate limits) and tells each about channels opening
 * and peers leaving. The session only forwards transport events here.
 */
export class DataChannelManager {
  readonly chat: ChatManager;
  readonly files: FileManager;
  readonly data: AppDataManager;
  private readonly router: DataRouter;

  constructor(options: DataChannelManagerOptions) {
    const send = (peer: string, label: string, data: ChannelData): boolean =>
      options.transport()?.sendData(peer, label, data) ?? false;
    const isPeer = (id: string): boolean => options.nameOf(id) !== undefined;
    this.chat = new ChatManager({
      self: options.self,
      nameOf: options.nameOf,
      peers: options.peers,
      sendTo: (peer, data) => send(peer, CHAT_CHANNEL, data),
      historySize: options.historySize,
      added: options.chatMessageAdded,
      updated: options.chatMessageUpdated,
      typingChanged: options.typingChanged,
      unreadChanged: options.unreadCountChanged,
      callReaction: options.callReaction,
      rejected: options.error,
    });
    this.files = new FileManager({
      peers: options.peers,
      isPeer,
      nameOf: options.nameOf,
      sendTo: (peer, data) => send(peer, FILES_CHANNEL, data),
      whenWritable: (peer, maxBuffered) =>
        options.transport()?.whenWritable(peer, FILES_CHANNEL, maxBuffered) ?? Promise.resolve(false),
      maxMessageSize: (peer) => options.transport()?.maxMessageSize(peer) ?? 64 * 1024,
      maxFileBytes: options.maxFileBytes,
      added: options.fileTransferAdded,
      rejected: options.error,
      logger: options.logger,
    });
    this.data = new AppDataManager({
      peers: options.peers,
      isPeer,
      sendTo: send,
      maxMessageSize: (peer) => options.transport()?.maxMessageSize(peer) ?? 64 * 1024,
      rejected: options.error,
      logger: options.logger,
    });
    this.router = new DataRouter({
      handlers: {
        [CHAT_CHANNEL]: (peer, data) => this.chat.handleData(peer, data),
        [FILES_CHANNEL]: (peer, data) => this.files.handleData(peer, data),
        [DATA_CHANNEL]: (peer, data) => this.data.handleData(peer, data),
        [UNRELIABLE_DATA_CHANNEL]: (peer, data) => this.data.handleData(peer, data),
      },
      limits: LIMITS,
      rejected: options.error,
    });
  }

  handleData(peer: string, label: string, data: ChannelData): void {
    this.router.route(peer, label, data);
  }

  handleChannelOpened(peer: string, label: string): void {
    if (label === CHAT_CHANNEL) this.chat.handleChannelOpened(peer);
    else if (label === FILES_CHANNEL) this.files.handleChannelOpened(peer);
    else if (label === DATA_CHANNEL) this.data.handleChannelOpened(peer);
  }

  handleChannelClosed(peer: string, label: string): void {
    if (label === FILES_CHANNEL) this.files.handlePeerGone(peer);
  }

  handlePeerLeft(peer: string): void {
    this.chat.handlePeerLeft(peer);
    this.files.handlePeerGone(peer);
    this.data.handlePeerLeft(peer);
    this.router.forget(peer);
  }

  /** The session left: stop transfers and timers. */
  dispose(): void {
    this.files.dispose();
    this.chat.dispose();
    this.data.dispose();
  }
}
