import { EventEmitter } from 'eventemitter3';
import { ConnectionWatch } from './connection-watch.js';
import type { AppData } from './data/app-data.js';
import type { Chat } from './data/chat-manager.js';
import { DATA_CHANNELS, DataChannelManager } from './data/data-channel-manager.js';
import type { Files } from './data/file-manager.js';
import { RtcError } from './errors.js';
import { createId } from './internal/ids.js';
import { LocalParticipant } from './local-participant.js';
import { createConsoleLogger, type LogLevel, type Logger } from './logger.js';
import { DeviceList } from './media/devices.js';
import type { MediaRequest } from './media/local-media.js';
import { RemoteParticipant, type TrackChanges } from './remote-participant.js';
import type { SessionEvents, SessionState } from './session-events.js';
import { SignalingConnection } from './signaling-connection.js';
import { SpeakingDetector } from './speaking-detector.js';
import { isReaction } from './data/chat-wire.js';
import {
  PROTOCOL_LIMITS,
  PROTOCOL_VERSION,
  parseRoomName,
  type HelloMessage,
  type ParticipantInfo,
  type PeerMessage,
  type TrackSource,
} from './signaling/protocol.js';
import type { SignalingAdapter, SignalingState, Welcome } from './signaling/signaling-adapter.js';
import { MeshTransport } from './transport/mesh-transport.js';
import type { OutgoingSignal, Transport } from './transport/transport.js';

export interface SessionOptions {
  /** The room to join: 1 to 128 characters. */
  room: string;
  /** How to reach the others: `createWebSocketSignaling`, `createBroadcastChannelSignaling`, … */
  signaling: SignalingAdapter;
  /** Your display name, plain text (control characters are removed, at most 64 characters). */
  name?: string;
  /** Microphone: `true` (default), `false`, or constraints. */
  audio?: MediaRequest;
  /** Camera: `true` (default), `false`, or constraints. */
  video?: MediaRequest;
  /** ICE servers to use besides any the signaling service hands out. */
  iceServers?: RTCIceServer[];
  /**
   * `relay` sends all media through a TURN server, which hides participants' IP addresses from
   * each other (it needs a TURN server). Default `all`.
   */
  iceTransportPolicy?: RTCIceTransportPolicy;
  /** How many recent chat messages a newcomer is handed by each participant. Default 100. */
  chatHistory?: number;
  /** The largest file this side sends or accepts, in bytes. Default 256 MiB. */
  maxFileBytes?: number;
  /** Console logging level when no `logger` is given. Default `warn`. */
  logLevel?: LogLevel;
  /** Where diagnostics go instead of the console. */
  logger?: Logger;
}

type Outgoing<M> = M extends PeerMessage ? Omit<M, 'v' | 'from'> : never;

/**
 * How long someone's media may stay down, while signaling is down too, before they are
 * dropped. While signaling is up the server decides (it says bye for a vanished participant).
 */
const PEER_TIMEOUT_MS = 30_000;

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * A call: you, the others in the room, and the media and chat between you.
 *
 * @example
 * const session = new Session({
 *   room: 'standup',
 *   name: 'Ada',
 *   signaling: createWebSocketSignaling({ url: 'wss://example.com/signal' }),
 * });
 * session.on('trackAdded', ({ participant, track, source }) => show(participant, track, source));
 * await session.join();
 * session.chat.send('hello');
 * await session.leave();
 */
export class Session extends EventEmitter<SessionEvents, never> {
  /** The room this session joins. */
  readonly room: string;
  /** You. Usable before `join()`; its id is set when you join. */
  readonly localParticipant: LocalParticipant;
  /** Chat with everyone in the room. */
  readonly chat: Chat;
  /** Files sent directly between participants. */
  readonly files: Files;
  /** App messages by topic, for games and collaboration. */
  readonly data: AppData;
  /** The cameras, microphones and speakers of this browser, kept current while joined. */
  readonly devices = new DeviceList();

