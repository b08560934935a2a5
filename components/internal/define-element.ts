/**
 * Registers a custom element once. Defining the same class again (two script tags, a hot
 * reload) is a no-op; another class under the same tag is left alone with a warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    // eslint-disable-next-line no-console -- a page-level conflict the developer must see
    console.warn(`[rtc-elements] <${tag}> is already defined by another class; keeping that one.`);
  }
}
