import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AudioLevelMeter, DeviceList, type MediaDevice } from '../../src/index.js';
import {
  RtcPrejoinJoinEvent,
  type PrejoinChoice,
  type PrejoinSessionOptions,
} from '../events/prejoin-join.js';
import { RtcElement } from '../internal/rtc-element.js';
import { StringsController } from '../internal/strings-controller.js';
import { styles } from './prejoin.styles.js';
import { openPreviewTrack, PREVIEW_VIDEO, type PreviewDevice } from './preview-device.js';
import { readChoices, writeChoices } from './remembered-choices.js';

/** The longest name the core accepts. */
const MAX_NAME = 64;

/** The parts of this element, for a container to export (`exportparts`) under a prefix. */
export const PREJOIN_PARTS = [
  'base',
  'heading',
  'preview',
  'video',
  'camera-off',
  'meter',
  'meter-bar',
  'toggles',
  'camera-toggle',
  'microphone-toggle',
  'camera-select',
  'microphone-select',
  'name-input',
  'error',
  'join-button',
] as const;

/**
 * The screen before a call: a mirrored preview of your camera, camera and microphone on/off
 * toggles, a choice of camera and microphone, your name, a live microphone level meter and a
 * Join button. Pressing Join fires `rtc-prejoin-join` with the choices and releases the camera
 * and microphone (or, when a listener calls `event.waitUntil(session.join())`, once that join
 * has opened its own); `RtcPrejoin.sessionOptions(event.detail)` turns the choices into
 * `SessionOptions` fields.
 *
 * A device that cannot be opened (access blocked, none plugged in, in use) is turned off and
 * the reason is shown in words. The choices (name, devices, on/off) are remembered in
 * `localStorage` under `rtc-elements:prejoin` when Join is pressed, and restored next time;
 * `no-remember` turns that off. The preview runs only while the element is in the document
 * and not `hidden`.
 *
 * @tag rtc-prejoin
 * @summary Camera preview, device choice, name and Join, before a call.
 *
 * @slot - Extra content under the heading (such as the room's name).
 *
 * @csspart base - The whole panel (a `section`).
 * @csspart heading - The "Get ready to join" heading.
 * @csspart preview - The box holding the camera preview.
 * @csspart video - The mirrored camera preview (`<video>`).
 * @csspart camera-off - The text shown in the preview while the camera is off.
 * @csspart meter - The microphone level meter (`role="meter"`).
 * @csspart meter-bar - The filled part of the level meter.
 * @csspart toggles - The row of the camera and microphone toggles.
 * @csspart camera-toggle - Turns the camera on or off (`aria-pressed`).
 * @csspart microphone-toggle - Turns the microphone on or off (`aria-pressed`).
 * @csspart camera-select - The camera choice (`<select>`).
 * @csspart microphone-select - The microphone choice (`<select>`).
 * @csspart name-input - The name input.
 * @csspart error - Why a device is off (access blocked, none found, …).
 * @csspart join-button - The Join button.
 *
 * @cssproperty [--rtc-prejoin-max-width=32rem] - The panel's largest width.
 * @cssproperty --rtc-color-accent - Shared token: the Join button, toggles that are on, the level meter, the focus ring.
 * @cssproperty --rtc-color-surface - Shared token: the panel's background.
 * @cssproperty --rtc-color-media - Shared token: behind the camera preview.
 * @cssproperty --rtc-color-border - Shared token: borders of inputs and toggles.
 * @cssproperty --rtc-color-danger - Shared token: error text.
 *
 * @cssstate camera-on - The camera is on.
 * @cssstate microphone-on - The microphone is on.
 *
 * @fires {RtcPrejoinJoinEvent} rtc-prejoin-join - Join was pressed. The detail holds the name and the `audio` and `video` requests; `waitUntil(session.join())` keeps the preview's devices open until the session has its own.
 */
export class RtcPrejoin extends RtcElement {
  private readonly text = new StringsController(this);
  static override styles = [...RtcElement.styles, styles];

