import { EventEmitter } from 'eventemitter3';

/** One camera, microphone or speaker the browser reports. */
export interface MediaDevice {
  /** Pass it to `setCameraDevice`, `setMicrophoneDevice` or `session.setSpeaker`. */
  deviceId: string;
  /** The name to show; browsers give it only once a camera or microphone was allowed. */
  label: string;
  kind: 'camera' | 'microphone' | 'speaker';
}

export interface DeviceListEvents {
  /** A device was plugged in or out, or labels became known. */
  changed: () => void;
}

const KINDS: Partial<Record<MediaDeviceKind, MediaDevice['kind']>> = {
  videoinput: 'camera',
  audioinput: 'microphone',
  audiooutput: 'speaker',
};

/**
 * The cameras, microphones and speakers this browser has (`session.devices`), kept current
 * while the session is joined by following `devicechange`. Before joining, call `refresh()`.
 */
export class DeviceList extends EventEmitter<DeviceListEvents, never> {
  private all: MediaDevice[] = [];
  private following = false;

  get cameras(): readonly MediaDevice[] {
    return this.all.filter((device) => device.kind === 'camera');
  }

  get microphones(): readonly MediaDevice[] {
    return this.all.filter((device) => device.kind === 'microphone');
  }

  /** Audio outputs; empty where the browser cannot choose one (`setSinkId` is missing). */
  get speakers(): readonly MediaDevice[] {
    return this.all.filter((device) => device.kind === 'speaker');
  }

  /** Asks the browser for the devices again; resolves once the lists are current. */
  async refresh(): Promise<void> {
    const media = globalThis.navigator?.mediaDevices;
    if (!media?.enumerateDevices) return;
    const found = await media.enumerateDevices();
    const counts = { camera: 0, microphone: 0, speaker: 0 };
    const next: MediaDevice[] = [];
    for (const info of found) {
      const kind = KINDS[info.kind];
      // Without a permission browsers list anonymous placeholders: nothing to choose between.
      if (!kind || !info.deviceId) continue;
      counts[kind] += 1;
      next.push({ deviceId: info.deviceId, label: info.label || `${kind} ${counts[kind]}`, kind });
    }
    if (JSON.stringify(next) === JSON.stringify(this.all)) return;
    this.all = next;
    this.emit('changed');
  }

  /** @internal Starts or stops following `devicechange`. */
  follow(on: boolean): void {
    const media = globalThis.navigator?.mediaDevices;
    if (!media || on === this.following) return;
    this.following = on;
    if (on) media.addEventListener('devicechange', this.handleDeviceChange);
    else media.removeEventListener('devicechange', this.handleDeviceChange);
  }

  private readonly handleDeviceChange = (): void => {
    void this.refresh();
  };
}
