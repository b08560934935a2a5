export interface TypingTrackerOptions {
  /** Tell everyone whether we are typing. */
  broadcast: (typing: boolean) => void;
  /** Someone else started or stopped typing. */
  changed: (participantId: string, typing: boolean) => void;
}

/** While typing, "typing" is said again this often, so a newcomer or a lost message catches up. */
const REFRESH_MS = 3000;
/** Our own "typing" lapses after this long without a keystroke. */
const IDLE_MS = 5000;
/** Someone else's "typing" lapses after this long without a refresh (they may have vanished). */
const EXPIRE_MS = REFRESH_MS * 2;

/** Who is typing: ours (announced, refreshed, lapsing) and the others' (expiring). */
export class TypingTracker {
  readonly typing = new Set<string>();
  private selfTyping = false;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly expiry = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly options: TypingTrackerOptions) {}

  get active(): boolean {
    return this.selfTyping;
  }

  set(typing: boolean): void {
    if (!typing) return this.stop();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
    if (this.selfTyping) return;
    this.selfTyping = true;
    this.options.broadcast(true);
    this.refreshTimer = setInterval(() => this.options.broadcast(true), REFRESH_MS);
  }

  stop(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.refreshTimer);
    if (!this.selfTyping) return;
    this.selfTyping = false;
    this.options.broadcast(false);
  }

  heard(participantId: string, typing: boolean): void {
    clearTimeout(this.expiry.get(participantId));
    this.expiry.delete(participantId);
    if (typing)
      this.expiry.set(
        participantId,
        setTimeout(() => this.heard(participantId, false), EXPIRE_MS),
      );
    if (this.typing.has(participantId) === typing) return;
    if (typing) this.typing.add(participantId);
    else this.typing.delete(participantId);
    this.options.changed(participantId, typing);
  }

  forget(participantId: string): void {
    this.heard(participantId, false);
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.refreshTimer);
    for (const timer of this.expiry.values()) clearTimeout(timer);
    this.expiry.clear();
  }
}
