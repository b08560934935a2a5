import { consume } from '@lit/context';
import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { RtcError, type Session } from '../../src/index.js';
import { RtcErrorEvent } from '../events/events.js';
import type { RtcStrings } from '../strings/en.js';
import { EmitterController } from './emitter-controller.js';
import { RtcElement } from './rtc-element.js';
import { sessionContext } from './session-context.js';
import { StringsController } from './strings-controller.js';

/**
 * The base of the elements that act on one session: the `session` property, or else the session
 * of the enclosing `<rtc-room>`, with a re-render after the session's events in
 * `sessionEvents` and after every change of the local participant (mute, camera, hand, device).
 * Subclasses declare `session` again with `@property` so it shows in their documentation.
 */
export class RtcSessionElement extends RtcElement {
  /** Core session events after which the element re-renders. */
  static sessionEvents: readonly string[] = ['stateChanged'];

  private readonly sessionWatch = new EmitterController(
    this,
    (this.constructor as typeof RtcSessionElement).sessionEvents,
  );
  private readonly localWatch = new EmitterController(this, ['updated']);
  private readonly texts = new StringsController(this);

  /** The session from the enclosing `<rtc-room>`. */
  @consume({ context: sessionContext, subscribe: true })
  @state()
  private contextSession?: Session;

  session?: Session;

  /** The session in use: the `session` property, or the room's. */
  protected get activeSession(): Session | undefined {
    return this.session ?? this.contextSession;
  }

  /** The texts to show, in the element's language. */
  protected get strings(): RtcStrings {
    return this.texts.strings;
  }

  /** True when the session has joined, so that media and hands can be changed. */
  protected get joined(): boolean {
    return this.activeSession?.state === 'joined';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') || changed.has('contextSession' as keyof RtcSessionElement)) {
      this.sessionWatch.watch(this.activeSession);
      this.localWatch.watch(this.activeSession?.localParticipant);
    }
  }

  /** Tells the page what went wrong, as an `rtc-error` event from this element: never silent. */
  protected report(error: unknown): void {
    const rtcError =
      error instanceof RtcError ? error : new RtcError('media-failed', String(error), { cause: error });
    const event = new RtcErrorEvent({ error: rtcError });
    this.dispatchEvent(event);
  }
}
