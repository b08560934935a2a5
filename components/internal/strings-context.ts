import { createContext } from '@lit/context';
import type { RtcStringsOverride } from '../strings/strings.js';

/**
 * How `<rtc-room>` hands its `strings` overrides to the elements inside it. A new object each
 * time they or the room's `lang` change, so the elements re-render.
 */
export interface StringsContextValue {
  strings?: RtcStringsOverride;
  lang?: string;
}

export const stringsContext = createContext<StringsContextValue | undefined>(Symbol('rtc-elements-strings'));
