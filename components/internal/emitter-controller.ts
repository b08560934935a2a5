import type { EventEmitter } from 'eventemitter3';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type AnyEmitter = Pick<EventEmitter, 'on' | 'off'>;
type Listener = (name: string, payload: unknown) => void;

/**
 * Keeps an element subscribed to the events of one core object (a session or a participant)
 * while the element is connected, and re-renders it after each event. `watch()` switches to
 * another object; listeners never outlive the element's time in the document.
 */
export class EmitterController implements ReactiveController {
  private target: AnyEmitter | undefined;
  private subscribed: AnyEmitter | undefined;
  private connected = false;
  private readonly listeners = new Map<string, (payload: unknown) => void>();

  constructor(
    private readonly host: ReactiveControllerHost,
    events: readonly string[],
    private readonly onEvent?: Listener,
  ) {
    host.addController(this);
    for (const name of events) {
      this.listeners.set(name, (payload) => {
        this.onEvent?.(name, payload);
        this.host.requestUpdate();
      });
    }
  }

  /** Follows `target` from now on (undefined: nothing). */
  watch(target: AnyEmitter | undefined): void {
    this.target = target;
    if (this.connected) this.subscribe();
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe();
  }

  private subscribe(): void {
    if (this.subscribed === this.target) return;
    this.unsubscribe();
    this.subscribed = this.target;
    for (const [name, listener] of this.listeners) this.subscribed?.on(name, listener);
  }

  private unsubscribe(): void {
    for (const [name, listener] of this.listeners) this.subscribed?.off(name, listener);
    this.subscribed = undefined;
  }
}
