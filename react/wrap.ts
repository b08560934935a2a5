import { createComponent } from '@lit/react';
import React from 'react';
import {
  eventHandlerNames,
  type ELEMENT_EVENTS,
  type EventHandlers,
  type RtcTagName,
} from '../components/events/element-events.js';
import type { ElementProperties } from '../components/internal/element-properties.js';
import type { RtcElement } from '../components/internal/rtc-element.js';

/**
 * The props of an element's React component: the element's settable properties (set as
 * properties, so objects such as `session` pass as they are), an `onRtc…` handler for each
 * event it fires, typed with the event's class, and the usual HTML attributes and `ref`.
 */
export type RtcComponentProps<E extends RtcElement, T extends RtcTagName> = Omit<
  React.HTMLAttributes<E>,
  keyof ElementProperties<E>
> &
  ElementProperties<E> &
  EventHandlers<(typeof ELEMENT_EVENTS)[T]> &
  React.RefAttributes<E>;

/** A React component for one element. */
export type RtcComponent<E extends RtcElement, T extends RtcTagName> = React.ForwardRefExoticComponent<
  RtcComponentProps<E, T>
>;

/**
 * HTML attributes that React writes itself. @lit/react sets every prop it finds in the element's
 * prototype chain as a property, in a layout effect after React inserted the element; for these,
 * which the chain has from HTMLElement, that is too late: `<rtc-room>` reads its children's
 * `slot` when it is connected (an unslotted child is a custom layout, and hides the default
 * one), and server-rendered markup would lack them. Strings only: React 18 writes a boolean prop
 * of a custom element as the text "false", so `hidden` stays a property.
 */
const REACT_ATTRIBUTES = new Set<string | symbol>(['slot', 'id', 'lang', 'dir', 'title']);

/** The element class as @lit/react looks at it (`prop in elementClass.prototype`). */
function withReactAttributes<E extends RtcElement>(elementClass: new () => E): new () => E {
  const prototype = new Proxy(elementClass.prototype as object, {
    has: (target, key) => !REACT_ATTRIBUTES.has(key) && Reflect.has(target, key),
  });
  return { prototype } as unknown as new () => E;
}

/**
 * Makes the React component for the element registered as `tagName`, with @lit/react: its
 * handler props come from ELEMENT_EVENTS, so a new event needs no change here. Touches no
 * browser global, so it runs while rendering on the server.
 */
export function wrap<E extends RtcElement, T extends RtcTagName>(
  tagName: T,
  elementClass: new () => E,
): RtcComponent<E, T> {
  return createComponent({
    react: React,
    tagName,
    elementClass: withReactAttributes(elementClass),
    events: eventHandlerNames(tagName),
    displayName: tagName.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
  }) as unknown as RtcComponent<E, T>;
}
