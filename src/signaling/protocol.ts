/**
 * The signaling wire protocol, version 1: the message types and the parsers that accept them.
 *
 * Every message that crosses a process or tab boundary goes through a `parse…` function here
 * before anything else reads it. A parser never throws: it returns `{ ok: false, reason }` for
 * anything unknown, mistyped or too large, and it copies only the fields it knows, so a message
 * can carry nothing the receiver did not ask for. A reason names the field at fault and never
 * quotes the sender's content, so it is safe to send back.
 *
 * This module imports nothing: the Node server uses it as it is.
 */

/** The protocol version every message carries in `v`. */
export const PROTOCOL_VERSION = 1;

/** Size limits shared by clients and the server. */
export const PROTOCOL_LIMITS = {
  /** The largest encoded message, in bytes (UTF-8). */
  maxMessageBytes: 64 * 1024,
  maxIdLength: 64,
  maxRoomLength: 128,
  maxNameLength: 64,
  maxSdpLength: 60_000,
  maxCandidateLength: 2048,
  maxStreams: 8,
  maxIceServers: 8,
  maxErrorMessageLength: 512,
  maxTokenLength: 4096,
  maxRoleLength: 32,
  /** The most member ids a `welcome` lists. */
  maxMembers: 1000,
} as const;

/**
 * WebSocket close codes our server uses when it ends a connection on purpose. A client
 * should not reconnect after `unauthorized`, `roomFull` or `serverFull` without a change;
 * after `serviceRestart` (the server is draining) it should reconnect at once.
 */
export const CLOSE_CODES = {
  /** The server is shutting down or restarting: reconnect (standard code 1012). */
  serviceRestart: 1012,
  /** The join carried no token, or one that is expired, forged or for another room. */
  unauthorized: 4001,
  /** The room has as many participants as the server allows. */
  roomFull: 4002,
  /** The connection sent messages faster than the server allows. */
  rateLimited: 4003,
  /** The connection did not read what the server sent it fast enough. */
  slowConsumer: 4004,
  /** The server has as many rooms or connections as it allows. */
  serverFull: 4005,
  /** The connection did not answer the server's pings. */
  pingTimeout: 4006,
} as const;

/** Which local capture a published `MediaStream` carries. */
export type StreamSource = 'camera' | 'screen';

/**
 * What a track is: a camera stream carries `camera` video and `microphone` audio, a screen
 * stream carries `screen` video and `screen-audio`.
 */
export type TrackSource = 'camera' | 'microphone' | 'screen' | 'screen-audio';

/** What a participant announces about itself in `hello` and `update`. */
export interface ParticipantInfo {
  /** Display name; plain text. */
  name: string;
  microphoneMuted: boolean;
  cameraMuted: boolean;
  /** Which of its published stream ids is its camera and which its screen. */
  streams: Record<string, StreamSource>;
  /** Whether the participant has a hand raised (absent: not raised). */
  handRaised?: boolean;
  /**
   * A role from the participant's access token (e.g. `host`). Our server sets it from the
   * token and strips any a client claims; with other backends it is whatever the client says.
   */
  role?: string;
}

export interface SessionDescriptionInit {
  type: 'offer' | 'answer';
  sdp: string;
}

export interface IceCandidateInit {
  candidate: string;
  sdpMid: string | null;
  sdpMLineIndex: number | null;
  usernameFragment: string | null;
}

export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

interface Envelope {
  v: typeof PROTOCOL_VERSION;
  /** The sender's participant id. Our server overwrites it with the connection's own id. */
  from: string;
  /** The recipient's participant id; absent means everyone else in the room. */
  to?: string;
}

/** "I am here" (broadcast on join) and "I was already here" (the directed answer). */
export interface HelloMessage extends Envelope {
  type: 'hello';
  info: ParticipantInfo;
}

export interface UpdateMessage extends Envelope {
  type: 'update';
  info: ParticipantInfo;
}

export interface ByeMessage extends Envelope {
  type: 'bye';
}

export interface DescriptionMessage extends Envelope {
  type: 'description';
  to: string;
  description: SessionDescriptionInit;
}

export interface CandidateMessage extends Envelope {
  type: 'candidate';
  to: string;
  candidate: IceCandidateInit;
}

