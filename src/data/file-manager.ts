import { RtcError } from '../errors.js';
import { createId } from '../internal/ids.js';
import type { Logger } from '../logger.js';
import type { ChannelData } from '../transport/transport.js';
import { safeFileName, sniffImageType } from './file-safety.js';
import { FileTransfer } from './file-transfer.js';
import {
  decodeChunk,
  decodeFileWire,
  encodeChunk,
  encodeFileWire,
  sha256Hex,
  type FileWire,
} from './file-wire.js';

/** Files sent directly between participants (`session.files`). */
export interface Files {
  /** Every transfer of this call, in and out, oldest first (until `remove`d). */
  readonly transfers: readonly FileTransfer[];
  /** The largest file this side sends or accepts, in bytes. */
  readonly maxFileBytes: number;
  /**
   * Offers a file to everyone (one transfer each), or with `to` to one participant. Each
   * recipient accepts or declines before any byte is sent. Throws `invalid-options` when the
   * file is over `maxFileBytes`, nobody is there to send to, or `to` is unknown.
   */
  send(file: Blob, options?: { to?: string; name?: string }): FileTransfer[];
  /** Forgets a transfer (cancelling it first if it is still going) and releases its file. */
  remove(transfer: FileTransfer): void;
}

export interface FileManagerOptions {
  peers: () => Iterable<string>;
  isPeer: (participantId: string) => boolean;
  nameOf: (participantId: string) => string | undefined;
  /** Sends on the files channel; false when it is not open. */
  sendTo: (participantId: string, data: ChannelData) => boolean;
  /** See `Transport.whenWritable`, for the files channel. */
  whenWritable: (participantId: string, maxBuffered: number) => Promise<boolean>;
  maxMessageSize: (participantId: string) => number;
  maxFileBytes: number;
  /** A transfer was offered to us, or we offered one. */
  added: (transfer: FileTransfer) => void;
  rejected: (error: RtcError) => void;
  logger: Logger;
}

interface Outgoing {
  transfer: FileTransfer;
  file: Blob;
  n: number;
  sha256: Promise<string>;
  mime: string;
}

interface Incoming {
  transfer: FileTransfer;
  n: number;
  /** Arrives after the last chunk. */
  sha256?: string;
  /** The file's bytes, written in place as chunks arrive (allocated on accept). */
  buffer: Uint8Array<ArrayBuffer> | undefined;
}

/** Chunks are at most this large (and within the connection's max-message-size). */
const CHUNK_BYTES = 64 * 1024;
/** Sending waits while the channel's buffer holds more than this: backpressure. */
const HIGH_WATER = 1024 * 1024;
/** The file is read in blocks this large (reading many small slices of a Blob is slow). */
const READ_BYTES = 1024 * 1024;

/**
 * File transfers over one reliable, ordered channel per peer: offer (with SHA-256), accept or
 * decline, chunks with backpressure, integrity check at the receiver, cancel from either side.
 */
export class FileManager implements Files {
  private readonly all: FileTransfer[] = [];
  private readonly outgoing = new Map<string, Outgoing>();
  private readonly incoming = new Map<string, Incoming>();
  /** Offers waiting for the channel to a participant to open. */
  private readonly pendingOffers = new Map<string, string[]>();
  private nextNumber = 1;
  private readonly lastReport = new Map<string, number>();
  private readonly actions = {
    accept: (transfer: FileTransfer) => this.accept(transfer),
    decline: (transfer: FileTransfer) => this.decline(transfer),
    cancel: (transfer: FileTransfer) => this.cancel(transfer),
  };

  constructor(private readonly options: FileManagerOptions) {}

  get transfers(): readonly FileTransfer[] {
    return this.all;
  }

  get maxFileBytes(): number {
    return this.options.maxFileBytes;
  }

  send(file: Blob, { to, name }: { to?: string; name?: string } = {}): FileTransfer[] {
    if (file.size > this.options.maxFileBytes) {
      throw new RtcError(
        'invalid-options',
        `The file is larger than the limit of ${this.options.maxFileBytes} bytes`,
      );
    }
    if (to !== undefined && !this.options.isPeer(to))
      throw new RtcError('invalid-options', `No participant ${to}`);
    const recipients = to === undefined ? [...this.options.peers()] : [to];
    if (recipients.length === 0)
      throw new RtcError('invalid-options', 'Nobody is in the room to send the file to');
    const fileName = safeFileName(name ?? (file instanceof File ? file.name : '') ?? '');
    // One hash for every recipient, computed while the offers wait and the chunks flow; it
    // follows the last chunk. The file is read again, block by block, as it is sent.
    const sha256 = file.arrayBuffer().then(sha256Hex);
    sha256.catch(() => undefined);
    return recipients.map((peer) => {
      const transfer = new FileTransfer(
        createId(),
        'outgoing',
        peer,
        fileName,
        file.size,
        'offered',
        this.actions,
      );
      const out: Outgoing = { transfer, file, n: this.nextNumber++, sha256, mime: file.type.slice(0, 256) };
      this.outgoing.set(transfer.id, out);
      this.track(transfer);
      this.offer(out);
      return transfer;
    });
  }

