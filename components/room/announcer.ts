import type { ParticipantPayload, RemoteParticipant, Session, SessionEvents } from '../../src/index.js';
import type { RtcStrings } from '../strings/en.js';

/** How many announcements stay in the live region; older ones are dropped (silently). */
const KEPT = 5;

interface Muted {
  microphone: boolean;
  camera: boolean;
}

/**
 * Turns a session's events into short sentences for screen readers: who joined, who left,
 * whose microphone or camera went on or off. The room renders `messages` into a polite live
 * region; each new one is a new node there, so it is read once, after what is being said.
 */
export class Announcer {
  /** The sentences to show, oldest first, each with an id for keyed rendering. */
  messages: Array<{ id: number; text: string }> = [];
  private readonly muted = new WeakMap<RemoteParticipant, Muted>();
  private count = 0;

  constructor(
    private readonly host: { requestUpdate(): void },
    private readonly strings: () => RtcStrings,
  ) {}

  /** Starts from the state of `session`'s participants now, so only changes are announced. */
  watch(session: Session | undefined): void {
    this.messages = [];
    for (const participant of session?.participants.values() ?? []) {
      this.muted.set(participant, mutedOf(participant));
    }
  }

  handle(name: keyof SessionEvents, payload: unknown): void {
    if (name !== 'participantJoined' && name !== 'participantLeft' && name !== 'participantUpdated') return;
    const { participant } = payload as ParticipantPayload;
    const strings = this.strings();
    const who = participant.name || strings.guest;
    const now = mutedOf(participant);
    const before = this.muted.get(participant);
    this.muted.set(participant, now);
    if (name === 'participantJoined') {
      this.say(strings.announceJoined(who));
    } else if (name === 'participantLeft') {
      this.say(strings.announceLeft(who));
    } else if (before) {
      if (before.microphone !== now.microphone) this.say(strings.announceMicrophone(who, !now.microphone));
      if (before.camera !== now.camera) this.say(strings.announceCamera(who, !now.camera));
    }
  }

  private say(text: string): void {
    this.count += 1;
    this.messages = [...this.messages.slice(1 - KEPT), { id: this.count, text }];
    this.host.requestUpdate();
  }
}

function mutedOf(participant: RemoteParticipant): Muted {
  return { microphone: participant.microphoneMuted, camera: participant.cameraMuted };
}