/** A message between participants of one room: what every signaling adapter carries. */
export type PeerMessage = HelloMessage | UpdateMessage | ByeMessage | DescriptionMessage | CandidateMessage;

/** Client to server: the first message on a connection. */
export interface JoinMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'join';
  room: string;
  /** An access token (a JWT from `createToken`), when the server requires one. */
  token?: string;
  /** Rejoin as the participant this connection was before it dropped. */
  resume?: ResumeClaim;
}

/** Proof that a reconnecting client was participant `id`: the token its welcome gave it. */
export interface ResumeClaim {
  id: string;
  token: string;
}

/** Server to client: the answer to `join`. */
export interface WelcomeMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'welcome';
  /** The participant id the server assigned to this connection. */
  id: string;
  iceServers: IceServer[];
  /** Sent back in a later `join` (`resume`) to come back as the same participant. */
  resumeToken?: string;
  /** Whether this join resumed an earlier participant (same id, nobody saw a leave). */
  resumed?: boolean;
  /** The ids of the others in the room right now. */
  members?: string[];
  /**
   * A random id of this server process. When it differs from the one before a reconnection,
   * the server restarted and `members` lists only those who are back so far.
   */
  instance?: string;
}

/** Why the server refused a message. */
export type ServerErrorCode =
  | 'bad-message'
  | 'not-joined'
  | 'already-joined'
  | 'unknown-participant'
  | 'unauthorized'
  | 'room-full'
  | 'server-full'
  | 'rate-limited';

/** Server to client: a refused message. The connection stays open. */
export interface ErrorMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'error';
  code: ServerErrorCode;
  message: string;
}

/**
 * Client to server, answered by `pong`: lets a page find out that its connection is dead
 * (browsers do not let pages see WebSocket pings, and a dead TCP connection can look open
 * for minutes after a network change or a sleep).
 */
export interface PingMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'ping';
}

/** Server to client: the answer to `ping`. */
export interface PongMessage {
  v: typeof PROTOCOL_VERSION;
  type: 'pong';
}

/** What a client may send to the server. `from` may be absent: the server stamps it. */
export type ClientMessage = JoinMessage | PingMessage | PeerMessage;

/** What the server may send to a client. */
export type ServerMessage = WelcomeMessage | ErrorMessage | PongMessage | PeerMessage;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; reason: string };

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const SERVER_ERROR_CODES: readonly ServerErrorCode[] = [
  'bad-message',
  'not-joined',
  'already-joined',
  'unknown-participant',
  'unauthorized',
  'room-full',
  'server-full',
  'rate-limited',
];

/** Thrown inside the parsers only, and always caught by {@link guard}. */
class Invalid {
  constructor(readonly reason: string) {}
}

function fail(reason: string): never {
  throw new Invalid(reason);
}

function guard<T>(read: () => T): ParseResult<T> {
  try {
    return { ok: true, message: read() };
  } catch (error) {
    // Anything else (a stack overflow on absurd nesting, say) is still a bad message, not a crash.
    return { ok: false, reason: error instanceof Invalid ? error.reason : 'message could not be read' };
  }
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`${what} must be an object`);
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') fail(`${what} must be a string`);
  if (value.length > max) fail(`${what} is longer than ${max} characters`);
  return value;
}

function boolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') fail(`${what} must be a boolean`);
  return value;
}

function id(value: unknown, what: string): string {
  const result = text(value, what, PROTOCOL_LIMITS.maxIdLength);
  if (!ID_PATTERN.test(result)) fail(`${what} must be 1 to 64 letters, digits, - or _`);
  return result;
}

function nullable<T>(value: unknown, read: (value: unknown) => T): T | null {
  return value === null || value === undefined ? null : read(value);
}

/** Checks that a room name is usable: 1 to 128 characters, no control characters. */
export function parseRoomName(value: unknown): ParseResult<string> {
  return guard(() => readRoom(value));
}

function readRoom(value: unknown): string {
  const room = text(value, 'room', PROTOCOL_LIMITS.maxRoomLength);
  if (room.length === 0 || CONTROL_CHARACTERS.test(room)) {
    fail('room must be 1 to 128 characters without control characters');
  }
  return room;
}

