import { Rooms } from './rooms.js';

/** How many departures are remembered for late resumes. */
const MAX_DEPARTED = 10_000;

/** One participant of one room, with or without a connection speaking for it. */
export interface Participant<Conn> {
  readonly id: string;
  readonly room: string;
  /** The connection speaking for it; `undefined` while it is a ghost (socket lost, grace running). */
  connection: Conn | undefined;
}

/**
 * Who is in which room, including ghosts: participants whose socket went away without `bye`.
 * A ghost keeps its place (and its id) for `graceMs`, so a client that reconnects and resumes
 * comes back without the others ever seeing it leave; when the grace runs out it departs.
 * Every participant departs exactly once, so there is never a second bye.
 */
export class Membership<Conn> {
  private readonly rooms = new Rooms<Participant<Conn>>();
  private readonly graceTimers = new Map<Participant<Conn>, NodeJS.Timeout>();
  /** "room\nid" of participants whose bye went out, oldest first, so a late resume can be told. */
  private readonly departed = new Set<string>();

  /** @param onDeparted called once per ghost whose grace ran out, after it left its room */
  constructor(
    private readonly graceMs: number,
    private readonly onDeparted: (participant: Participant<Conn>) => void,
  ) {}

  /** Rooms with at least one participant, ghosts included. */
  get roomCount(): number {
    return this.rooms.size;
  }

  /** Participants of `room`, ghosts included. */
  roomSize(room: string): number {
    return this.rooms.count(room);
  }

  find(room: string, id: string): Participant<Conn> | undefined {
    return this.rooms.find(room, id);
  }

  /**
   * Whether the others were told that `id` left `room` (by its bye or after its grace). Only
   * this process knows: after a restart nobody was told anything.
   */
  hasDeparted(room: string, id: string): boolean {
    return this.departed.has(`${room}\n${id}`);
  }

  add(room: string, id: string, connection: Conn): Participant<Conn> {
    this.departed.delete(`${room}\n${id}`);
    const participant: Participant<Conn> = { id, room, connection };
    this.rooms.add(room, id, participant);
    return participant;
  }

  /**
   * Hands `participant` to a new connection (a resume). A pending departure is cancelled.
   * Returns the connection it had, if any, which the caller must end.
   */
  reattach(participant: Participant<Conn>, connection: Conn): Conn | undefined {
    this.cancelGrace(participant);
    const previous = participant.connection;
    participant.connection = connection;
    return previous;
  }

  /** Takes `participant` out at once (it said bye). False when it was already gone. */
  remove(participant: Participant<Conn>): boolean {
    this.cancelGrace(participant);
    if (this.rooms.find(participant.room, participant.id) !== participant) return false;
    this.rooms.remove(participant.room, participant.id);
    participant.connection = undefined;
    this.departed.add(`${participant.room}\n${participant.id}`);
    // Bounded: the oldest entries go first (a Set iterates in insertion order).
    if (this.departed.size > MAX_DEPARTED) this.departed.delete(this.departed.values().next().value!);
    return true;
  }

  /** Its socket went away without bye: a ghost for the grace period, then it departs. */
  drop(participant: Participant<Conn>): void {
    participant.connection = undefined;
    if (this.graceMs === 0) {
      this.depart(participant);
      return;
    }
    this.cancelGrace(participant);
    this.graceTimers.set(
      participant,
      setTimeout(() => this.depart(participant), this.graceMs),
    );
  }

  /** The connections of every other participant of the room that has one (ghosts skipped). */
  liveOthers(room: string, id: string): Conn[] {
    const result: Conn[] = [];
    for (const other of this.rooms.others(room, id)) {
      if (other.connection !== undefined) result.push(other.connection);
    }
    return result;
  }

  /** The ids of every other participant of the room, ghosts included. */
  otherIds(room: string, id: string): string[] {
    return this.rooms.others(room, id).map((other) => other.id);
  }

  /** Cancels every pending departure (the server is shutting down). */
  clear(): void {
    for (const timer of this.graceTimers.values()) clearTimeout(timer);
    this.graceTimers.clear();
  }

  private depart(participant: Participant<Conn>): void {
    this.graceTimers.delete(participant);
    if (this.remove(participant)) this.onDeparted(participant);
  }

  private cancelGrace(participant: Participant<Conn>): void {
    const timer = this.graceTimers.get(participant);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.graceTimers.delete(participant);
  }
}
