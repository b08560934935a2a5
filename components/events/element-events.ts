import { RtcErrorEvent, SESSION_EVENT_CLASSES, type RtcEventName } from './events.js';
import { RtcPanelToggleEvent } from './panel-toggle.js';
import { RtcPinnedChangedEvent } from './pinned-changed.js';
import { RtcPrejoinJoinEvent } from './prejoin-join.js';
import { RtcRequestLeaveEvent } from './request-leave.js';

/** A DOM event class of this package: constructible, with its event's type as `eventName`. */
export interface EventClass {
  readonly eventName: string;
  new (...args: never[]): Event;
}

/**
 * Event classes by the name a framework builds its handler from (`participantJoined` →
 * `onRtcParticipantJoined`); the compiler checks that each class's `eventName` is
 * `rtc-` + the kebab-case of its key.
 */
function eventMap<C extends Record<string, EventClass>>(
  classes: C & { [K in keyof C & string]: { readonly eventName: RtcEventName<K> } },
): C {
  return classes;
}

/** The one event of the elements that act on a session and only report failures. */
const ERROR_ONLY = { error: RtcErrorEvent };

/**
 * The DOM events each element fires (its `@fires`), for framework wrappers (React, Vue, …): a
 * new element or a new event is one line here, and every wrapper picks it up.
 * test/package/framework-wrappers.test.ts checks this table against custom-elements.json.
 */
export const ELEMENT_EVENTS = {
  // The room's own session's events, and those of the pieces inside it (composed, they reach it).
  'rtc-room': eventMap({
    ...SESSION_EVENT_CLASSES,
    prejoinJoin: RtcPrejoinJoinEvent,
    requestLeave: RtcRequestLeaveEvent,
    panelToggle: RtcPanelToggleEvent,
    pinnedChanged: RtcPinnedChangedEvent,
  }),
  'rtc-layout': eventMap({ pinnedChanged: RtcPinnedChangedEvent }),
  'rtc-video': eventMap({}),
  'rtc-chat': eventMap({}),
  'rtc-prejoin': eventMap({ prejoinJoin: RtcPrejoinJoinEvent }),
  'rtc-controls': eventMap({
    panelToggle: RtcPanelToggleEvent,
    requestLeave: RtcRequestLeaveEvent,
    error: RtcErrorEvent,
  }),
  'rtc-microphone-toggle': eventMap(ERROR_ONLY),
  'rtc-camera-toggle': eventMap(ERROR_ONLY),
  'rtc-screen-share-toggle': eventMap(ERROR_ONLY),
  'rtc-hand-toggle': eventMap(ERROR_ONLY),
  'rtc-leave-button': eventMap({ requestLeave: RtcRequestLeaveEvent, error: RtcErrorEvent }),
  'rtc-chat-toggle': eventMap({ panelToggle: RtcPanelToggleEvent, error: RtcErrorEvent }),
  'rtc-participants-toggle': eventMap({ panelToggle: RtcPanelToggleEvent, error: RtcErrorEvent }),
  'rtc-device-select': eventMap(ERROR_ONLY),
  'rtc-participants': eventMap(ERROR_ONLY),
} as const;

/** The elements that have framework wrappers, by tag. */
export type RtcTagName = keyof typeof ELEMENT_EVENTS;

/** The handler prop for an event key: `participantJoined` → `onRtcParticipantJoined`. */
export type EventHandlerName<K extends string> = `onRtc${Capitalize<K>}`;

/** Handler props for every event in `C`, each typed with its event class. */
export type EventHandlers<C extends Record<string, EventClass>> = {
  [K in keyof C & string as EventHandlerName<K>]?: (event: InstanceType<C[K]>) => void;
};

/** The handler props of one element, mapped to the DOM event names they listen to. */
export function eventHandlerNames<T extends RtcTagName>(
  tagName: T,
): Record<EventHandlerName<keyof (typeof ELEMENT_EVENTS)[T] & string>, string> {
  const entries = Object.entries(ELEMENT_EVENTS[tagName] as Record<string, EventClass>).map(
    ([key, EventClass]) => [`onRtc${key[0]!.toUpperCase()}${key.slice(1)}`, EventClass.eventName],
  );
  return Object.fromEntries(entries) as Record<
    EventHandlerName<keyof (typeof ELEMENT_EVENTS)[T] & string>,
    string
  >;
}
