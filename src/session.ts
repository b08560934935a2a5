import { EventEmitter } from 'eventemitter3';
import { CHAT_CHANNEL, ChatManager, type Chat } from './data/chat-manager.js';
import { RtcError } from './errors.js';
import { createId } from './internal/ids.js';
import { LocalParticipant } from './local-participant.js';
import { createConsoleLogger, type LogLevel, type Logger } from './logger.js';
import type { MediaRequest } from './media/local-media.js';
import { RemoteParticipant } from './remote-participant.js';
import type { SessionEvents, SessionState } from './session-events.js';
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
  /** Console logging level when no `logger` is given. Default `warn`. */
  logLevel?: LogLevel;
  /** Where diagnostics go instead of the console. */
  logger?: Logger;
}

type Outgoing<M> = M extends PeerMessage ? Omit<M, 'v' | 'from'> : never;

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

  private readonly chatManager: ChatManager;
  private readonly remote = new Map<string, RemoteParticipant>();
  private readonly logger: Logger;
  private current: SessionState = 'idle';
  private signaling: SignalingState | 'idle' = 'idle';
  private transport: Transport | undefined;
  private abort: AbortController | undefined;
  /** Messages that arrive while joining wait here until the transport exists. */
  private inbox: PeerMessage[] | undefined;

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
      },
    );
    this.chatManager = new ChatManager({
      self: () => this.localParticipant,
      nameOf: (id) => this.remote.get(id)?.name,
      broadcast: (data) => this.transport?.sendData(CHAT_CHANNEL, data),
      added: (message) => this.emit('chatMessageAdded', { message }),
      rejected: (error) => this.emit('error', { error }),
    });
    this.chat = this.chatManager;
  }

  /** Where the session is in its life. */
  get state(): SessionState {
    return this.current;
  }

  /** The state of the signaling connection (`idle` before the first join). */
  get signalingState(): SignalingState | 'idle' {
    return this.signaling;
  }

  /** Everyone else in the room, by participant id. */
  get participants(): ReadonlyMap<string, RemoteParticipant> {
    return this.remote;
  }

  /**
   * Opens the camera and microphone and joins the room. Resolves once signaling is connected
   * and local media is published. A camera or microphone that cannot be opened does not stop
   * the join: it is reported as an `error` event and you join with what you have. Rejects with
   * `signaling-unreachable` when the room cannot be reached, and `invalid-state` when not
   * idle or left.
   */
  async join(): Promise<void> {
    if (this.current !== 'idle' && this.current !== 'left') {
      throw new RtcError('invalid-state', `join() was called while the session is ${this.current}`);
    }
    this.setState('joining');
    const abort = new AbortController();
    this.abort = abort;
    this.inbox = [];
    // Capture and connect at once: neither waits for the other.
    const media = this.localParticipant.start();
    let welcome: Welcome;
    try {
      welcome = await this.options.signaling.connect({
        roomId: this.room,
        selfId: createId(),
        signal: abort.signal,
        receive: (message) => {
          if (abort.signal.aborted) return;
          if (this.inbox) this.inbox.push(message);
          else this.handleMessage(message);
        },
        setState: (state) => {
          if (abort.signal.aborted && state !== 'closed') return;
          this.setSignalingState(state);
          // Lost while in the call (not by leaving): the media goes on, but say so.
          if (state === 'closed' && !abort.signal.aborted && this.current === 'joined') {
            const error = new RtcError(
              'signaling-closed',
              'The connection to the signaling service was lost; the call goes on, but nobody new can join',
            );
            this.emit('error', { error });
          }
        },
        reportError: (error) => this.handleSignalingError(error),
      });
    } catch (cause) {
      await media;
      this.abandonJoin(abort);
      throw cause instanceof RtcError
        ? cause
        : new RtcError('signaling-unreachable', `Could not reach the room "${this.room}"`, { cause });
    }
    const mediaErrors = await media;
    if (abort.signal.aborted) {
      this.abandonJoin(abort);
      throw new RtcError('invalid-state', 'The session left before it finished joining');
    }

    // From here to the end nothing awaits, so a leave() cannot land halfway through.
    this.localParticipant.assignId(welcome.selfId);
    const transport = this.createTransport(welcome);
    this.transport = transport;
    const stream = this.localParticipant.cameraStream;
    for (const source of ['microphone', 'camera'] as const) {
      // With no peers yet this only records the track; each new peer link publishes it.
      void transport.setLocalTrack(source, this.localParticipant.tracks.get(source) ?? null, stream);
    }
    globalThis.addEventListener?.('pagehide', this.handlePageHide);
    this.setState('joined');
    for (const error of mediaErrors) this.emit('error', { error });
    void this.send({ type: 'hello', info: this.localParticipant.info() });
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
    const wasJoined = this.current === 'joined';
    this.setState('leaving');
    globalThis.removeEventListener?.('pagehide', this.handlePageHide);
    // Sent before anything closes: adapters write it out synchronously.
    const bye = wasJoined && this.signaling === 'open' ? this.send({ type: 'bye' }) : Promise.resolve();
    this.teardown();
    await bye;
    this.abort?.abort();
    await this.options.signaling.disconnect().catch((error: unknown) => {
      this.logger.warn('signaling did not disconnect cleanly', error);
    });
    this.setState('left');
  }

  /** Leaves at once and removes every listener. Idempotent. */
  dispose(): void {
    void this.leave();
    this.teardown();
    this.removeAllListeners();
    this.localParticipant.removeAllListeners();
  }

  private createTransport(welcome: Welcome): Transport {
    const transport = new MeshTransport({
      selfId: welcome.selfId,
      configuration: { iceServers: [...(this.options.iceServers ?? []), ...(welcome.iceServers ?? [])] },
      channelLabels: [CHAT_CHANNEL],
      sendSignal: (signal: OutgoingSignal) => void this.send(signal),
      logger: this.logger,
    });
    transport.on('trackAdded', ({ peerId, track, streamId }) => {
      const participant = this.remote.get(peerId);
      const source = participant?.addTrack(track, streamId);
      if (participant && source) this.emit('trackAdded', { participant, track, source });
    });
    transport.on('dataReceived', ({ peerId, label, data }) => {
      if (label === CHAT_CHANNEL) this.chatManager.handleData(peerId, data);
    });
    transport.on('peerStateChanged', ({ peerId, state, previous }) => {
      const participant = this.remote.get(peerId);
      if (participant) this.emit('connectionStateChanged', { participant, state, previous });
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
    if (this.remote.has(message.from)) {
      this.applyInfo(message.from, message.info);
    } else {
      const participant = new RemoteParticipant(message.from, message.info);
      this.remote.set(message.from, participant);
      this.transport?.addPeer(message.from);
      this.emit('participantJoined', { participant });
    }
    // A broadcast hello is someone arriving: tell them we are here.
    if (message.to === undefined) {
      void this.send({ type: 'hello', to: message.from, info: this.localParticipant.info() });
    }
  }

  private applyInfo(from: string, info: ParticipantInfo): void {
    const participant = this.remote.get(from);
    if (!participant) return;
    const labelled = participant.applyInfo(info);
    this.emit('participantUpdated', { participant });
    for (const { track, source } of labelled) this.emit('trackAdded', { participant, track, source });
  }

  private handleBye(from: string): void {
    const participant = this.remote.get(from);
    if (!participant) return;
    this.transport?.removePeer(from);
    this.remote.delete(from);
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
    if (this.current === 'joined') void this.send({ type: 'update', info: this.localParticipant.info() });
  }

  private async send(message: Outgoing<PeerMessage>): Promise<void> {
    try {
      await this.options.signaling.send({
        ...message,
        v: PROTOCOL_VERSION,
        from: this.localParticipant.id,
      } as PeerMessage);
    } catch (error) {
      this.logger.warn(`could not send a ${message.type} message`, error);
    }
  }

  /** Stops local media and closes every connection; synchronous so `dispose()` is immediate. */
  private teardown(): void {
    this.inbox = undefined;
    this.transport?.close();
    this.transport = undefined;
    for (const participant of this.remote.values()) participant.end();
    this.remote.clear();
    this.localParticipant.stop();
  }

  private abandonJoin(abort: AbortController): void {
    abort.abort();
    this.teardown();
    void this.options.signaling.disconnect().catch(() => undefined);
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