  private readonly channels: DataChannelManager;
  private readonly remote = new Map<string, RemoteParticipant>();
  private readonly logger: Logger;
  private current: SessionState = 'idle';
  private signaling: SignalingState | 'idle' = 'idle';
  private connection: SignalingConnection | undefined;
  private transport: Transport | undefined;
  private watch: ConnectionWatch | undefined;
  /** Messages that arrive while joining wait here until the transport exists. */
  private inbox: PeerMessage[] | undefined;
  /** The signaling backend's instance id at the last (re)connection (see `Welcome.instance`). */
  private instance: string | undefined;
  /** Counts signaling (re)connections; `heard` says in which one we last heard from someone. */
  private epoch = 0;
  private readonly heard = new Map<string, number>();
  private readonly speakingDetector: SpeakingDetector;
  private speaker = '';

  constructor(private readonly options: SessionOptions) {
    super();
    const room = parseRoomName(options.room);
    if (!room.ok) throw new RtcError('invalid-options', `Bad room name: ${room.reason}`);
    this.room = room.message;
    this.logger = options.logger ?? createConsoleLogger('session', options.logLevel);
    this.localParticipant = new LocalParticipant(
      cleanName(options.name ?? ''),
      { audio: options.audio ?? true, video: options.video ?? true },
      {
        trackChanged: (source, track, stream) => this.publishTrack(source, track, stream),
        infoChanged: () => this.announce(),
        deviceLost: (error) => this.emit('error', { error }),
      },
    );
    this.channels = new DataChannelManager({
      self: () => this.localParticipant,
      nameOf: (id) => this.remote.get(id)?.name,
      peers: () => this.remote.keys(),
      transport: () => this.transport,
      historySize: options.chatHistory ?? 100,
      maxFileBytes: options.maxFileBytes ?? 256 * 1024 * 1024,
      logger: this.logger,
      chatMessageAdded: (message) => this.emit('chatMessageAdded', { message }),
      chatMessageUpdated: (message) => this.emit('chatMessageUpdated', { message }),
      typingChanged: (id, typing) => {
        const participant = this.remote.get(id);
        if (participant) this.emit('typingChanged', { participant, typing });
      },
      unreadCountChanged: (count) => this.emit('unreadCountChanged', { count }),
      fileTransferAdded: (transfer) => this.emit('fileTransferAdded', { transfer }),
      callReaction: (id, emoji) => {
        const participant = this.remote.get(id);
        if (participant) this.emit('reaction', { participant, emoji });
      },
      error: (error) => this.emit('error', { error }),
    });
    this.chat = this.channels.chat;
    this.files = this.channels.files;
    this.data = this.channels.data;
    this.speakingDetector = new SpeakingDetector({
      local: this.localParticipant,
      remote: () => this.remote.values(),
      transport: () => this.transport,
      activeSpeakerChanged: (participant) => this.emit('activeSpeakerChanged', { participant }),
    });
    this.devices.on('changed', () => this.emit('devicesChanged', { devices: this.devices }));
  }

  /** Where the session is in its life. */
  get state(): SessionState {
    return this.current;
  }

  /**
   * The state of the signaling connection: `idle` before the first join, `connecting` while
   * joining or reconnecting after a drop, `open`, `closed`.
   */
  get signalingState(): SignalingState | 'idle' {
    return this.signaling;
  }

  /** The other participant who last started speaking and is speaking or spoke last. */
  get activeSpeaker(): RemoteParticipant | undefined {
    return this.speakingDetector.activeSpeaker;
  }

  /** The speaker call audio plays through (`''`: the system default). `<rtc-video>` follows it. */
  get speakerId(): string {
    return this.speaker;
  }

  /**
   * Plays call audio through another speaker (a `deviceId` from `devices.speakers`). Rejects
   * with `not-supported` where the browser cannot choose one (it lacks `setSinkId`).
   */
  async setSpeaker(deviceId: string): Promise<void> {
    if (typeof HTMLMediaElement === 'undefined' || !('setSinkId' in HTMLMediaElement.prototype)) {
      throw new RtcError('not-supported', 'This browser cannot choose the speaker', { device: 'speaker' });
    }
    if (deviceId === this.speaker) return;
    this.speaker = deviceId;
    this.emit('speakerChanged', { deviceId });
  }

