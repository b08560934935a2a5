/**
 * Vue support (`rtc-elements/vue`). Importing it registers the elements; its types tell Vue's
 * template type checking (vue-tsc, Volar) each element's props and events. Vue's compiler
 * must also be told that `rtc-…` tags are custom elements:
 * `compilerOptions.isCustomElement: (tag) => tag.startsWith('rtc-')`.
 */
import type { EmitFn, HTMLAttributes } from 'vue';
import '../components/define.js';
import type {
  ELEMENT_EVENTS,
  EventClass,
  EventHandlers,
  RtcTagName,
} from '../components/events/element-events.js';
import type { ElementProperties } from '../components/internal/element-properties.js';
import type { RtcElement } from '../components/internal/rtc-element.js';

type EventsOf<T extends RtcTagName> = (typeof ELEMENT_EVENTS)[T];

/** Vue's `$emit` shape for an element's events, by DOM event name (`rtc-participant-joined`). */
type VueEmit<C extends Record<string, EventClass>> = EmitFn<{
  [K in keyof C as C[K]['eventName']]: (event: InstanceType<C[K]>) => void;
}>;

/**
 * How Vue sees one element in a template: its settable properties as props, and its events
 * as `@rtc-…` listeners (`onRtc…` props), each typed with its event class.
 */
export type VueElement<E extends RtcElement, T extends RtcTagName> = new () => E & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: Omit<HTMLAttributes, keyof ElementProperties<E>> &
    ElementProperties<E> &
    EventHandlers<EventsOf<T>>;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: VueEmit<EventsOf<T>>;
};

/**
 * Every element's entry, by tag: one for each row of ELEMENT_EVENTS, so a new element needs no
 * line here. test/package/framework-wrappers.test.ts checks them against custom-elements.json.
 */
export type RtcGlobalComponents = {
  [T in RtcTagName]: VueElement<HTMLElementTagNameMap[T], T>;
};

declare module 'vue' {
  // Empty on purpose: the members come from RtcGlobalComponents.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends RtcGlobalComponents {}
}