function readInfo(value: unknown): ParticipantInfo {
  const info = record(value, 'info');
  const name = text(info.name, 'info.name', PROTOCOL_LIMITS.maxNameLength);
  if (CONTROL_CHARACTERS.test(name)) fail('info.name must not contain control characters');
  const streamsIn = record(info.streams, 'info.streams');
  const keys = Object.keys(streamsIn);
  if (keys.length > PROTOCOL_LIMITS.maxStreams) {
    fail(`info.streams has more than ${PROTOCOL_LIMITS.maxStreams} entries`);
  }
  // A fresh null-prototype object: a stream id such as "__proto__" stays an ordinary key.
  const streams: Record<string, StreamSource> = Object.create(null) as Record<string, StreamSource>;
  for (const key of keys) {
    const streamId = text(key, 'stream id', PROTOCOL_LIMITS.maxIdLength * 2);
    const source = streamsIn[key];
    if (source !== 'camera' && source !== 'screen') fail('info.streams values must be camera or screen');
    streams[streamId] = source;
  }
  const result: ParticipantInfo = {
    name,
    microphoneMuted: boolean(info.microphoneMuted, 'info.microphoneMuted'),
    cameraMuted: boolean(info.cameraMuted, 'info.cameraMuted'),
    streams,
  };
  if (info.handRaised !== undefined) result.handRaised = boolean(info.handRaised, 'info.handRaised');
  if (info.role !== undefined) result.role = readRole(info.role);
  return result;
}

const ROLE_PATTERN = /^[a-z0-9_-]+$/;

/** Checks a role: 1 to 32 lowercase letters, digits, - or _. */
export function parseRole(value: unknown): ParseResult<string> {
  return guard(() => readRole(value));
}

function readRole(value: unknown): string {
  const role = text(value, 'role', PROTOCOL_LIMITS.maxRoleLength);
  if (!ROLE_PATTERN.test(role)) fail('role must be 1 to 32 lowercase letters, digits, - or _');
  return role;
}

function readDescription(value: unknown): SessionDescriptionInit {
  const description = record(value, 'description');
  const type = description.type;
  if (type !== 'offer' && type !== 'answer') fail('description.type must be offer or answer');
  return { type, sdp: text(description.sdp, 'description.sdp', PROTOCOL_LIMITS.maxSdpLength) };
}

function readCandidate(value: unknown): IceCandidateInit {
  const candidate = record(value, 'candidate');
  const index = candidate.sdpMLineIndex;
  if (
    index !== null &&
    index !== undefined &&
    !(typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < 1024)
  ) {
    fail('candidate.sdpMLineIndex must be a small non-negative integer or null');
  }
  return {
    candidate: text(candidate.candidate, 'candidate.candidate', PROTOCOL_LIMITS.maxCandidateLength),
    sdpMid: nullable(candidate.sdpMid, (v) => text(v, 'candidate.sdpMid', PROTOCOL_LIMITS.maxIdLength)),
    sdpMLineIndex: typeof index === 'number' ? index : null,
    usernameFragment: nullable(candidate.usernameFragment, (v) => text(v, 'candidate.usernameFragment', 256)),
  };
}

function readIceServer(value: unknown): IceServer {
  const server = record(value, 'ice server');
  const urls = Array.isArray(server.urls)
    ? server.urls.map((url) => text(url, 'ice server url', 512))
    : text(server.urls, 'ice server urls', 512);
  const result: IceServer = { urls };
  if (server.username !== undefined) result.username = text(server.username, 'ice server username', 512);
  if (server.credential !== undefined) {
    result.credential = text(server.credential, 'ice server credential', 512);
  }
  return result;
}

function readVersion(message: Record<string, unknown>): typeof PROTOCOL_VERSION {
  if (message.v !== PROTOCOL_VERSION) {
    fail(`unsupported protocol version (this side speaks version ${PROTOCOL_VERSION})`);
  }
  return PROTOCOL_VERSION;
}

/**
 * Reads a peer message. With `requireFrom: false` (a client's message to our server, which
 * stamps `from` itself) a missing `from` is accepted and left empty.
 */