  /**
   * Shares a screen, window or tab beside the camera; the others get it as a track with source
   * `screen` (and `screen-audio` for its sound, when `audio` is set and the browser offers it).
   * Stopping from the browser's own "stop sharing" bar is noticed. Rejects with
   * `permission-denied` when the person cancels the picker, `not-supported` where the browser
   * cannot share, `invalid-state` when not joined.
   */
  async shareScreen(options: { audio?: boolean } = {}): Promise<void> {
    if (this.current !== 'joined') {
      throw new RtcError('invalid-state', `shareScreen() was called while the session is ${this.current}`);
    }
    await this.localParticipant.shareScreen(options.audio ?? true);
  }

  /** Stops sharing the screen. Does nothing when not sharing. */
  stopScreenShare(): Promise<void> {
    return this.localParticipant.stopScreenShare();
  }

  /**
   * Sends an emoji to everyone in the call (a short-lived reaction, not a chat message); the
   * `reaction` event fires for it here too. Someone who joined a moment ago gets it when their
   * connection opens, unless that takes more than 3 s. Throws `invalid-options` for anything
   * but a short emoji-like text.
   */
  sendReaction(emoji: string): void {
    if (!isReaction(emoji)) throw new RtcError('invalid-options', 'A reaction is one short emoji');
    if (this.current !== 'joined') return;
    this.channels.chat.sendCallReaction(emoji);
    this.emit('reaction', { participant: this.localParticipant, emoji });
  }

  /** Everyone else in the room, by participant id. */
  get participants(): ReadonlyMap<string, RemoteParticipant> {
    return this.remote;
  }

  /**
   * Opens the camera and microphone and joins the room. Resolves once signaling is connected
   * and local media is published. A camera or microphone that cannot be opened does not stop
   * the join: it is reported as an `error` event and you join with what you have. Rejects with
   * `signaling-unreachable` when the room cannot be reached (`unauthorized` or `room-full`
   * when the server refuses), and `invalid-state` when not idle or left.
   */
  async join(): Promise<void> {
    if (this.current !== 'idle' && this.current !== 'left') {
      throw new RtcError('invalid-state', `join() was called while the session is ${this.current}`);
    }
    this.setState('joining');
    this.inbox = [];
    const connection = new SignalingConnection({
      adapter: this.options.signaling,
      room: this.room,
      logger: this.logger,
      receive: (message) => {
        if (this.inbox) this.inbox.push(message);
        else this.handleMessage(message);
      },
      stateChanged: (state) => this.setSignalingState(state),
      reconnected: (welcome) => this.handleReconnected(welcome),
      error: (error) => this.handleSignalingError(error),
    });
    this.connection = connection;
    // Capture and connect at once: neither waits for the other.
    const media = this.localParticipant.start();
    let welcome: Welcome;
    try {
      welcome = await connection.open(createId());
    } catch (cause) {
      await media;
      const left = this.connection !== connection;
      this.abandonJoin(connection);
      if (left) throw new RtcError('invalid-state', 'The session left before it finished joining');
      throw cause instanceof RtcError
        ? cause
        : new RtcError('signaling-unreachable', `Could not reach the room "${this.room}"`, { cause });
    }
    const mediaErrors = await media;
    if (this.connection !== connection) {
      this.abandonJoin(connection);
      throw new RtcError('invalid-state', 'The session left before it finished joining');
    }
    // From here to the end nothing awaits, so a leave() cannot land halfway through.
    globalThis.addEventListener?.('pagehide', this.handlePageHide);
    this.speakingDetector.start();
    this.devices.follow(true);
    // Labels are known now that a device is open.
    void this.devices.refresh();
    this.setState('joined');
    for (const error of mediaErrors) this.emit('error', { error });
    this.enterRoom(welcome);
    const inbox = this.inbox ?? [];
    this.inbox = undefined;
    for (const message of inbox) this.handleMessage(message);
  }

  /**
   * Leaves the room: says goodbye, stops every local track and closes every connection.
   * Idempotent. The session can join again afterwards.
   */
  async leave(): Promise<void> {
    if (this.current !== 'joining' && this.current !== 'joined') return;
    this.setState('leaving');
    globalThis.removeEventListener?.('pagehide', this.handlePageHide);
    this.devices.follow(false);
    // Sent before anything closes: adapters write it out synchronously.
    if (this.signaling === 'open') this.send({ type: 'bye' });
    const connection = this.connection;
    this.connection = undefined;
    this.teardown();
    await connection?.close();
    this.setState('left');
  }