  remove(transfer: FileTransfer): void {
    transfer.cancel();
    const index = this.all.indexOf(transfer);
    if (index >= 0) this.all.splice(index, 1);
    this.outgoing.delete(transfer.id);
    this.incoming.delete(transfer.id);
    transfer.removeAllListeners();
  }

  /** @internal Something arrived on the files channel from `peer`. */
  handleData(peer: string, data: ChannelData): void {
    if (typeof data !== 'string') return this.handleChunk(peer, data);
    const wire = decodeFileWire(data);
    if (!wire) return this.report(peer, 'a malformed file message');
    if (wire.type === 'offer') return this.handleOffer(peer, wire);
    const out = this.outgoing.get(wire.id);
    const into = this.incoming.get(wire.id);
    const transfer = out?.transfer ?? into?.transfer;
    if (!transfer || transfer.peerId !== peer || transfer.finished) return;
    if (out) this.handleReply(out, wire);
    else if (wire.type === 'cancel') this.stop(transfer, 'cancelled');
    else if (wire.type === 'digest' && into && into.sha256 === undefined) {
      into.sha256 = wire.sha256;
      if (transfer.bytes === transfer.size && transfer.state === 'transferring')
        void this.finishIncoming(into);
    }
  }

  /** @internal The files channel to `peer` opened: send the offers that waited for it. */
  handleChannelOpened(peer: string): void {
    const offers = this.pendingOffers.get(peer) ?? [];
    this.pendingOffers.delete(peer);
    for (const offer of offers) this.options.sendTo(peer, offer);
  }

  /** @internal `peer` left, or the channel to them closed: their transfers cannot finish. */
  handlePeerGone(peer: string): void {
    this.pendingOffers.delete(peer);
    const name = this.options.nameOf(peer) || 'The other participant';
    for (const transfer of this.all) {
      if (transfer.peerId === peer && !transfer.finished) {
        this.fail(transfer, `${name} left before the transfer finished`);
      }
    }
  }

  /** @internal Cancels everything (the session is leaving). */
  dispose(): void {
    for (const transfer of this.all) if (!transfer.finished) this.stop(transfer, 'cancelled');
  }

  private offer(out: Outgoing): void {
    const { transfer } = out;
    // A listener of the added event may have cancelled it already.
    if (transfer.finished) return;
    const offer = encodeFileWire({
      type: 'offer',
      id: transfer.id,
      n: out.n,
      name: transfer.name,
      size: transfer.size,
      mime: out.mime,
    });
    if (!this.options.sendTo(transfer.peerId, offer)) {
      const queue = this.pendingOffers.get(transfer.peerId) ?? [];
      queue.push(offer);
      this.pendingOffers.set(transfer.peerId, queue);
    }
  }

  private handleReply(out: Outgoing, wire: Exclude<FileWire, { type: 'offer' }>): void {
    const { transfer } = out;
    switch (wire.type) {
      case 'accept':
        if (transfer.state === 'offered') {
          transfer.update({ state: 'transferring' });
          void this.stream(out);
        }
        return;
      case 'decline':
        transfer.update({
          state: 'declined',
          error: new RtcError(
            'transfer-failed',
            wire.reason === 'too-large'
              ? 'The file is larger than the receiver accepts'
              : 'The file was declined',
          ),
        });
        return this.release(transfer);
      case 'cancel':
        return this.stop(transfer, 'cancelled');
      case 'complete':
        transfer.update({ state: 'completed', bytes: transfer.size });
        return this.release(transfer);
      case 'failed':
        return this.fail(transfer, 'The file arrived damaged (its SHA-256 did not match)');
    }
  }

  private handleOffer(peer: string, wire: Extract<FileWire, { type: 'offer' }>): void {
    if (this.incoming.has(wire.id) || this.outgoing.has(wire.id))
      return this.report(peer, 'a repeated file offer');
    const name = safeFileName(wire.name);
    const transfer = new FileTransfer(wire.id, 'incoming', peer, name, wire.size, 'offered', this.actions);
    if (wire.size > this.options.maxFileBytes) {
      this.options.sendTo(peer, encodeFileWire({ type: 'decline', id: wire.id, reason: 'too-large' }));
      transfer.update({
        state: 'declined',
        error: new RtcError(
          'transfer-failed',
          `${name} is larger than the limit of ${this.options.maxFileBytes} bytes`,
        ),
      });
    } else {
      this.incoming.set(wire.id, { transfer, n: wire.n, buffer: undefined });
    }
    // Announced last: a listener may accept it at once.
    this.track(transfer);
  }

  private accept(transfer: FileTransfer): void {
    const into = this.incoming.get(transfer.id);
    // One buffer of the offered size (at most maxFileBytes), filled in place: no copies at the end.
    if (into) into.buffer = new Uint8Array(transfer.size);
    transfer.update({ state: 'transferring' });
    this.options.sendTo(transfer.peerId, encodeFileWire({ type: 'accept', id: transfer.id }));
  }

  private decline(transfer: FileTransfer): void {
    this.options.sendTo(
      transfer.peerId,
      encodeFileWire({ type: 'decline', id: transfer.id, reason: 'declined' }),
    );
    transfer.update({ state: 'declined' });
    this.release(transfer);
  }

