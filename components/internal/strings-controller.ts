import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { RtcStrings } from '../strings/en.js';
import { langOf, onStringsChanged, stringsFor, type RtcStringsOverride } from '../strings/strings.js';
import { stringsContext, type StringsContextValue } from './strings-context.js';

/**
 * Gives an element the texts for its language — the nearest `lang` up the tree, else the
 * document's — with the page's overrides and those of the enclosing `<rtc-room>`, and
 * re-renders it when any of them change.
 */
export class StringsController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  private room: StringsContextValue | undefined;
  private cache:
    { lang: string; room?: StringsContextValue; own?: RtcStringsOverride; strings: RtcStrings } | undefined;

  /** `own`: overrides of the host itself (`<rtc-room>`'s `strings`), over everything else. */
  constructor(
    private readonly host: ReactiveElement,
    private readonly own: () => RtcStringsOverride | undefined = () => undefined,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: stringsContext,
      subscribe: true,
      callback: (value) => {
        this.room = value;
        this.changed();
      },
    });
  }

  /** The texts to show now. */
  get strings(): RtcStrings {
    const lang = langOf(this.host);
    const own = this.own();
    if (this.cache?.lang !== lang || this.cache.room !== this.room || this.cache.own !== own) {
      const strings = stringsFor(lang, this.room?.strings, own);
      this.cache = { lang, room: this.room, own, strings };
    }
    return this.cache.strings;
  }

  hostConnected(): void {
    this.unsubscribe = onStringsChanged(() => this.changed());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private changed(): void {
    this.cache = undefined;
    this.host.requestUpdate();
  }
}
