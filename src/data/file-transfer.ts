import { EventEmitter } from 'eventemitter3';
import type { RtcError } from '../errors.js';

/**
 * Where a transfer is: `offered` (waiting for the receiver to accept), `transferring`, then
 * one of `completed`, `declined`, `cancelled`, `failed`.
 */
export type FileTransferState =
  'offered' | 'transferring' | 'completed' | 'declined' | 'cancelled' | 'failed';

export interface FileTransferEvents {
  /** The state or the progress changed. Read the getters for the new values. */
  updated: () => void;
}

/** @internal What a transfer asks its manager to do. */
export interface FileTransferActions {
  accept(transfer: FileTransfer): void;
  decline(transfer: FileTransfer): void;
  cancel(transfer: FileTransfer): void;
}

const FINISHED: readonly FileTransferState[] = ['completed', 'declined', 'cancelled', 'failed'];

/**
 * One file going to, or coming from, one participant. A file sent to everyone makes one
 * transfer per recipient.
 */
export class FileTransfer extends EventEmitter<FileTransferEvents, never> {
  /** When it was offered (or the offer arrived), in milliseconds since the epoch, by this clock. */
  readonly createdAt = Date.now();

  private current: FileTransferState;
  private done = 0;
  private problem: RtcError | undefined;
  private received: Blob | undefined;
  private image: string | undefined;

  /** @internal Made by the file manager. */
  constructor(
    /** Unique per transfer. */
    readonly id: string,
    /** `outgoing`: you send it; `incoming`: someone sends it to you. */
    readonly direction: 'outgoing' | 'incoming',
    /** The other participant's id. */
    readonly peerId: string,
    /** The file name, made safe (no path separators or control characters). */
    readonly name: string,
    /** The size in bytes, as offered. */
    readonly size: number,
    state: FileTransferState,
    private readonly actions: FileTransferActions,
  ) {
    super();
    this.current = state;
  }

  get state(): FileTransferState {
    return this.current;
  }

  /** Bytes sent or received so far. */
  get bytes(): number {
    return this.done;
  }

  /** From 0 to 1. */
  get progress(): number {
    return this.size === 0 ? (this.current === 'completed' ? 1 : 0) : this.done / this.size;
  }

  /** Why it failed or was declined, in words and with a stable code. */
  get error(): RtcError | undefined {
    return this.problem;
  }

  /** The received file, once an incoming transfer completed (typed only when it is a known image). */
  get blob(): Blob | undefined {
    return this.received;
  }

  /** `image/png`, `image/jpeg`, `image/gif` or `image/webp` when the received bytes are that image. */
  get imageType(): string | undefined {
    return this.image;
  }

  /** Whether it ended (completed, declined, cancelled or failed). */
  get finished(): boolean {
    return FINISHED.includes(this.current);
  }

  /** Accepts an offered incoming file: the transfer starts. */
  accept(): void {
    if (this.direction === 'incoming' && this.current === 'offered') this.actions.accept(this);
  }

  /** Declines an offered incoming file. */
  decline(): void {
    if (this.direction === 'incoming' && this.current === 'offered') this.actions.decline(this);
  }

  /** Stops the transfer, from either side; what was received so far is dropped. */
  cancel(): void {
    if (!this.finished) this.actions.cancel(this);
  }

  /** @internal */
  update(changes: {
    state?: FileTransferState;
    bytes?: number;
    error?: RtcError;
    blob?: Blob;
    imageType?: string;
  }): void {
    if (this.finished) return;
    if (changes.state) this.current = changes.state;
    if (changes.bytes !== undefined) this.done = changes.bytes;
    if (changes.error) this.problem = changes.error;
    if (changes.blob) this.received = changes.blob;
    if (changes.imageType) this.image = changes.imageType;
    this.emit('updated');
  }
}
