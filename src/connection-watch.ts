import { RtcError } from './errors.js';
import type { IceCandidateProblem, PeerConnectionState } from './transport/transport.js';

export interface ConnectionWatchOptions {
  /** Whether a TURN server is configured (without one, some networks cannot connect at all). */
  hasTurn: boolean;
  /** Whether only relayed (TURN) paths may be used. */
  relayOnly: boolean;
  /** How long a connection may stay down before its participant is dropped (see `timedOut`). */
  timeoutMs: number;
  /** The media path to someone cannot be found: tell the person. */
  failed: (participantId: string, error: RtcError) => void;
  /** Someone's media has been down for `timeoutMs`. */
  timedOut: (participantId: string) => void;
}

/**
 * Watches the media connection to each participant. When no path can be found it says why
 * in words (most often: a TURN server is needed), once until the connection recovers; when a
 * connection stays down for `timeoutMs` it reports that, so a participant who vanished while
 * signaling was also down (laptop closed, tab killed during an outage) does not stay forever.
 */
export class ConnectionWatch {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly reported = new Set<string>();

  constructor(private readonly options: ConnectionWatchOptions) {}

  handleState(participantId: string, name: string, state: PeerConnectionState): void {
    if (state === 'connected') {
      this.forget(participantId);
      return;
    }
    if (state === 'failed' && !this.reported.has(participantId)) {
      this.reported.add(participantId);
      this.options.failed(participantId, this.explain(name));
    }
    if ((state === 'failed' || state === 'disconnected') && !this.timers.has(participantId)) {
      const timer = setTimeout(() => {
        this.timers.delete(participantId);
        this.options.timedOut(participantId);
      }, this.options.timeoutMs);
      this.timers.set(participantId, timer);
    }
  }

  /** The connection never came up in time: say why, once. */
  handleStalled(participantId: string, name: string, problems: IceCandidateProblem[]): void {
    if (this.reported.has(participantId)) return;
    this.reported.add(participantId);
    this.options.failed(participantId, this.explain(name, problems));
  }

  forget(participantId: string): void {
    clearTimeout(this.timers.get(participantId));
    this.timers.delete(participantId);
    this.reported.delete(participantId);
  }

  clear(): void {
    for (const id of [...this.timers.keys()]) this.forget(id);
    this.reported.clear();
  }

  private explain(name: string, problems: IceCandidateProblem[] = []): RtcError {
    const who = name || 'a participant';
    const refused = problems.find((problem) => problem.errorCode === 401 || problem.errorCode === 403);
    if (refused) {
      return new RtcError(
        'ice-failed',
        `Could not connect to ${who}: the TURN server ${refused.url} refused our credentials (${refused.errorCode} ${refused.errorText}); they may have expired`,
      );
    }
    if (!this.options.hasTurn) {
      const why = this.options.relayOnly
        ? 'relay-only mode is on, and no TURN server is configured to relay through'
        : 'no direct network path was found, and no TURN server is configured: calls between different networks need one';
      return new RtcError('ice-failed', `Could not connect to ${who}: ${why}`);
    }
    return new RtcError(
      'ice-failed',
      `Could not connect to ${who}, even through the TURN server; still trying`,
    );
  }
}
