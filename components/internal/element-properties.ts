import type { LitElement } from 'lit';

type IfEquals<X, Y, A, B = never> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/** Keys of `E` that can be assigned: not readonly (getters), not methods. */
type SettableKeys<E> = {
  [K in keyof E]-?: E[K] extends (...args: never[]) => unknown
    ? never
    : IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, K>;
}[keyof E];

/**
 * The properties a page may set on an element, as framework props: the element's own public
 * fields (its attributes, and objects such as `session`), without anything Lit or
 * `HTMLElement` defines, its read-only getters, or its methods.
 */
export type ElementProperties<E extends LitElement> = Partial<
  Pick<E, Exclude<SettableKeys<E>, keyof LitElement>>
>;