  /** Leaves at once and removes every listener. Idempotent. */
  dispose(): void {
    void this.leave();
    this.teardown();
    this.devices.follow(false);
    this.removeAllListeners();
    this.devices.removeAllListeners();
    this.localParticipant.removeAllListeners();
  }

  /** Takes our place in the room as `welcome.selfId`: a fresh transport, and a hello to all. */
  private enterRoom(welcome: Welcome): void {
    this.instance = welcome.instance;
    this.localParticipant.assignId(welcome.selfId);
    const iceServers = [...(this.options.iceServers ?? []), ...(welcome.iceServers ?? [])];
    const relayOnly = this.options.iceTransportPolicy === 'relay';
    this.watch = new ConnectionWatch({
      hasTurn: iceServers.some((server) => [server.urls].flat().some((url) => /^turns?:/.test(url))),
      relayOnly,
      timeoutMs: PEER_TIMEOUT_MS,
      failed: (_id, error) => this.emit('error', { error }),
      timedOut: (id) => {
        // While signaling is up the server says who left, unless it restarted meanwhile and
        // this participant has not come back to it.
        if (this.signaling !== 'open' || this.heard.get(id) !== this.epoch) this.handleBye(id);
      },
    });
    this.transport = this.createTransport(welcome.selfId, {
      iceServers,
      iceTransportPolicy: this.options.iceTransportPolicy ?? 'all',
    });
    const local = this.localParticipant;
    for (const source of ['microphone', 'camera', 'screen', 'screen-audio'] as const) {
      const stream = source === 'microphone' || source === 'camera' ? local.cameraStream : local.screenStream;
      // With no peers yet this only records the track; each new peer link publishes it.
      void this.transport.setLocalTrack(source, local.tracks.get(source) ?? null, stream);
    }
    this.send({ type: 'hello', info: this.localParticipant.info() });
  }

  /**
   * Signaling is back after a drop. Resumed as the same participant: forget whoever left
   * meanwhile (unless the server restarted, when its member list is still filling up), say
   * hello again (newcomers answer), and restart ICE where media is down. Not resumed: the
   * others saw us leave, so start over as a newcomer.
   */
  private handleReconnected(welcome: Welcome): void {
    if (this.current !== 'joined') return;
    const sameInstance = welcome.instance === this.instance;
    this.instance = welcome.instance;
    this.epoch += 1;
    if (welcome.selfId !== this.localParticipant.id || welcome.resumed === false) {
      this.logger.info('rejoining the room as a new participant');
      for (const id of [...this.remote.keys()]) this.handleBye(id);
      this.transport?.close();
      this.watch?.clear();
      this.enterRoom(welcome);
      return;
    }
    if (welcome.members && sameInstance) {
      const present = new Set(welcome.members);
      for (const id of [...this.remote.keys()]) if (!present.has(id)) this.handleBye(id);
    }
    this.send({ type: 'hello', info: this.localParticipant.info() });
    this.transport?.recover();
  }

  private createTransport(selfId: string, configuration: RTCConfiguration): Transport {
    const transport = new MeshTransport({
      selfId,
      configuration,
      channels: DATA_CHANNELS,
      sendSignal: (signal: OutgoingSignal) => this.send(signal),
      logger: this.logger,
    });
    transport.on('trackAdded', ({ peerId, track, streamId }) => {
      const participant = this.remote.get(peerId);
      if (participant) this.announceTracks(participant, participant.addTrack(track, streamId));
    });
    transport.on('channelOpened', ({ peerId, label }) => this.channels.handleChannelOpened(peerId, label));
    transport.on('channelClosed', ({ peerId, label }) => this.channels.handleChannelClosed(peerId, label));
    transport.on('dataReceived', ({ peerId, label, data }) => this.channels.handleData(peerId, label, data));
    transport.on('peerStateChanged', ({ peerId, state, previous }) => {
      const participant = this.remote.get(peerId);
      if (!participant) return;
      participant.setConnectionState(state);
      this.watch?.handleState(peerId, participant.name, state);
      this.emit('connectionStateChanged', { participant, state, previous });
    });
    transport.on('peerStalled', ({ peerId, candidateErrors }) => {
      const participant = this.remote.get(peerId);
      if (participant) this.watch?.handleStalled(peerId, participant.name, candidateErrors);
    });
    transport.on('error', ({ error }) => this.emit('error', { error }));
    return transport;
  }

