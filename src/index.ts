/**
 * rtc-elements core: a framework-free WebRTC session with pluggable signaling.
 * Everything a user imports is exported here; `src/internal/` is not.
 */
export { Session, type SessionOptions } from './session.js';
export type {
  SessionEvents,
  SessionState,
  StateChange,
  ParticipantPayload,
  TrackPayload,
  ConnectionPayload,
} from './session-events.js';
export { Participant, type ParticipantEvents } from './participant.js';
export { LocalParticipant } from './local-participant.js';
export { RemoteParticipant, type TrackChanges } from './remote-participant.js';
export { RtcError, type RtcErrorCode, type DeviceKind } from './errors.js';
export { DeviceList, type MediaDevice, type DeviceListEvents } from './media/devices.js';
export { AudioLevelMeter } from './media/audio-level.js';
export { createConsoleLogger, type Logger, type LogLevel } from './logger.js';
export type { MediaRequest } from './media/local-media.js';
export { MAX_CHAT_LENGTH, type Chat, type ChatMessage } from './data/chat-manager.js';
export type { Files } from './data/file-manager.js';
export { FileTransfer, type FileTransferState, type FileTransferEvents } from './data/file-transfer.js';
export {
  MAX_DATA_PAYLOAD,
  type AppData,
  type AppDataMessage,
  type DataSendOptions,
} from './data/app-data.js';
export type { PeerConnectionState } from './transport/transport.js';

export type {
  SignalingAdapter,
  SignalingContext,
  SignalingState,
  Welcome,
} from './signaling/signaling-adapter.js';
export {
  PROTOCOL_VERSION,
  PROTOCOL_LIMITS,
  parsePeerMessage,
  type PeerMessage,
  type HelloMessage,
  type UpdateMessage,
  type ByeMessage,
  type DescriptionMessage,
  type CandidateMessage,
  type ParticipantInfo,
  type StreamSource,
  type TrackSource,
  type IceServer,
  type ParseResult,
} from './signaling/protocol.js';
export {
  createMemorySignaling,
  MemorySignalingHub,
  type MemorySignalingOptions,
} from './signaling/memory-signaling.js';
export {
  createBroadcastChannelSignaling,
  type BroadcastChannelSignalingOptions,
} from './signaling/broadcast-channel-signaling.js';
export { createWebSocketSignaling, type WebSocketSignalingOptions } from './signaling/websocket-signaling.js';
