import type { SessionEvents } from '../../src/index.js';

type Payload<K extends keyof SessionEvents> = Parameters<SessionEvents[K]>[0];

/** `participantJoined` → `participant-joined`, in types. */
export type KebabCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${KebabCase<Rest>}`
  : S;

/** The DOM event name for an event named `key` in code: `rtc-` + kebab-case of the key. */
export type RtcEventName<K extends string> = `rtc-${KebabCase<K>}`;

/**
 * Makes the DOM event class for one core session event. Every class has a static `eventName`,
 * a readonly `detail` holding the core payload, and bubbles out of shadow roots.
 *
 * The classes are one line each and share everything else, so they live together here
 * rather than one per file (a deliberate departure from STYLE.md §6).
 */
function rtcEvent<K extends keyof SessionEvents>(name: RtcEventName<K>) {
  return class extends Event {
    /** The DOM event's type; checked against the core event's name at compile time. */
    static readonly eventName: RtcEventName<K> = name;
    readonly detail: Payload<K>;
    constructor(detail: Payload<K>) {
      super(name, { bubbles: true, composed: true });
      this.detail = detail;
    }
  };
}

export class RtcStateChangedEvent extends rtcEvent<'stateChanged'>('rtc-state-changed') {}
export class RtcSignalingStateChangedEvent extends rtcEvent<'signalingStateChanged'>(
  'rtc-signaling-state-changed',
) {}
export class RtcParticipantJoinedEvent extends rtcEvent<'participantJoined'>('rtc-participant-joined') {}
export class RtcParticipantLeftEvent extends rtcEvent<'participantLeft'>('rtc-participant-left') {}
export class RtcParticipantUpdatedEvent extends rtcEvent<'participantUpdated'>('rtc-participant-updated') {}
export class RtcConnectionStateChangedEvent extends rtcEvent<'connectionStateChanged'>(
  'rtc-connection-state-changed',
) {}
export class RtcTrackAddedEvent extends rtcEvent<'trackAdded'>('rtc-track-added') {}
export class RtcChatMessageAddedEvent extends rtcEvent<'chatMessageAdded'>('rtc-chat-message-added') {}
export class RtcChatMessageUpdatedEvent extends rtcEvent<'chatMessageUpdated'>('rtc-chat-message-updated') {}
export class RtcTypingChangedEvent extends rtcEvent<'typingChanged'>('rtc-typing-changed') {}
export class RtcUnreadCountChangedEvent extends rtcEvent<'unreadCountChanged'>('rtc-unread-count-changed') {}
export class RtcFileTransferAddedEvent extends rtcEvent<'fileTransferAdded'>('rtc-file-transfer-added') {}
export class RtcErrorEvent extends rtcEvent<'error'>('rtc-error') {}

/** Which DOM event class re-dispatches which core session event. */
export const SESSION_EVENT_CLASSES = {
  stateChanged: RtcStateChangedEvent,
  signalingStateChanged: RtcSignalingStateChangedEvent,
  participantJoined: RtcParticipantJoinedEvent,
  participantLeft: RtcParticipantLeftEvent,
  participantUpdated: RtcParticipantUpdatedEvent,
  connectionStateChanged: RtcConnectionStateChangedEvent,
  trackAdded: RtcTrackAddedEvent,
  chatMessageAdded: RtcChatMessageAddedEvent,
  chatMessageUpdated: RtcChatMessageUpdatedEvent,
  typingChanged: RtcTypingChangedEvent,
  unreadCountChanged: RtcUnreadCountChangedEvent,
  fileTransferAdded: RtcFileTransferAddedEvent,
  error: RtcErrorEvent,
} as const satisfies { [K in keyof SessionEvents]: new (detail: Payload<K>) => Event };

/** The core session events, by name, for subscribing to all of them. */
export const SESSION_EVENT_NAMES = Object.keys(SESSION_EVENT_CLASSES) as Array<keyof SessionEvents>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rtc-state-changed': RtcStateChangedEvent;
    'rtc-signaling-state-changed': RtcSignalingStateChangedEvent;
    'rtc-participant-joined': RtcParticipantJoinedEvent;
    'rtc-participant-left': RtcParticipantLeftEvent;
    'rtc-participant-updated': RtcParticipantUpdatedEvent;
    'rtc-connection-state-changed': RtcConnectionStateChangedEvent;
    'rtc-track-added': RtcTrackAddedEvent;
    'rtc-chat-message-added': RtcChatMessageAddedEvent;
    'rtc-chat-message-updated': RtcChatMessageUpdatedEvent;
    'rtc-typing-changed': RtcTypingChangedEvent;
    'rtc-unread-count-changed': RtcUnreadCountChangedEvent;
    'rtc-file-transfer-added': RtcFileTransferAddedEvent;
    'rtc-error': RtcErrorEvent;
  }
}
