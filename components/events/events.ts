import type { SessionEvents } from '../../src/index.js';

type Payload<K extends keyof SessionEvents> = Parameters<SessionEvents[K]>[0];

/** `participantJoined` → `participant-joined`, in the type system. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** The DOM name of a core session event: `participantJoined` → `rtc-participant-joined`. */
export type RtcEventName<K extends string> = `rtc-${Kebab<K>}`;

function domName<K extends keyof SessionEvents>(name: K): RtcEventName<K> {
  return `rtc-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}` as RtcEventName<K>;
}

/**
 * Makes the DOM event class for one core session event. Every class has a static `eventName`,
 * a readonly `detail` holding the core payload, and bubbles out of shadow roots.
 *
 * The classes are one line each and share everything else, so they live together here
 * rather than one per file (a deliberate departure from STYLE.md §6).
 */
function rtcEvent<K extends keyof SessionEvents>(coreName: K) {
  const name = domName(coreName);
  return class extends Event {
    static readonly eventName: RtcEventName<K> = name;
    readonly detail: Payload<K>;
    constructor(detail: Payload<K>) {
      super(name, { bubbles: true, composed: true });
      this.detail = detail;
    }
  };
}

export class RtcStateChangedEvent extends rtcEvent('stateChanged') {}
export class RtcSignalingStateChangedEvent extends rtcEvent('signalingStateChanged') {}
export class RtcParticipantJoinedEvent extends rtcEvent('participantJoined') {}
export class RtcParticipantLeftEvent extends rtcEvent('participantLeft') {}
export class RtcParticipantUpdatedEvent extends rtcEvent('participantUpdated') {}
export class RtcConnectionStateChangedEvent extends rtcEvent('connectionStateChanged') {}
export class RtcTrackAddedEvent extends rtcEvent('trackAdded') {}
export class RtcTrackRemovedEvent extends rtcEvent('trackRemoved') {}
export class RtcActiveSpeakerChangedEvent extends rtcEvent('activeSpeakerChanged') {}
export class RtcReactionEvent extends rtcEvent('reaction') {}
export class RtcDevicesChangedEvent extends rtcEvent('devicesChanged') {}
export class RtcSpeakerChangedEvent extends rtcEvent('speakerChanged') {}
export class RtcChatMessageAddedEvent extends rtcEvent('chatMessageAdded') {}
export class RtcChatMessageUpdatedEvent extends rtcEvent('chatMessageUpdated') {}
export class RtcTypingChangedEvent extends rtcEvent('typingChanged') {}
export class RtcUnreadCountChangedEvent extends rtcEvent('unreadCountChanged') {}
export class RtcFileTransferAddedEvent extends rtcEvent('fileTransferAdded') {}
export class RtcErrorEvent extends rtcEvent('error') {}

/**
 * Which DOM event class re-dispatches which core session event. This table is the one list:
 * the `rtc-…` entries of the DOM event maps below are derived from it, and the type check
 * fails until every core event has a class here.
 */
export const SESSION_EVENT_CLASSES = {
  stateChanged: RtcStateChangedEvent,
  signalingStateChanged: RtcSignalingStateChangedEvent,
  participantJoined: RtcParticipantJoinedEvent,
  participantLeft: RtcParticipantLeftEvent,
  participantUpdated: RtcParticipantUpdatedEvent,
  connectionStateChanged: RtcConnectionStateChangedEvent,
  trackAdded: RtcTrackAddedEvent,
  trackRemoved: RtcTrackRemovedEvent,
  activeSpeakerChanged: RtcActiveSpeakerChangedEvent,
  reaction: RtcReactionEvent,
  devicesChanged: RtcDevicesChangedEvent,
  speakerChanged: RtcSpeakerChangedEvent,
  chatMessageAdded: RtcChatMessageAddedEvent,
  chatMessageUpdated: RtcChatMessageUpdatedEvent,
  typingChanged: RtcTypingChangedEvent,
  unreadCountChanged: RtcUnreadCountChangedEvent,
  fileTransferAdded: RtcFileTransferAddedEvent,
  error: RtcErrorEvent,
} as const satisfies {
  [K in keyof SessionEvents]: { readonly eventName: RtcEventName<K>; new (detail: Payload<K>): Event };
};

/** The core session events, by name, for subscribing to all of them. */
export const SESSION_EVENT_NAMES = Object.keys(SESSION_EVENT_CLASSES) as Array<keyof SessionEvents>;

type EventClasses = typeof SESSION_EVENT_CLASSES;

/**
 * Every `rtc-…` DOM event by name, with its class: `RtcEventMap['rtc-participant-joined']` is
 * `RtcParticipantJoinedEvent`. For typing listeners in framework wrappers.
 */
export type RtcEventMap = {
  [K in keyof EventClasses as RtcEventName<K>]: InstanceType<EventClasses[K]>;
};

declare global {
  // Typed addEventListener('rtc-…') on every element, document and window (their event maps
  // extend this one). Empty on purpose: the members come from RtcEventMap.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends RtcEventMap {}
}

export { RtcPinnedChangedEvent, type PinnedChange } from './pinned-changed.js';
// Events of the controls, which are not core session events.
export { RtcPanelToggleEvent, type RtcPanel } from './panel-toggle.js';
export { RtcRequestLeaveEvent } from './request-leave.js';
export { RtcPrejoinJoinEvent, type PrejoinChoice, type PrejoinSessionOptions } from './prejoin-join.js';