  private readonly internals = this.attachInternals();
  private readonly deviceList = new DeviceList();
  private readonly tracks: Partial<Record<PreviewDevice, MediaStreamTrack>> = {};
  /** Counts each device's opens, so a slow open that was overtaken is dropped. */
  private readonly opens: Record<PreviewDevice, number> = { camera: 0, microphone: 0 };
  private meter: AudioLevelMeter | undefined;
  private frame = 0;
  private running = false;
  /** Set by Join: the preview stays off until the element is hidden or removed and shown again. */
  private released = false;
  private restored = false;

  @query('[part~="meter"]') private readonly meterElement!: HTMLElement;

  @state() private cameraOn = true;
  @state() private microphoneOn = true;
  @state() private cameraId = '';
  @state() private microphoneId = '';
  @state() private cameraStream: MediaStream | null = null;
  @state() private errors: Partial<Record<PreviewDevice, string>> = {};
  @state() private cameras: readonly MediaDevice[] = [];
  @state() private microphones: readonly MediaDevice[] = [];

  /** The name to start with (attribute `name`); a remembered name is used when it is empty. The input's value after that. */
  @property() name = '';

  /** `off` starts with the camera off, whatever was remembered (`<rtc-room video="off">` sets it). */
  @property() video: 'on' | 'off' = 'on';

  /** `off` starts with the microphone off, whatever was remembered (`<rtc-room audio="off">` sets it). */
  @property() audio: 'on' | 'off' = 'on';

  /** Do not read or write the remembered choices in localStorage (attribute `no-remember`). */
  @property({ type: Boolean, attribute: 'no-remember' }) noRemember = false;

