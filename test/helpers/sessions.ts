import {
  MemorySignalingHub,
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
