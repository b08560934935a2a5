import { en, type RtcStrings } from './en.js';

/** Texts to replace: any of {@link RtcStrings}; `fileState` may be given in part. */
export type RtcStringsOverride = Partial<Omit<RtcStrings, 'fileState'>> & {
  fileState?: Partial<RtcStrings['fileState']>;
};

/** The key of overrides for every language. */
const EVERY = '*';
const KEYS = Object.keys(en) as Array<keyof RtcStrings>;

// The page's overrides and their listeners are page-wide on purpose, like the custom elements
// registry: strings belong to the page, not to one call, and hold no session. This is the one
// piece of module-level state in components/.
const overrides = new Map<string, RtcStringsOverride>();
const changes = new EventTarget();
let listeners = 0;
let documentLang: MutationObserver | undefined;

/**
 * Replaces texts the elements show, page-wide; every element re-renders. With `lang` (a BCP 47
 * tag such as `de` or `pt-BR`), only for that language — which adds it, over English; without,
 * for every language. Later calls add to earlier ones. Other languages than English come as
 * tables of their own, added this way, so a page pays only for those it uses.
 *
 * @example
 * setStrings({ waiting: 'Nobody here yet' });
 * setStrings({ you: 'Vous', send: 'Envoyer' }, 'fr');
 * setStrings(de, 'de'); // import { de } from 'rtc-elements/strings/de.js'
 */
export function setStrings(strings: RtcStringsOverride, lang?: string): void {
  const key = lang ? lang.toLowerCase() : EVERY;
  overrides.set(key, merge(overrides.get(key) ?? {}, strings));
  changes.dispatchEvent(new Event('change'));
}

/** Removes every override made with {@link setStrings}. */
export function resetStrings(): void {
  overrides.clear();
  changes.dispatchEvent(new Event('change'));
}

/**
 * The texts for `lang`: English, then the page's tables and overrides (those for every language,
 * then for the language, then for its region: most specific last), then each of `extra`.
 */
export function stringsFor(lang: string, ...extra: Array<RtcStringsOverride | undefined>): RtcStrings {
  // 'de-CH' → ['de', 'de-ch']: the region refines the language.
  const tag = lang.toLowerCase();
  const tags = tag.split('-').map((_, i, parts) => parts.slice(0, i + 1).join('-'));
  let strings: RtcStrings = en;
  for (const candidate of [EVERY, ...tags]) {
    const override = overrides.get(candidate);
    if (override) strings = merge(strings, override);
  }
  for (const override of extra) if (override) strings = merge(strings, override);
  return strings;
}

/**
 * @internal Calls `listener` when the page's strings or the document's language change; returns
 * the unsubscribe function.
 */
export function onStringsChanged(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  listeners += 1;
  if (!documentLang && typeof MutationObserver === 'function') {
    documentLang = new MutationObserver(() => changes.dispatchEvent(new Event('change')));
    documentLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    changes.removeEventListener('change', listener);
    listeners -= 1;
    if (listeners === 0) {
      documentLang?.disconnect();
      documentLang = undefined;
    }
  };
}

/** @internal The language of `element`: the nearest `lang` up the tree, across shadow roots. */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'en';
}

/** Copies the known keys of `source` over `target`; a partial `fileState` merges. */
function merge<T extends RtcStringsOverride>(target: T, source: RtcStringsOverride): T {
  const result: Record<string, unknown> = { ...target };
  for (const key of KEYS) {
    const value = source[key];
    if (value === undefined) continue;
    result[key] = key === 'fileState' ? { ...target.fileState, ...(value as object) } : value;
  }
  return result as T;
}
