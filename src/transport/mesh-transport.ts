import { EventEmitter } from 'eventemitter3';
import type { Logger } from '../logger.js';
import type { CandidateMessage, DescriptionMessage, TrackSource } from '../signaling/protocol.js';
import { PeerLink, type LocalTrack } from './peer-link.js';
import type { ChannelData, ChannelSpec, OutgoingSignal, Transport, TransportEvents } from './transport.js';

export interface MeshTransportOptions {
  selfId: string;
  configuration: RTCConfiguration;
  channels: readonly ChannelSpec[];
  sendSignal: (signal: OutgoingSignal) => void;
  logger: Logger;
}

/** A full mesh: one {@link PeerLink} (one `RTCPeerConnection`) to every other participant. */
export class MeshTransport extends EventEmitter<TransportEvents, never> implements Transport {
  private readonly links = new Map<string, PeerLink>();
  private readonly localTracks = new Map<TrackSource, LocalTrack>();

  constructor(private readonly options: MeshTransportOptions) {
    super();
  }

  addPeer(peerId: string): void {
    if (this.links.has(peerId)) return;
    const { selfId, configuration, channels, sendSignal, logger } = this.options;
    // Both sides compare the same two ids, so exactly one of them is polite.
    const link = new PeerLink({
      remoteId: peerId,
      polite: selfId < peerId,
      configuration,
      channels,
      localTracks: this.localTracks,
      sendSignal,
      logger,
    });
    link.on('trackAdded', (e) => this.emit('trackAdded', { peerId, ...e }));
    link.on('channelOpened', (e) => this.emit('channelOpened', { peerId, ...e }));
    link.on('channelClosed', (e) => this.emit('channelClosed', { peerId, ...e }));
    link.on('dataReceived', (e) => this.emit('dataReceived', { peerId, ...e }));
    link.on('stateChanged', (e) => this.emit('peerStateChanged', { peerId, ...e }));
    link.on('stalled', (e) => this.emit('peerStalled', { peerId, ...e }));
    link.on('error', (e) => this.emit('error', { peerId, ...e }));
    this.links.set(peerId, link);
  }

  removePeer(peerId: string): void {
    this.links.get(peerId)?.close();
    this.links.delete(peerId);
  }

  handleSignal(message: DescriptionMessage | CandidateMessage): void {
    const link = this.links.get(message.from);
    if (!link) {
      this.options.logger.debug(`a ${message.type} from ${message.from}, who is not connected, was dropped`);
      return;
    }
    if (message.type === 'description') link.handleDescription(message.description);
    else link.handleCandidate(message.candidate);
  }

  async setLocalTrack(
    source: TrackSource,
    track: MediaStreamTrack | null,
    stream: MediaStream,
  ): Promise<void> {
    this.localTracks.set(source, { track, stream });
    await Promise.all([...this.links.values()].map((link) => link.setLocalTrack(source, { track, stream })));
  }

  sendData(peerId: string, label: string, data: ChannelData): boolean {
    return this.links.get(peerId)?.send(label, data) ?? false;
  }

  whenWritable(peerId: string, label: string, maxBuffered: number): Promise<boolean> {
    return this.links.get(peerId)?.whenWritable(label, maxBuffered) ?? Promise.resolve(false);
  }

  maxMessageSize(peerId: string): number {
    return this.links.get(peerId)?.maxMessageSize ?? 64 * 1024;
  }

  audioLevel(peerId: string, track: MediaStreamTrack): number {
    return this.links.get(peerId)?.audioLevel(track) ?? 0;
  }

  recover(): void {
    for (const link of this.links.values()) link.restartIce();
  }

  close(): void {
    for (const link of this.links.values()) link.close();
    this.links.clear();
    this.removeAllListeners();
  }
}
