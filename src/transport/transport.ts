import type { EventEmitter } from 'eventemitter3';
import type { RtcError } from '../errors.js';
import type { CandidateMessage, DescriptionMessage, TrackSource } from '../signaling/protocol.js';

/** The connection state of the media path to one participant (an `RTCPeerConnectionState`). */
export type PeerConnectionState = RTCPeerConnectionState;

/** What a transport tells the session. Every payload names the remote participant. */
export interface TransportEvents {
  /** Media arrived from a participant, in the stream with id `streamId`. */
  trackAdded: (e: { peerId: string; track: MediaStreamTrack; streamId: string }) => void;
  /** A data-channel message arrived on the channel `label`. */
  dataReceived: (e: { peerId: string; label: string; data: string }) => void;
  /** The media path to a participant changed state. */
  peerStateChanged: (e: {
    peerId: string;
    state: PeerConnectionState;
    previous: PeerConnectionState;
  }) => void;
  /** Something went wrong with one participant's connection. */
  error: (e: { peerId: string; error: RtcError }) => void;
}

/** A signaling message a transport wants delivered to one participant. */
export type OutgoingSignal = Omit<DescriptionMessage, 'v' | 'from'> | Omit<CandidateMessage, 'v' | 'from'>;

/**
 * How media and data reach the others. The mesh transport holds one peer connection per
 * participant; an SFU transport would hold one connection to the server. The session uses
 * only this interface.
 */
export interface Transport extends EventEmitter<TransportEvents, never> {
  /** Starts connecting to a participant the session has just learned about. */
  addPeer(peerId: string): void;
  /** Closes everything to a participant who left. */
  removePeer(peerId: string): void;
  /** Hands over a `description` or `candidate` that a participant sent us. */
  handleSignal(message: DescriptionMessage | CandidateMessage): void;
  /** Publishes (or, with `null`, stops publishing) a local track to every participant. */
  setLocalTrack(source: TrackSource, track: MediaStreamTrack | null, stream: MediaStream): Promise<void>;
  /** Sends text on the data channel `label` to one participant, or to all without `peerId`. */
  sendData(label: string, data: string, peerId?: string): void;
  /** Closes every connection. Idempotent. */
  close(): void;
}
