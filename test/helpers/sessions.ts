import {
  MemorySignalingHub,
  PROTOCOL_VERSION,
  Session,
  createMemorySignaling,
  type RemoteParticipant,
  type SessionOptions,
} from '../../src/index.js';
import { until } from './events.js';

let rooms = 0;

/** A room name no other test uses. */
export function uniqueRoom(prefix = 'room'): string {
  rooms += 1;
  return `${prefix}-${rooms}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Sessions on one memory hub, made per test. `dispose()` them in `afterEach`. */
export function memorySessions(
  count: number,
  options: Partial<Omit<SessionOptions, 'signaling'>> = {},
  each: (index: number) => Partial<Omit<SessionOptions, 'signaling'>> = () => ({}),
): { hub: MemorySignalingHub; sessions: Session[] } {
  const hub = new MemorySignalingHub();
  const room = options.room ?? uniqueRoom();
  const sessions = Array.from(
    { length: count },
    (_, i) =>
      new Session({
        name: `User ${i + 1}`,
        logLevel: 'error',
        ...options,
        ...each(i),
        room,
        signaling: createMemorySignaling({ hub }),
      }),
  );
  return { hub, sessions };
}

/** Waits until `session` knows `other` and has both its camera and microphone tracks. */
export async function seesMediaOf(
  session: Session,
  other: Session,
  timeoutMs = 20_000,
): Promise<RemoteParticipant> {
  let participant: RemoteParticipant | undefined;
  await until(
    () => {
      participant = session.participants.get(other.localParticipant.id);
      return Boolean(participant?.tracks.has('camera') && participant.tracks.has('microphone'));
    },
    `${session.localParticipant.name} to receive ${other.localParticipant.name}'s camera and microphone`,
    timeoutMs,
  );
  return participant!;
}

/**
 * Participants that only signal: each joins `room` on `hub`, says hello (camera and
 * microphone off) and never answers an offer, so a session there sees them — names, muted
 * flags, tiles — with no media. They stand in for large rooms, whose real mesh would not fit
 * in one page on two cores. The session must have joined first (they answer nobody's hello).
 */
export async function signalingOnlyParticipants(
  hub: MemorySignalingHub,
  room: string,
  names: string[],
): Promise<{ disconnect(): Promise<void> }> {
  const adapters = await Promise.all(
    names.map(async (name, i) => {
      const adapter = createMemorySignaling({ hub });
      const selfId = `quiet-${i}-${Math.random().toString(36).slice(2, 8)}`;
      await adapter.connect({
        roomId: room,
        selfId,
        signal: new AbortController().signal,
        receive: () => undefined,
        setState: () => undefined,
        reportError: () => undefined,
      });
      const info = { name, microphoneMuted: true, cameraMuted: true, streams: {} };
      await adapter.send({ v: PROTOCOL_VERSION, type: 'hello', from: selfId, info });
      return adapter;
    }),
  );
  return {
    disconnect: async () => void (await Promise.all(adapters.map((adapter) => adapter.disconnect()))),
  };
}
