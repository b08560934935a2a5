import type { EventEmitter } from 'eventemitter3';
import type { RtcError } from '../errors.js';
import type { CandidateMessage, DescriptionMessage, TrackSource } from '../signaling/protocol.js';

/** The connection state of the media path to one participant (an `RTCPeerConnectionState`). */
export type PeerConnectionState = RTCPeerConnectionState;

/** An ICE server that answered badly while gathering candidates (`icecandidateerror`). */
export interface IceCandidateProblem {
  url: string;
  /** STUN/TURN error code, e.g. 401 when a TURN server refuses the credentials. */
  errorCode: number;
  errorText: string;
}

/** A data channel every peer connection opens. */
export interface ChannelSpec {
  label: string;
  /** Default true. */
  ordered?: boolean;
  /** Set for unreliable delivery: how often a message may be sent again (0: never). */
  maxRetransmits?: number;
}

/** Data on a channel: text, or bytes (file chunks). */
export type ChannelData = string | ArrayBuffer;

/** What a transport tells the session. Every payload names the remote participant. */
export interface TransportEvents {
  /** Media arrived from a participant, in the stream with id `streamId`. */
  trackAdded: (e: { peerId: string; track: MediaStreamTrack; streamId: string }) => void;
  /** The data channel `label` to a participant opened: messages kept for them can go now. */
  channelOpened: (e: { peerId: string; label: string }) => void;
  /** The data channel `label` to a participant closed (the connection went away). */
  channelClosed: (e: { peerId: string; label: string }) => void;
  /** A data-channel message arrived on the channel `label`. */
  dataReceived: (e: { peerId: string; label: string; data: ChannelData }) => void;
  /** The media path to a participant changed state. */
  peerStateChanged: (e: {
    peerId: string;
    state: PeerConnectionState;
    previous: PeerConnectionState;
  }) => void;
  /** The connection to a participant has not come up in time; the ICE server errors seen say why. */
  peerStalled: (e: { peerId: string; candidateErrors: IceCandidateProblem[] }) => void;
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
  /**
   * Sends text on the data channel `label` to one participant; returns false when that
   * channel is not open (the caller keeps the message for `channelOpened`).
   */
  sendData(peerId: string, label: string, data: ChannelData): boolean;
  /**
   * Resolves true once the channel's send buffer holds at most `maxBuffered` bytes (at once
   * when it already does), or false when the channel is not open or closes meanwhile.
   */
  whenWritable(peerId: string, label: string, maxBuffered: number): Promise<boolean>;
  /** The largest message the connection to a participant can carry (SCTP max-message-size). */
  maxMessageSize(peerId: string): number;
  /** How loud a received audio track from a participant is right now, 0 to 1. */
  audioLevel(peerId: string, track: MediaStreamTrack): number;
  /** Looks for new network paths to everyone whose media is not connected (ICE restarts). */
  recover(): void;
  /** Closes every connection. Idempotent. */
  close(): void;
}