  /** Hides the element and stops the preview (the camera and microphone are released). */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  /** The `SessionOptions` fields (`name`, `audio`, `video`) that a `rtc-prejoin-join` detail asks for. */
  static sessionOptions(choice: PrejoinChoice): PrejoinSessionOptions {
    return { name: choice.name.trim(), audio: choice.audio, video: choice.video };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.restored) this.restore();
    this.deviceList.on('changed', this.handleDevicesChanged);
    navigator.mediaDevices?.addEventListener('devicechange', this.handleDeviceChange);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.deviceList.off('changed', this.handleDevicesChanged);
    navigator.mediaDevices?.removeEventListener('devicechange', this.handleDeviceChange);
    this.stopPreview();
    this.released = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('hidden') && this.hidden) this.released = false;
    const shouldRun = this.isConnected && !this.hidden && !this.released;
    if (shouldRun && !this.running) this.startPreview();
    if (!shouldRun && this.running) this.stopPreview();
    this.setState('camera-on', this.cameraOn);
    this.setState('microphone-on', this.microphoneOn);
  }

  private restore(): void {
    this.restored = true;
    const remembered = this.noRemember ? {} : readChoices();
    if (!this.name && remembered.name) this.name = remembered.name.slice(0, MAX_NAME);
    this.cameraId = remembered.cameraId ?? '';
    this.microphoneId = remembered.microphoneId ?? '';
    this.cameraOn = this.video !== 'off' && (remembered.cameraOn ?? true);
    this.microphoneOn = this.audio !== 'off' && (remembered.microphoneOn ?? true);
  }

  private startPreview(): void {
    this.running = true;
    if (this.cameraOn) void this.open('camera');
    if (this.microphoneOn) void this.open('microphone');
    // Without a permission yet the list is anonymous; it fills in once a device is open.
    void this.deviceList.refresh();
  }

  private stopPreview(): void {
    this.running = false;
    this.close('camera');
    this.close('microphone');
  }

  /** Opens (or reopens, on another device) one device's preview track. */
  private async open(device: PreviewDevice): Promise<void> {
    const attempt = ++this.opens[device];
    this.closeTrack(device);
    let track: MediaStreamTrack;
    try {
      track = await openPreviewTrack(device, device === 'camera' ? this.cameraId : this.microphoneId);
    } catch (error) {
      if (attempt !== this.opens[device]) return;
      // Never silent: the device is turned off and the reason shown.
      this.errors = {
        ...this.errors,
        [device]: this.text.strings.previewError(device, (error as Error).name),
      };
      if (device === 'camera') this.cameraOn = false;
      else this.microphoneOn = false;
      return;
    }
    if (attempt !== this.opens[device] || !this.running) {
      track.stop();
      return;
    }
    this.tracks[device] = track;
    this.errors = { ...this.errors, [device]: undefined };
    const id = track.getSettings().deviceId ?? '';
    if (device === 'camera') {
      this.cameraId = id;
      this.cameraStream = new MediaStream([track]);
    } else {
      this.microphoneId = id;
      this.meter = new AudioLevelMeter(track);
      this.drawLevel();
    }
    void this.deviceList.refresh();
  }

  /**
   * Ends the preview. Its tracks stop at once, or, when a listener is opening the devices
   * itself (`waitUntil`), once that is done: the element may be gone by then.
   */
  private handOver(holds: ReadonlyArray<Promise<unknown>>): void {
    const held: MediaStreamTrack[] = [];
    if (holds.length > 0) {
      for (const device of ['camera', 'microphone'] as const) {
        const track = this.tracks[device];
        if (track) held.push(track);
        delete this.tracks[device];
      }
    }
    this.stopPreview();
    void Promise.allSettled(holds).then(() => {
      for (const track of held) track.stop();
    });
  }

  /** Stops one device's preview, and any open of it still under way. */
  private close(device: PreviewDevice): void {
    this.opens[device] += 1;
    this.closeTrack(device);
  }

  private closeTrack(device: PreviewDevice): void {
    this.tracks[device]?.stop();
    delete this.tracks[device];
    if (device === 'camera') {
      this.cameraStream = null;
    } else {
      this.meter?.stop();
      this.meter = undefined;
      cancelAnimationFrame(this.frame);
      this.showLevel(0);
    }
  }

  /** Draws the microphone level once a frame while the microphone is open (not in a background tab). */
  private readonly drawLevel = (): void => {
    cancelAnimationFrame(this.frame);
    if (!this.meter) return;
    this.showLevel(this.meter.level());
    this.frame = requestAnimationFrame(this.drawLevel);
  };

  private showLevel(level: number): void {
    // The square root spreads speech (levels of about 0.01 to 0.3) over the bar.
    const percent = Math.round(Math.sqrt(level) * 100);
    this.meterElement?.setAttribute('aria-valuenow', String(percent));
    this.meterElement?.style.setProperty('--level', String(percent / 100));
  }

  private readonly handleDeviceChange = (): void => {
    void this.deviceList.refresh();
  };

  private readonly handleDevicesChanged = (): void => {
    this.cameras = this.deviceList.cameras;
    this.microphones = this.deviceList.microphones;
  };

  private handleCameraToggle(): void {
    this.toggle('camera', !this.cameraOn);
  }

  private handleMicrophoneToggle(): void {
    this.toggle('microphone', !this.microphoneOn);
  }

  private toggle(device: PreviewDevice, on: boolean): void {
    if (device === 'camera') this.cameraOn = on;
    else this.microphoneOn = on;
    this.errors = { ...this.errors, [device]: undefined };
    if (!this.running) return;
    if (on) void this.open(device);
    else this.close(device);
  }

  private handleCameraSelect(event: Event): void {
    this.choose('camera', (event.target as HTMLSelectElement).value);
  }

  private handleMicrophoneSelect(event: Event): void {
    this.choose('microphone', (event.target as HTMLSelectElement).value);
  }

  private choose(device: PreviewDevice, deviceId: string): void {
    if (device === 'camera') this.cameraId = deviceId;
    else this.microphoneId = deviceId;
    const on = device === 'camera' ? this.cameraOn : this.microphoneOn;
    if (this.running && on) void this.open(device);
  }

  private handleNameInput(event: Event): void {
    this.name = (event.target as HTMLInputElement).value;
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    this.join();
  }

  private setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  /**
   * Remembers the choices (unless `no-remember`), fires `rtc-prejoin-join` and releases the
   * camera and microphone, as pressing Join does. Returns the choice.
   */
  join(): PrejoinChoice {
    const name = this.name.trim().slice(0, MAX_NAME);
    const choice: PrejoinChoice = {
      name,
      audio: this.microphoneOn
        ? this.microphoneId
          ? { deviceId: { exact: this.microphoneId } }
          : true
        : false,
      video: this.cameraOn
        ? this.cameraId
          ? { ...PREVIEW_VIDEO, deviceId: { exact: this.cameraId } }
          : true
        : false,
    };
    if (!this.noRemember) {
      writeChoices({
        name,
        cameraId: this.cameraId,
        microphoneId: this.microphoneId,
        cameraOn: this.cameraOn,
        microphoneOn: this.microphoneOn,
      });
    }
    this.released = true;
    // Built apart from dispatchEvent(), which the manifest analyzer misreads (@fires documents it).
    const event = new RtcPrejoinJoinEvent(choice);
    this.dispatchEvent(event);
    this.handOver(event.holds);
    return choice;
  }

  private renderDeviceOptions(devices: readonly MediaDevice[], chosen: string) {
    return devices.map(
      (d) => html`<option value=${d.deviceId} ?selected=${d.deviceId === chosen}>${d.label}</option>`,
    );
  }

  override render() {
    const strings = this.text.strings;
    const errors = [this.errors.camera, this.errors.microphone].filter(Boolean);
    return html`
      <section part="base" aria-labelledby="heading">
        <h2 part="heading" id="heading">${strings.prejoin}</h2>
        <slot></slot>
        <div part="preview">
          <video
            part="video"
            aria-label=${strings.preview}
            .srcObject=${this.cameraStream}
            .muted=${true}
            autoplay
            playsinline
            ?hidden=${!this.cameraStream}
          ></video>
          <div part="camera-off" ?hidden=${Boolean(this.cameraStream)}>${strings.cameraOffPreview}</div>
          <div
            part="meter"
            role="meter"
            aria-label=${strings.microphoneLevel}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow="0"
          >
            <div part="meter-bar"></div>
          </div>
        </div>
        <div part="toggles">
          <button
            type="button"
            part="camera-toggle"
            aria-pressed=${this.cameraOn ? 'true' : 'false'}
            @click=${this.handleCameraToggle}
          >
            ${strings.controlCamera}
          </button>
          <button
            type="button"
            part="microphone-toggle"
            aria-pressed=${this.microphoneOn ? 'true' : 'false'}
            @click=${this.handleMicrophoneToggle}
          >
            ${strings.controlMicrophone}
          </button>
        </div>
        <div part="error" role="alert" ?hidden=${errors.length === 0}>
          ${errors.map((text) => html`<p>${text}</p>`)}
        </div>
        <form @submit=${this.handleSubmit}>
          <label class="field">
            <span>${strings.deviceCamera}</span>
            <select
              part="camera-select"
              ?disabled=${this.cameras.length === 0}
              @change=${this.handleCameraSelect}
            >
              ${this.renderDeviceOptions(this.cameras, this.cameraId)}
            </select>
          </label>
          <label class="field">
            <span>${strings.deviceMicrophone}</span>
            <select
              part="microphone-select"
              ?disabled=${this.microphones.length === 0}
              @change=${this.handleMicrophoneSelect}
            >
              ${this.renderDeviceOptions(this.microphones, this.microphoneId)}
            </select>
          </label>
          <label class="field">
            <span>${strings.yourName}</span>
            <input
              part="name-input"
              type="text"
              maxlength=${MAX_NAME}
              autocomplete="name"
              .value=${this.name}
              @input=${this.handleNameInput}
            />
          </label>
          <button part="join-button" type="submit">${strings.join}</button>
        </form>
      </section>
    `;
  }
}
