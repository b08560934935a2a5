/**
 * Who is in which room: members keyed by participant id, grouped by room name. A room exists
 * only while it has members, so a server that saw many rooms holds only the live ones.
 */
export class Rooms<Member> {
  private readonly rooms = new Map<string, Map<string, Member>>();

  /** The number of rooms that have at least one member. */
  get size(): number {
    return this.rooms.size;
  }

  add(room: string, id: string, member: Member): void {
    let members = this.rooms.get(room);
    if (!members) {
      members = new Map();
      this.rooms.set(room, members);
    }
    members.set(id, member);
  }

  /** Removes `id` from `room`; the room goes away with its last member. */
  remove(room: string, id: string): void {
    const members = this.rooms.get(room);
    if (!members) return;
    members.delete(id);
    if (members.size === 0) this.rooms.delete(room);
  }

  /** The number of members of `room` (0 when it does not exist). */
  count(room: string): number {
    return this.rooms.get(room)?.size ?? 0;
  }

  find(room: string, id: string): Member | undefined {
    return this.rooms.get(room)?.get(id);
  }

  /** Every member of `room` except `id`. */
  others(room: string, id: string): Member[] {
    const members = this.rooms.get(room);
    if (!members) return [];
    const result: Member[] = [];
    for (const [memberId, member] of members) {
      if (memberId !== id) result.push(member);
    }
    return result;
  }
}
