import { RtcError } from './errors.js';
import { DEFAULT_VIDEO, captureLocalMedia, captureOne, type MediaRequest } from './media/local-media.js';
import { captureScreen } from './media/screen-capture.js';
import { Participant } from './participant.js';
import type { ParticipantInfo, TrackSource } from './signaling/protocol.js';

/** @internal How the session hears about local changes it must pass on. */
export interface LocalParticipantWiring {
  /** A local track was started, replaced or stopped: publish it to everyone. */
  trackChanged(source: TrackSource, track: MediaStreamTrack | null, stream: MediaStream): Promise<void>;
  /** The name, a muted flag, the hand or the shared screen changed: announce it. */
  infoChanged(): void;
  /** A device in use went away by itself; the error says what the call fell back to. */
  deviceLost(error: RtcError): void;
}

type Device = 'camera' | 'microphone';

/** You: the person using this page, with the camera and microphone this page captured. */
export class LocalParticipant extends Participant {
  readonly isLocal = true;

  private selfId = '';
  private displayName: string;
  private hand = false;
  private readonly requests: Record<Device, MediaRequest>;
  /** Serialises device changes so a fast on/off/on ends in the last state asked for. */
  private changes: Promise<unknown> = Promise.resolve();

  /** @internal Made by the session. */
  constructor(
    name: string,
    requests: { audio: MediaRequest; video: MediaRequest },
    private readonly wiring: LocalParticipantWiring,
  ) {
    super();
    this.displayName = name;
    this.requests = { microphone: requests.audio, camera: requests.video };
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

  get handRaised(): boolean {
    return this.hand;
  }

  /** The camera in use, or the one chosen for when it is turned on (undefined: the default). */
  get cameraDeviceId(): string | undefined {
    return this.deviceIdOf('camera');
  }

  /** The microphone in use, or the one chosen for when it is turned on (undefined: the default). */
  get microphoneDeviceId(): string | undefined {
    return this.deviceIdOf('microphone');
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
        await this.open('microphone');
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
        await this.open('camera');
      } else if (track) {
        track.stop();
        this.setTrack('camera', null);
        await this.wiring.trackChanged('camera', null, this.cameraStream);
      }
      this.changed();
    });
  }

  /**
   * Uses another camera (a `deviceId` from `session.devices.cameras`). Mid-call the new
   * picture replaces the old one without renegotiating; with the camera off, it is the one
   * turned on next. Rejects with an `RtcError` when it cannot be opened (the old one stays).
   */
  setCameraDevice(deviceId: string): Promise<void> {
    return this.switchDevice('camera', deviceId);
  }

  /**
   * Uses another microphone (a `deviceId` from `session.devices.microphones`), keeping the
   * muted state. Rejects with an `RtcError` when it cannot be opened (the old one stays).
   */
  setMicrophoneDevice(deviceId: string): Promise<void> {
    return this.switchDevice('microphone', deviceId);
  }

  /** Raises or lowers your hand; everyone sees it. */
  setHandRaised(raised: boolean): void {
    if (raised === this.hand) return;
    this.hand = raised;
    this.changed();
  }

  /** @internal The id the room gave us. */
  assignId(id: string): void {
    this.selfId = id;
  }

  /** @internal Opens the devices asked for in the session options; resolves with what failed. */
  async start(): Promise<RtcError[]> {
    const { microphone, camera, errors } = await captureLocalMedia(
      this.requests.microphone,
      this.requests.camera,
    );
    this.putDevice('microphone', microphone);
    this.putDevice('camera', camera);
    if (microphone || camera) this.emit('updated');
    return errors;
  }

  /** @internal Stops every track this participant opened. */
  stop(): void {
    for (const [source, track] of [...this.trackMap]) {
      track.stop();
      this.setTrack(source, null);
    }
    this.hand = false;
    this.emit('updated');
  }

  /** @internal Asks for a screen to share and publishes it beside the camera. */
  shareScreen(audio: boolean): Promise<void> {
    return this.serialise(async () => {
      if (this.screenSharing) return;
      const { video, audio: sound } = await captureScreen(audio);
      // Text and lines stay sharp at the cost of frame rate.
      if ('contentHint' in video) video.contentHint = 'detail';
      // The browser's own "stop sharing" bar ends the track.
      video.addEventListener('ended', () => void this.stopScreenShare(), { once: true });
      this.setTrack('screen', video);
      this.setTrack('screen-audio', sound);
      await this.wiring.trackChanged('screen', video, this.screenStream);
      if (sound) await this.wiring.trackChanged('screen-audio', sound, this.screenStream);
      this.changed();
    });
  }

  /** @internal Stops sharing the screen. */
  stopScreenShare(): Promise<void> {
    return this.serialise(async () => {
      if (!this.screenSharing) return;
      for (const source of ['screen', 'screen-audio'] as const) {
        const track = this.trackMap.get(source);
        if (!track) continue;
        track.stop();
        this.setTrack(source, null);
        await this.wiring.trackChanged(source, null, this.screenStream);
      }
      this.changed();
    });
  }

  /** @internal What this participant announces to the others. */
  info(): ParticipantInfo {
    const info: ParticipantInfo = {
      name: this.displayName,
      microphoneMuted: this.microphoneMuted,
      cameraMuted: this.cameraMuted,
      streams: { [this.cameraStream.id]: 'camera' },
    };
    if (this.screenSharing) info.streams[this.screenStream.id] = 'screen';
    if (this.hand) info.handRaised = true;
    return info;
  }

  private switchDevice(device: Device, deviceId: string): Promise<void> {
    return this.serialise(async () => {
      const chosen = { ...constraintsOf(device, this.requests[device]), deviceId: { exact: deviceId } };
      const current = this.trackMap.get(device);
      if (current && current.getSettings().deviceId !== deviceId) {
        const track = await captureOne(device, chosen);
        if (track instanceof RtcError) throw track;
        await this.replace(device, track);
      }
      this.requests[device] = chosen;
      this.emit('updated');
    });
  }

  /** Opens `device` as last asked for and publishes it. */
  private async open(device: Device): Promise<void> {
    const track = await captureOne(device, this.requests[device] || true);
    if (track instanceof RtcError) throw track;
    this.putDevice(device, track);
    await this.wiring.trackChanged(device, track, this.cameraStream);
  }

  /** Publishes `track` in place of the device's current one, then stops the old one. */
  private async replace(device: Device, track: MediaStreamTrack): Promise<void> {
    const previous = this.trackMap.get(device);
    if (previous) track.enabled = previous.enabled;
    this.putDevice(device, track);
    await this.wiring.trackChanged(device, track, this.cameraStream);
    previous?.stop();
  }

  /** Sets a camera or microphone track, watching for the device going away. */
  private putDevice(device: Device, track: MediaStreamTrack | null): void {
    this.setTrack(device, track);
    track?.addEventListener('ended', () => this.handleDeviceEnded(device, track), { once: true });
  }

  /**
   * A device ended by itself (unplugged, or taken by the system; our own `stop()` fires no
   * `ended`): fall back to the default device, or go on without one, and say so.
   */
  private handleDeviceEnded(device: Device, lost: MediaStreamTrack): void {
    void this.serialise(async () => {
      if (this.trackMap.get(device) !== lost) return;
      const anyDevice = { ...constraintsOf(device, this.requests[device]) };
      delete anyDevice.deviceId;
      this.requests[device] = anyDevice;
      const replacement = await captureOne(device, anyDevice);
      const name = lost.label || `the ${device}`;
      if (replacement instanceof RtcError) {
        lost.stop();
        this.setTrack(device, null);
        await this.wiring.trackChanged(device, null, this.cameraStream);
        this.changed();
        this.wiring.deviceLost(
          new RtcError('device-lost', `${name} was disconnected; the call goes on without a ${device}`, {
            cause: replacement,
            device,
          }),
        );
        return;
      }
      await this.replace(device, replacement);
      this.changed();
      this.wiring.deviceLost(
        new RtcError('device-lost', `${name} was disconnected; now using ${replacement.label || 'another'}`, {
          device,
        }),
      );
    });
  }

  private deviceIdOf(device: Device): string | undefined {
    const track = this.trackMap.get(device);
    if (track) return track.getSettings().deviceId;
    const request = this.requests[device];
    const chosen = typeof request === 'object' ? request.deviceId : undefined;
    if (typeof chosen === 'string') return chosen;
    if (chosen && typeof chosen === 'object' && !Array.isArray(chosen)) {
      const exact = chosen.exact ?? chosen.ideal;
      return typeof exact === 'string' ? exact : undefined;
    }
    return undefined;
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

/** The constraints a request stands for, as an object that a device choice can be added to. */
function constraintsOf(device: Device, request: MediaRequest): MediaTrackConstraints {
  if (typeof request === 'object') return request;
  return device === 'camera' ? DEFAULT_VIDEO : {};
}
