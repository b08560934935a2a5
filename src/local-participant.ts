import { RtcError } from './errors.js';
import { captureLocalMedia, captureOne, type MediaRequest } from './media/local-media.js';
import { Participant } from './participant.js';
import type { ParticipantInfo, TrackSource } from './signaling/protocol.js';

/** @internal How the session hears about local changes it must pass on. */
export interface LocalParticipantWiring {
  /** A local track was started, replaced or stopped: publish it to everyone. */
  trackChanged(source: TrackSource, track: MediaStreamTrack | null, stream: MediaStream): Promise<void>;
  /** The name or a muted flag changed: announce it. */
  infoChanged(): void;
}

/** You: the person using this page, with the camera and microphone this page captured. */
export class LocalParticipant extends Participant {
  readonly isLocal = true;

  private selfId = '';
  private displayName: string;
  /** Serialises device changes so a fast on/off/on ends in the last state asked for. */
  private changes: Promise<unknown> = Promise.resolve();

  /** @internal Made by the session. */
  constructor(
    name: string,
    private readonly requests: { audio: MediaRequest; video: MediaRequest },
    private readonly wiring: LocalParticipantWiring,
  ) {
    super();
    this.displayName = name;
  }

  get id(): string {
    return this.selfId;
  }

  get name(): string {
    return this.displayName;
  }

  get microphoneMuted(): boolean {
    const track = this.trackMap.get('microphone');
    return !track || !track.enabled;
  }

  get cameraMuted(): boolean {
    return !this.trackMap.has('camera');
  }

  /**
   * Turns the microphone on or off. Off mutes at once (the track keeps running, so turning it
   * back on is instant); on opens the microphone if it is not open yet. Rejects with an
   * `RtcError` when the microphone cannot be opened.
   */
  setMicrophone(enabled: boolean): Promise<void> {
    return this.serialise(async () => {
      const track = this.trackMap.get('microphone');
      if (track) {
        if (track.enabled === enabled) return;
        track.enabled = enabled;
      } else {
        if (!enabled) return;
        await this.open('microphone', this.requests.audio || true);
      }
      this.changed();
    });
  }

  /**
   * Turns the camera on or off. Off stops the camera track, which releases the device (its
   * light goes out); on opens it again. Rejects with an `RtcError` when the camera cannot be opened.
   */
  setCamera(enabled: boolean): Promise<void> {
    return this.serialise(async () => {
      const track = this.trackMap.get('camera');
      if (enabled === Boolean(track)) return;
      if (enabled) {
        await this.open('camera', this.requests.video || true);
      } else if (track) {
        track.stop();
        this.setTrack('camera', null);
        await this.wiring.trackChanged('camera', null, this.cameraStream);
      }
      this.changed();
    });
  }

  /** @internal The id the room gave us. */
  assignId(id: string): void {
    this.selfId = id;
  }

  /** @internal Opens the devices asked for in the session options; resolves with what failed. */
  async start(): Promise<RtcError[]> {
    const { microphone, camera, errors } = await captureLocalMedia(this.requests.audio, this.requests.video);
    this.setTrack('microphone', microphone);
    this.setTrack('camera', camera);
    if (microphone || camera) this.emit('updated');
    return errors;
  }

  /** @internal Stops every track this participant opened. */
  stop(): void {
    for (const [source, track] of [...this.trackMap]) {
      track.stop();
      this.setTrack(source, null);
    }
    this.emit('updated');
  }

  /** @internal What this participant announces to the others. */
  info(): ParticipantInfo {
    return {
      name: this.displayName,
      microphoneMuted: this.microphoneMuted,
      cameraMuted: this.cameraMuted,
      streams: { [this.cameraStream.id]: 'camera' },
    };
  }

  private async open(device: 'camera' | 'microphone', request: MediaRequest): Promise<void> {
    const track = await captureOne(device, request);
    if (track instanceof RtcError) throw track;
    this.setTrack(device, track);
    await this.wiring.trackChanged(device, track, this.cameraStream);
  }

  private changed(): void {
    this.emit('updated');
    this.wiring.infoChanged();
  }

  private serialise(change: () => Promise<void>): Promise<void> {
    const next = this.changes.then(change);
    this.changes = next.catch(() => undefined);
    return next;
  }
}
