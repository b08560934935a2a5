import type { Participant, ParticipantEvents, Session, SessionEvents } from '../../src/index.js';
import type { PeerLink, PeerLinkEvents } from '../../src/transport/peer-link.js';

// eventemitter3's class cannot be matched with `infer`, so the emitters tests wait on are listed.
type AnyEmitter = Session | PeerLink | Participant;
type EventsOf<T> = T extends Session
  ? SessionEvents
  : T extends PeerLink
    ? PeerLinkEvents
    : T extends Participant
      ? ParticipantEvents
      : never;
type Payload<T, K extends keyof EventsOf<T>> = EventsOf<T>[K] extends (payload: infer P) => void
  ? P
  : undefined;

/**
 * Resolves with the next `name` event of `emitter` whose payload passes `filter`, or rejects
 * after `timeoutMs` with a message that names the event.
 */
export function nextEvent<T extends AnyEmitter, K extends keyof EventsOf<T> & string>(
  emitter: T,
  name: K,
  filter: (payload: Payload<T, K>) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<Payload<T, K>> {
  return new Promise((resolve, reject) => {
    const target = emitter as unknown as {
      on(name: string, listener: (payload: Payload<T, K>) => void): void;
      off(name: string, listener: (payload: Payload<T, K>) => void): void;
    };
    const listener = (payload: Payload<T, K>): void => {
      if (!filter(payload)) return;
      clearTimeout(timer);
      target.off(name, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      target.off(name, listener);
      reject(new Error(`no "${name}" event within ${timeoutMs} ms`));
    }, timeoutMs);
    target.on(name, listener);
  });
}

/** Polls `condition` every animation-frame-ish tick until it is true, or rejects after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
