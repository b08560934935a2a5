import type { ChatMessage } from './data/chat-manager.js';
import type { FileTransfer } from './data/file-transfer.js';
import type { RtcError } from './errors.js';
import type { DeviceList } from './media/devices.js';
import type { Participant } from './participant.js';
import type { RemoteParticipant } from './remote-participant.js';
import type { SignalingState } from './signaling/signaling-adapter.js';
import type { TrackSource } from './signaling/protocol.js';
import type { PeerConnectionState } from './transport/transport.js';

/**
 * Where a session is in its life: `idle` (made, or a join failed), `joining`, `joined`,
 * `leaving`, `left` (it may join again).
 */
export type SessionState = 'idle' | 'joining' | 'joined' | 'leaving' | 'left';

export interface StateChange<S> {
  state: S;
  previous: S;
}

export interface ParticipantPayload {
  participant: RemoteParticipant;
}

export interface TrackPayload {
  participant: RemoteParticipant;
  track: MediaStreamTrack;
  source: TrackSource;
}

export interface ConnectionPayload extends StateChange<PeerConnectionState> {
  participant: RemoteParticipant;
}

/**
 * The events of a {@link Session}. Each fires after the session's state has changed, with
 * zero or one payload object. Add listeners before `join()`.
 */
export interface SessionEvents {
  /** The session moved to another {@link SessionState}. */
  stateChanged: (e: StateChange<SessionState>) => void;
  /** The signaling connection opened, closed or started connecting. */
  signalingStateChanged: (e: StateChange<SignalingState | 'idle'>) => void;
  /** Someone joined the room (or was already there when you joined). */
  participantJoined: (e: ParticipantPayload) => void;
  /** Someone left the room. */
  participantLeft: (e: ParticipantPayload) => void;
  /** Someone changed their name or muted state. */
  participantUpdated: (e: ParticipantPayload) => void;
  /** The media path to someone changed state (`connecting`, `connected`, `failed`, …). */
  connectionStateChanged: (e: ConnectionPayload) => void;
  /** A track from someone arrived (a screen share started, a camera came in). */
  trackAdded: (e: TrackPayload) => void;
  /** A track from someone went away (they stopped sharing their screen). */
  trackRemoved: (e: TrackPayload) => void;
  /**
   * Another participant became the active speaker: the one who last started speaking, kept
   * while they go on. `undefined` when they left. Everyone's `speaking` is on the participants.
   */
  activeSpeakerChanged: (e: { participant: RemoteParticipant | undefined }) => void;
  /** Someone (you included) sent an emoji to the whole call with `session.sendReaction()`. */
  reaction: (e: { participant: Participant; emoji: string }) => void;
  /** A camera, microphone or speaker was plugged in or out (`session.devices`). */
  devicesChanged: (e: { devices: DeviceList }) => void;
  /** The speaker that call audio plays through changed (`session.speakerId`). */
  speakerChanged: (e: { deviceId: string }) => void;
  /** A chat message was sent or received (or came in the history); it is also in `session.chat.messages`. */
  chatMessageAdded: (e: { message: ChatMessage }) => void;
  /** A chat message's reactions changed. */
  chatMessageUpdated: (e: { message: ChatMessage }) => void;
  /** Someone started or stopped typing in the chat. */
  typingChanged: (e: { participant: RemoteParticipant; typing: boolean }) => void;
  /** The number of unread chat messages changed (`session.chat.unreadCount`). */
  unreadCountChanged: (e: { count: number }) => void;
  /** A file was offered to you, or you offered one (one transfer per recipient). */
  fileTransferAdded: (e: { transfer: FileTransfer }) => void;
  /**
   * Something went wrong that did not stop the call: a device could not be opened or went away
   * (`device-lost`: the message says what the call fell back to), a peer or the
   * server sent a bad message, the signaling connection was lost. Failures of a method you
   * called reject its promise instead.
   */
  error: (e: { error: RtcError }) => void;
}
