import { RtcError } from '../errors.js';
import { parsePeerMessage, type PeerMessage } from './protocol.js';
import type { SignalingAdapter, SignalingContext, Welcome } from './signaling-adapter.js';

type Deliver = (message: unknown) => void;

/**
 * The shared switchboard for memory signaling: every adapter made with the same hub can reach
 * the others. Make one per test or per page; nothing is shared between hubs.
 */
export class MemorySignalingHub {
  private readonly rooms = new Map<string, Map<string, Deliver>>();

  /** @internal */
  join(room: string, id: string, deliver: Deliver): void {
    const members = this.rooms.get(room) ?? new Map<string, Deliver>();
    if (members.has(id)) throw new RtcError('invalid-options', `id ${id} is already in room ${room}`);
    members.set(id, deliver);
    this.rooms.set(room, members);
  }

  /** @internal */
  leave(room: string, id: string): void {
    const members = this.rooms.get(room);
    members?.delete(id);
    if (members?.size === 0) this.rooms.delete(room);
  }

  /**
   * @internal Delivers a message asynchronously, as a network would. Microtasks run in order,
   * so the order of one sender's messages is kept.
   */
  send(room: string, message: PeerMessage): void {
    for (const [id, deliver] of this.rooms.get(room) ?? []) {
      if (id === message.from || (message.to !== undefined && message.to !== id)) continue;
      queueMicrotask(() => deliver(message));
    }
  }
}

export interface MemorySignalingOptions {
  /** The hub this adapter joins; adapters on other hubs never hear it. */
  hub: MemorySignalingHub;
}

/**
 * Signaling between sessions in one page, for tests and demos.
 *
 * @example
 * const hub = new MemorySignalingHub();
 * const alice = new Session({ room: 'r', signaling: createMemorySignaling({ hub }) });
 * const bob = new Session({ room: 'r', signaling: createMemorySignaling({ hub }) });
 */
export function createMemorySignaling({ hub }: MemorySignalingOptions): SignalingAdapter {
  let joined: { room: string; id: string; ctx: SignalingContext } | undefined;

  const disconnect = async (): Promise<void> => {
    if (!joined) return;
    const { room, id, ctx } = joined;
    joined = undefined;
    hub.leave(room, id);
    ctx.setState('closed');
  };

  return {
    async connect(ctx: SignalingContext): Promise<Welcome> {
      if (joined) throw new RtcError('invalid-state', 'this adapter is already connected');
      ctx.setState('connecting');
      hub.join(ctx.roomId, ctx.selfId, (data) => {
        // A message queued before this member left must not arrive after it.
        if (joined?.ctx !== ctx) return;
        const result = parsePeerMessage(data);
        if (result.ok) ctx.receive(result.message);
        else ctx.reportError(new RtcError('bad-message', `memory signaling: ${result.reason}`));
      });
      joined = { room: ctx.roomId, id: ctx.selfId, ctx };
      ctx.signal.addEventListener('abort', () => void disconnect(), { once: true });
      ctx.setState('open');
      return { selfId: ctx.selfId };
    },

    async send(message: PeerMessage): Promise<void> {
      if (!joined) throw new RtcError('signaling-closed', 'memory signaling is not connected');
      hub.send(joined.room, { ...message, from: joined.id });
    },

    disconnect,
  };
}
