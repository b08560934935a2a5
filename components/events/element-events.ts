import { SESSION_EVENT_CLASSES, type RtcEventName } from './events.js';

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

/**
 * The DOM events each element fires, for framework wrappers (React, Vue, …): a new element
 * or a new event is one line here, and every wrapper picks it up.
 */
export const ELEMENT_EVENTS = {
  'rtc-room': eventMap(SESSION_EVENT_CLASSES),
  'rtc-video': eventMap({}),
  'rtc-chat': eventMap({}),
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