  private cancel(transfer: FileTransfer): void {
    this.options.sendTo(transfer.peerId, encodeFileWire({ type: 'cancel', id: transfer.id }));
    this.stop(transfer, 'cancelled');
  }

  /** Sends the chunks, never letting the channel buffer grow past HIGH_WATER. */
  private async stream(out: Outgoing): Promise<void> {
    const { transfer, file, n } = out;
    const peer = transfer.peerId;
    const chunkBytes = Math.min(this.options.maxMessageSize(peer), CHUNK_BYTES) - 4;
    let offset = 0;
    try {
      while (offset < file.size) {
        const block = new Uint8Array(await file.slice(offset, offset + READ_BYTES).arrayBuffer());
        for (let at = 0; at < block.byteLength; at += chunkBytes) {
          if (!(await this.options.whenWritable(peer, HIGH_WATER))) {
            return this.fail(transfer, 'The connection closed during the transfer');
          }
          if (transfer.finished) return;
          const chunk = block.subarray(at, at + chunkBytes);
          if (!this.options.sendTo(peer, encodeChunk(n, chunk))) {
            return this.fail(transfer, 'The connection closed during the transfer');
          }
          offset += chunk.byteLength;
          transfer.update({ bytes: offset });
        }
      }
      const sha256 = await out.sha256;
      if (!transfer.finished)
        this.options.sendTo(peer, encodeFileWire({ type: 'digest', id: transfer.id, sha256 }));
    } catch (cause) {
      this.fail(transfer, 'The file could not be read', cause);
    }
    // Now the receiver checks the SHA-256 and answers complete or failed.
  }

  private handleChunk(peer: string, frame: ArrayBuffer): void {
    const chunk = decodeChunk(frame);
    const into =
      chunk &&
      [...this.incoming.values()].find((entry) => entry.n === chunk.n && entry.transfer.peerId === peer);
    if (!chunk || !into || into.transfer.state !== 'transferring') {
      return this.report(peer, 'file data for no transfer it offered and we accepted');
    }
    const bytes = into.transfer.bytes + chunk.bytes.byteLength;
    if (bytes > into.transfer.size) {
      this.options.sendTo(peer, encodeFileWire({ type: 'cancel', id: into.transfer.id }));
      return this.fail(into.transfer, 'More data arrived than the file size offered');
    }
    into.buffer?.set(chunk.bytes, into.transfer.bytes);
    into.transfer.update({ bytes });
    if (bytes === into.transfer.size && into.sha256 !== undefined) void this.finishIncoming(into);
  }

  private async finishIncoming(into: Incoming): Promise<void> {
    const { transfer } = into;
    const buffer = into.buffer?.buffer ?? new ArrayBuffer(0);
    into.buffer = undefined;
    if ((await sha256Hex(buffer)) !== into.sha256) {
      this.options.sendTo(transfer.peerId, encodeFileWire({ type: 'failed', id: transfer.id }));
      return this.fail(transfer, 'The file arrived damaged (its SHA-256 did not match); it was dropped');
    }
    // The sender's type is never used: a peer-chosen text/html blob opened from our origin
    // would run in it. Known images get their real type, everything else is opaque bytes.
    const imageType = sniffImageType(new Uint8Array(buffer, 0, Math.min(16, buffer.byteLength)));
    const blob = new Blob([buffer], { type: imageType ?? 'application/octet-stream' });
    this.options.sendTo(transfer.peerId, encodeFileWire({ type: 'complete', id: transfer.id }));
    transfer.update({ state: 'completed', blob, ...(imageType ? { imageType } : {}) });
    this.incoming.delete(transfer.id);
  }

  private stop(transfer: FileTransfer, state: 'cancelled'): void {
    transfer.update({ state });
    this.release(transfer);
  }

  private fail(transfer: FileTransfer, message: string, cause?: unknown): void {
    if (transfer.finished) return;
    transfer.update({ state: 'failed', error: new RtcError('transfer-failed', message, { cause }) });
    this.release(transfer);
  }

  /** Drops the bytes a finished transfer held. */
  private release(transfer: FileTransfer): void {
    const into = this.incoming.get(transfer.id);
    if (into) into.buffer = undefined;
    this.incoming.delete(transfer.id);
    this.outgoing.delete(transfer.id);
  }

  /** @internal Bytes held for unfinished incoming transfers (for tests of memory release). */
  get heldBytes(): number {
    let held = 0;
    for (const into of this.incoming.values()) held += into.buffer ? into.transfer.bytes : 0;
    return held;
  }

  private track(transfer: FileTransfer): void {
    this.all.push(transfer);
    this.options.added(transfer);
  }

  /** Says at most once a second per peer that it sent something unusable. */
  private report(peer: string, what: string): void {
    const now = performance.now();
    if (now - (this.lastReport.get(peer) ?? -Infinity) < 1000) return;
    this.lastReport.set(peer, now);
    this.options.rejected(new RtcError('bad-message', `${peer} sent ${what}; it was dropped`));
  }
}