  private handleMessage(message: PeerMessage): void {
    switch (message.type) {
      case 'hello':
        return this.handleHello(message);
      case 'update':
        return this.applyInfo(message.from, message.info);
      case 'bye':
        return this.handleBye(message.from);
      case 'description':
      case 'candidate':
        if (message.to === this.localParticipant.id) this.transport?.handleSignal(message);
        return;
    }
  }

  private handleHello(message: HelloMessage): void {
    this.heard.set(message.from, this.epoch);
    if (this.remote.has(message.from)) {
      this.applyInfo(message.from, message.info);
    } else {
      const participant = new RemoteParticipant(message.from, message.info);
      this.remote.set(message.from, participant);
      this.transport?.addPeer(message.from);
      this.emit('participantJoined', { participant });
    }
    // A broadcast hello is someone arriving (or coming back): tell them we are here.
    if (message.to === undefined) {
      this.send({ type: 'hello', to: message.from, info: this.localParticipant.info() });
    }
  }

  private applyInfo(from: string, info: ParticipantInfo): void {
    const participant = this.remote.get(from);
    if (!participant) return;
    this.heard.set(from, this.epoch);
    const changes = participant.applyInfo(info);
    this.emit('participantUpdated', { participant });
    this.announceTracks(participant, changes);
  }

  private announceTracks(participant: RemoteParticipant, changes: TrackChanges): void {
    for (const { track, source } of changes.removed)
      this.emit('trackRemoved', { participant, track, source });
    for (const { track, source } of changes.added) this.emit('trackAdded', { participant, track, source });
  }

  private handleBye(from: string): void {
    const participant = this.remote.get(from);
    if (!participant) return;
    this.transport?.removePeer(from);
    this.watch?.forget(from);
    this.channels.handlePeerLeft(from);
    this.heard.delete(from);
    this.remote.delete(from);
    this.speakingDetector.forget(participant);
    participant.end();
    this.emit('participantLeft', { participant });
  }

  private handleSignalingError(error: RtcError): void {
    // A signal to someone who has just left races their bye; that is not worth reporting.
    if (error.code === 'unknown-participant') this.logger.debug(error.message);
    else this.emit('error', { error });
  }

  private readonly handlePageHide = (): void => {
    void this.leave();
  };

  private async publishTrack(
    source: TrackSource,
    track: MediaStreamTrack | null,
    stream: MediaStream,
  ): Promise<void> {
    await this.transport?.setLocalTrack(source, track, stream);
  }

  private announce(): void {
    if (this.current === 'joined') this.send({ type: 'update', info: this.localParticipant.info() });
  }

  private send(message: Outgoing<PeerMessage>): void {
    this.connection?.send({ ...message, v: PROTOCOL_VERSION, from: this.localParticipant.id } as PeerMessage);
  }

  /** Stops local media and closes every connection; synchronous so `dispose()` is immediate. */
  private teardown(): void {
    this.inbox = undefined;
    this.speakingDetector.stop();
    this.channels.dispose();
    this.transport?.close();
    this.transport = undefined;
    this.watch?.clear();
    for (const participant of this.remote.values()) participant.end();
    this.remote.clear();
    this.heard.clear();
    this.localParticipant.stop();
  }

  private abandonJoin(connection: SignalingConnection): void {
    if (this.connection === connection) this.connection = undefined;
    this.teardown();
    void connection.close();
    if (this.current === 'joining') this.setState('idle');
  }

  private setState(state: SessionState): void {
    const previous = this.current;
    if (previous === state) return;
    this.current = state;
    this.emit('stateChanged', { state, previous });
  }

  private setSignalingState(state: SignalingState): void {
    const previous = this.signaling;
    if (previous === state) return;
    this.signaling = state;
    this.emit('signalingStateChanged', { state, previous });
  }
}

function cleanName(name: string): string {
  return name.replace(CONTROL_CHARACTERS, '').trim().slice(0, PROTOCOL_LIMITS.maxNameLength);
}