function readPeerMessage(value: unknown, requireFrom: boolean): PeerMessage {
  const message = record(value, 'message');
  const v = readVersion(message);
  const from = requireFrom || message.from !== undefined ? id(message.from, 'from') : '';
  const to = message.to === undefined ? undefined : id(message.to, 'to');
  const envelope = to === undefined ? { v, from } : { v, from, to };
  switch (message.type) {
    case 'hello':
      return { ...envelope, type: 'hello', info: readInfo(message.info) };
    case 'update':
      return { ...envelope, type: 'update', info: readInfo(message.info) };
    case 'bye':
      return { ...envelope, type: 'bye' };
    case 'description':
      if (to === undefined) fail('description needs a recipient in "to"');
      return { ...envelope, to, type: 'description', description: readDescription(message.description) };
    case 'candidate':
      if (to === undefined) fail('candidate needs a recipient in "to"');
      return { ...envelope, to, type: 'candidate', candidate: readCandidate(message.candidate) };
    default:
      return fail('unknown message type');
  }
}

/** Parses a message between participants, as every adapter receives it. */
export function parsePeerMessage(value: unknown): ParseResult<PeerMessage> {
  return guard(() => readPeerMessage(value, true));
}

/** Parses what a client sent to the server (`join`, or a peer message to relay). */
export function parseClientMessage(value: unknown): ParseResult<ClientMessage> {
  return guard((): ClientMessage => {
    const message = record(value, 'message');
    if (message.type === 'ping') return { v: readVersion(message), type: 'ping' };
    if (message.type !== 'join') return readPeerMessage(message, false);
    const join: JoinMessage = { v: readVersion(message), type: 'join', room: readRoom(message.room) };
    if (message.token !== undefined)
      join.token = text(message.token, 'token', PROTOCOL_LIMITS.maxTokenLength);
    if (message.resume !== undefined) {
      const resume = record(message.resume, 'resume');
      join.resume = { id: id(resume.id, 'resume.id'), token: text(resume.token, 'resume.token', 256) };
    }
    return join;
  });
}

/** Parses what the server sent to a client (`welcome`, `error`, or a relayed peer message). */
export function parseServerMessage(value: unknown): ParseResult<ServerMessage> {
  return guard((): ServerMessage => {
    const message = record(value, 'message');
    if (message.type === 'pong') return { v: readVersion(message), type: 'pong' };
    if (message.type === 'welcome') {
      const servers = message.iceServers ?? [];
      if (!Array.isArray(servers) || servers.length > PROTOCOL_LIMITS.maxIceServers) {
        fail('iceServers must be a short array');
      }
      const welcome: WelcomeMessage = {
        v: readVersion(message),
        type: 'welcome',
        id: id(message.id, 'id'),
        iceServers: servers.map(readIceServer),
      };
      if (message.resumeToken !== undefined)
        welcome.resumeToken = text(message.resumeToken, 'resumeToken', 256);
      if (message.resumed !== undefined) welcome.resumed = boolean(message.resumed, 'resumed');
      if (message.instance !== undefined) welcome.instance = id(message.instance, 'instance');
      if (message.members !== undefined) {
        if (!Array.isArray(message.members) || message.members.length > PROTOCOL_LIMITS.maxMembers) {
          fail('members must be an array of at most 1000 ids');
        }
        welcome.members = message.members.map((member) => id(member, 'member id'));
      }
      return welcome;
    }
    if (message.type === 'error') {
      const code = message.code as ServerErrorCode;
      if (!SERVER_ERROR_CODES.includes(code)) fail('unknown error code');
      return {
        v: readVersion(message),
        type: 'error',
        code,
        message: text(message.message, 'message', PROTOCOL_LIMITS.maxErrorMessageLength),
      };
    }
    return readPeerMessage(message, true);
  });
}

/** The UTF-8 length of a string, without allocating an encoded copy. */
function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Decodes one JSON text after checking its size (default: the protocol's limit). Never throws. */
export function decodeJson(
  data: string,
  maxBytes: number = PROTOCOL_LIMITS.maxMessageBytes,
): ParseResult<unknown> {
  if (utf8Length(data) > maxBytes) {
    return { ok: false, reason: `message is larger than ${maxBytes} bytes` };
  }
  try {
    return { ok: true, message: JSON.parse(data) as unknown };
  } catch {
    return { ok: false, reason: 'message is not valid JSON' };
  }
}
