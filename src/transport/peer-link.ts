import { EventEmitter } from 'eventemitter3';
import { RtcError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { IceCandidateInit, SessionDescriptionInit, TrackSource } from '../signaling/protocol.js';
import type {
  ChannelData,
  ChannelSpec,
  IceCandidateProblem,
  OutgoingSignal,
  PeerConnectionState,
} from './transport.js';

/** A local track as the link should publish it (`track` null: publish nothing for now). */
export interface LocalTrack {
  track: MediaStreamTrack | null;
  stream: MediaStream;
}

export interface PeerLinkOptions {
  remoteId: string;
  /** The polite side yields when both sides offer at once; the impolite side makes the first offer. */
  polite: boolean;
  configuration: RTCConfiguration;
  /** Data channels the impolite side opens; the polite side accepts only these. */
  channels: readonly ChannelSpec[];
  /** What to publish from the start. */
  localTracks: ReadonlyMap<TrackSource, LocalTrack>;
  sendSignal: (signal: OutgoingSignal) => void;
  logger: Logger;
}

export interface PeerLinkEvents {
  trackAdded: (e: { track: MediaStreamTrack; streamId: string }) => void;
  channelOpened: (e: { label: string }) => void;
  channelClosed: (e: { label: string }) => void;
  dataReceived: (e: { label: string; data: ChannelData }) => void;
  stateChanged: (e: { state: PeerConnectionState; previous: PeerConnectionState }) => void;
  /** No connection within `STALL_MS` of starting, with the ICE server errors seen meanwhile. */
  stalled: (e: { candidateErrors: IceCandidateProblem[] }) => void;
  error: (e: { error: RtcError }) => void;
}

const KIND: Record<TrackSource, 'audio' | 'video'> = {
  microphone: 'audio',
  camera: 'video',
  'screen-audio': 'audio',
  screen: 'video',
};

/**
 * Sources that get a transceiver from the first negotiation even without a track, so turning
 * the camera or microphone on later is a `replaceTrack` with no renegotiation. Audio first:
 * the polite side binds its own tracks to the offered transceivers in this order.
 */
const ALWAYS_PUBLISHED: readonly TrackSource[] = ['microphone', 'camera'];

/**
 * How long a new connection may take before it is reported as stalled. Browsers never move
 * to `failed` when no candidate pair could even be formed (no TURN server with relay-only,
 * refused TURN credentials), so without this the person would wait forever.
 */
const STALL_MS = 15_000;

/**
 * How long the connection may stay `disconnected` before an ICE restart. Short blips recover
 * by themselves within a second or two; a restart also finds new paths after a network change.
 */
const DISCONNECTED_GRACE_MS = 2500;

/**
 * One `RTCPeerConnection` to one remote participant, negotiated with the W3C "perfect
 * negotiation" pattern (https://w3c.github.io/webrtc-pc/#perfect-negotiation-example).
 *
 * Every negotiation step (our offers, their descriptions and candidates, track changes) runs
 * on one queue, one after another, so a step always sees the state the previous one left.
 * The impolite side publishes at once and makes the first offer; the polite side publishes
 * its tracks on the transceivers of that first offer, so one offer/answer carries both
 * directions and first media needs a single round trip.
 */
export class PeerLink extends EventEmitter<PeerLinkEvents, never> {
  readonly remoteId: string;

  private readonly pc: RTCPeerConnection;
  private readonly local: Map<TrackSource, LocalTrack>;
  private readonly bound = new Map<TrackSource, RTCRtpTransceiver>();
  private readonly channels = new Map<string, RTCDataChannel>();
  private disconnectedTimer: ReturnType<typeof setTimeout> | undefined;
  private stallTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly candidateErrors: IceCandidateProblem[] = [];
  /** Whether local tracks are on transceivers: at once when impolite, at the first offer when polite. */
  private publishing = false;
  private ignoreOffer = false;
  private closed = false;
  private state: PeerConnectionState = 'new';
  private work: Promise<void> = Promise.resolve();

  constructor(private readonly options: PeerLinkOptions) {
    super();
    this.remoteId = options.remoteId;
    this.local = new Map(options.localTracks);
    const pc = new RTCPeerConnection(options.configuration);
    this.pc = pc;
    pc.onicecandidate = ({ candidate }) => this.handleIceCandidate(candidate);
    pc.ontrack = (event) => this.handleTrack(event);
    pc.ondatachannel = ({ channel }) => this.adoptChannel(channel);
    pc.onconnectionstatechange = () => this.handleConnectionStateChange();
    pc.onnegotiationneeded = () => this.enqueue(() => this.offer());
    pc.onicecandidateerror = (event) => this.handleIceCandidateError(event as RTCPeerConnectionIceErrorEvent);
    this.stallTimer = setTimeout(
      () => this.emit('stalled', { candidateErrors: [...this.candidateErrors] }),
      STALL_MS,
    );
    if (!options.polite) {
      this.publishing = true;
      void this.enqueue(async () => {
        for (const source of this.sourcesToPublish()) await this.publish(source);
      });
      for (const { label, ...init } of options.channels) this.adoptChannel(pc.createDataChannel(label, init));
    }
  }

  /** The connection state of the underlying peer connection. */
  get connectionState(): PeerConnectionState {
    return this.state;
  }

  /** Applies a description the remote side sent. */
  handleDescription(description: SessionDescriptionInit): void {
    this.enqueue(async () => {
      const pc = this.pc;
      const collision = description.type === 'offer' && pc.signalingState !== 'stable';
      this.ignoreOffer = !this.options.polite && collision;
      if (this.ignoreOffer) {
        this.options.logger.debug(`ignoring a colliding offer from ${this.remoteId}`);
        return;
      }
      if (description.type === 'answer' && pc.signalingState !== 'have-local-offer') {
        this.options.logger.debug(`ignoring a stale answer from ${this.remoteId}`);
        return;
      }
      // In have-local-offer, this rolls our own offer back implicitly (the polite side).
      await pc.setRemoteDescription(description);
      if (description.type !== 'offer') return;
      if (!this.publishing) {
        this.publishing = true;
        for (const source of this.sourcesToPublish()) await this.publish(source);
      }
      await pc.setLocalDescription();
      this.sendDescription();
    });
  }

  /** Adds a candidate the remote side sent. */
  handleCandidate(candidate: IceCandidateInit): void {
    this.enqueue(async () => {
      try {
        await this.pc.addIceCandidate(candidate);
      } catch (error) {
        // Candidates of an offer we ignored cannot be added; that is expected.
        if (!this.ignoreOffer)
          this.options.logger.warn(`could not add a candidate from ${this.remoteId}`, error);
      }
    });
  }

  /** Publishes, replaces or (with `track` null) stops a local track on this connection. */
  setLocalTrack(source: TrackSource, local: LocalTrack): Promise<void> {
    this.local.set(source, local);
    if (!this.publishing) return Promise.resolve();
    return this.enqueue(() => this.publish(source));
  }

  /** Whether the data channel `label` is open, so `send` will deliver. */
  isChannelOpen(label: string): boolean {
    return this.channels.get(label)?.readyState === 'open';
  }

  /**
   * Sends on an open data channel; returns false when it is not open (the caller keeps the
   * message and sends it on `channelOpened`).
   */
  send(label: string, data: ChannelData): boolean {
    const channel = this.channels.get(label);
    if (channel?.readyState !== 'open') return false;
    try {
      // The two overloads of send() cannot take the union directly.
      if (typeof data === 'string') channel.send(data);
      else channel.send(data);
      return true;
    } catch (error) {
      // Only a closing channel or a full send buffer end here; the peer is leaving or stalled.
      this.options.logger.warn(`could not send on "${label}" to ${this.remoteId}`, error);
      return false;
    }
  }

  /** See `Transport.whenWritable`. */
  whenWritable(label: string, maxBuffered: number): Promise<boolean> {
    const channel = this.channels.get(label);
    if (channel?.readyState !== 'open') return Promise.resolve(false);
    if (channel.bufferedAmount <= maxBuffered) return Promise.resolve(true);
    channel.bufferedAmountLowThreshold = maxBuffered;
    return new Promise((resolve) => {
      const done = (writable: boolean) => () => {
        channel.removeEventListener('bufferedamountlow', low);
        channel.removeEventListener('close', closed);
        resolve(writable);
      };
      const low = done(true);
      const closed = done(false);
      channel.addEventListener('bufferedamountlow', low);
      channel.addEventListener('close', closed);
    });
  }

  /** The largest message this connection carries; 64 KiB until the remote side said. */
  get maxMessageSize(): number {
    return this.pc.sctp?.maxMessageSize ?? 64 * 1024;
  }

  /**
   * Looks for a new network path (an ICE restart), unless the connection is fine. The link
   * does this by itself on `failed` and after a grace on `disconnected`; the session also
   * asks after its signaling connection comes back, since a restart needs signaling.
   */
  restartIce(): void {
    if (this.closed || this.state === 'connected' || this.state === 'new') return;
    this.options.logger.info(`restarting ICE with ${this.remoteId} (${this.state})`);
    this.pc.restartIce();
  }

  /** Closes the connection and its channels. Remote tracks end. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const channel of this.channels.values()) {
      channel.onopen = channel.onmessage = channel.onclose = null;
      channel.close();
    }
    this.channels.clear();
    clearTimeout(this.disconnectedTimer);
    clearTimeout(this.stallTimer);
    const pc = this.pc;
    pc.onicecandidate = pc.ontrack = pc.ondatachannel = pc.onnegotiationneeded = null;
    pc.onconnectionstatechange = pc.onicecandidateerror = null;
    pc.close();
    this.removeAllListeners();
  }

  private sourcesToPublish(): TrackSource[] {
    const sources = [...ALWAYS_PUBLISHED];
    for (const [source, { track }] of this.local)
      if (track && !sources.includes(source)) sources.push(source);
    return sources;
  }

  /**
   * Puts the current local track of `source` on a transceiver: the one it already has, else an
   * unused one the remote side offered, else a new one (which makes negotiation needed).
   */
  private async publish(source: TrackSource): Promise<void> {
    const { track, stream } = this.local.get(source) ?? { track: null, stream: undefined };
    let transceiver = this.bound.get(source);
    // Nothing to stop: a screen never shared on this link has no transceiver to idle.
    if (!transceiver && !track && !ALWAYS_PUBLISHED.includes(source)) return;
    if (!transceiver) {
      const kind = KIND[source];
      const taken = new Set(this.bound.values());
      transceiver = this.pc
        .getTransceivers()
        .find((t) => !taken.has(t) && t.mid !== null && t.receiver.track.kind === kind && !t.sender.track);
      if (transceiver) {
        transceiver.direction = 'sendrecv';
        if (stream) transceiver.sender.setStreams(stream);
      } else {
        transceiver = this.pc.addTransceiver(track ?? kind, {
          direction: 'sendrecv',
          streams: stream ? [stream] : [],
        });
      }
      this.bound.set(source, transceiver);
    }
    if (transceiver.sender.track !== track) await transceiver.sender.replaceTrack(track);
    // A screen share that stops stops sending (the others see its track go); one that starts
    // again sends on the same transceiver. Camera and microphone keep theirs: off is a silent
    // or black `replaceTrack`, with no renegotiation.
    if (!ALWAYS_PUBLISHED.includes(source)) {
      const direction = track ? 'sendrecv' : 'recvonly';
      if (transceiver.direction !== direction) transceiver.direction = direction;
      if (track && stream) transceiver.sender.setStreams(stream);
    }
  }

  /**
   * How loud the received audio `track` is, 0 to 1, from the level the sender puts in each
   * packet (RFC 6464): cheap, and works without playing the audio through Web Audio.
   */
  audioLevel(track: MediaStreamTrack): number {
    const receiver = this.pc.getReceivers().find((candidate) => candidate.track === track);
    let newest: RTCRtpSynchronizationSource | undefined;
    for (const source of receiver?.getSynchronizationSources?.() ?? []) {
      if (!newest || source.timestamp > newest.timestamp) newest = source;
    }
    return newest?.audioLevel ?? 0;
  }

  private async offer(): Promise<void> {
    // The browser fires negotiationneeded again once stable, if it is still needed.
    if (this.pc.signalingState !== 'stable') return;
    await this.pc.setLocalDescription();
    this.sendDescription();
  }

  private sendDescription(): void {
    const description = this.pc.localDescription;
    if (!description || (description.type !== 'offer' && description.type !== 'answer')) return;
    this.options.sendSignal({
      type: 'description',
      to: this.remoteId,
      description: { type: description.type, sdp: description.sdp },
    });
  }

  private handleIceCandidate(candidate: RTCIceCandidate | null): void {
    // A null or empty candidate marks the end of gathering; the protocol does not carry it.
    if (!candidate?.candidate) return;
    const { sdpMid, sdpMLineIndex, usernameFragment } = candidate;
    this.options.sendSignal({
      type: 'candidate',
      to: this.remoteId,
      candidate: { candidate: candidate.candidate, sdpMid, sdpMLineIndex, usernameFragment },
    });
  }

  private handleIceCandidateError({ url, errorCode, errorText }: RTCPeerConnectionIceErrorEvent): void {
    // Kept for the stall report; a few are enough to say what went wrong.
    if (this.candidateErrors.length < 10) this.candidateErrors.push({ url, errorCode, errorText });
  }

  private handleTrack(event: RTCTrackEvent): void {
    const stream = event.streams[0];
    if (!stream) {
      this.options.logger.warn(`a track from ${this.remoteId} came without a stream; it cannot be labelled`);
      return;
    }
    this.emit('trackAdded', { track: event.track, streamId: stream.id });
  }

  private handleConnectionStateChange(): void {
    const previous = this.state;
    const state = this.pc.connectionState;
    this.state = state;
    if (state === previous) return;
    clearTimeout(this.disconnectedTimer);
    if (state === 'connected') clearTimeout(this.stallTimer);
    if (state === 'failed') this.restartIce();
    if (state === 'disconnected') {
      this.disconnectedTimer = setTimeout(() => this.restartIce(), DISCONNECTED_GRACE_MS);
    }
    this.emit('stateChanged', { state, previous });
  }

  private adoptChannel(channel: RTCDataChannel): void {
    const label = channel.label;
    const spec = this.options.channels.find((candidate) => candidate.label === label);
    const matches =
      spec !== undefined &&
      channel.ordered === (spec.ordered ?? true) &&
      (channel.maxRetransmits ?? undefined) === spec.maxRetransmits;
    if (!matches || this.channels.has(label)) {
      // A peer may only open the channels this SDK uses, as this SDK opens them.
      this.options.logger.warn(`closing an unexpected data channel "${label}" from ${this.remoteId}`);
      channel.close();
      return;
    }
    this.channels.set(label, channel);
    channel.binaryType = 'arraybuffer';
    channel.onopen = () => this.emit('channelOpened', { label });
    channel.onclose = () => {
      if (this.channels.get(label) === channel) this.channels.delete(label);
      this.emit('channelClosed', { label });
    };
    channel.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (typeof data === 'string' || data instanceof ArrayBuffer) this.emit('dataReceived', { label, data });
    };
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.work.then(() => (this.closed ? undefined : task()));
    this.work = run.catch((cause: unknown) => {
      if (this.closed) return;
      this.emit('error', {
        error: new RtcError('negotiation-failed', `negotiation with ${this.remoteId} failed`, { cause }),
      });
    });
    return this.work;
  }
}
