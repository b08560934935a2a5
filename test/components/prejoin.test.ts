import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/prejoin/prejoin.js';
import type { RtcPrejoin, RtcPrejoinJoinEvent } from '../../components/index.js';
import { RtcPrejoin as RtcPrejoinClass } from '../../components/index.js';
import { STORAGE_KEY } from '../../components/prejoin/remembered-choices.js';
import { Session, createMemorySignaling } from '../../src/index.js';
import { isFirefox } from '../helpers/browser.js';
import { until } from '../helpers/events.js';
import { framesArrive } from '../helpers/media.js';
import { memorySessions, seesMediaOf } from '../helpers/sessions.js';

const part = <T extends HTMLElement = HTMLElement>(el: RtcPrejoin, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

/** Every track the page opens while a test runs, to check that the preview let go of them. */
const opened: MediaStreamTrack[] = [];
const realGetUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);

async function shown(el: RtcPrejoin): Promise<HTMLVideoElement> {
  const video = part<HTMLVideoElement>(el, 'video');
  await until(() => video.srcObject !== null && !video.hidden, 'the camera preview to start');
  await framesArrive(video);
  return video;
}

/**
 * A camera to choose that is not the first: Chromium's second fake camera (its first is a depth
 * camera WebRTC cannot send); Firefox has one fake camera, so there it is that one.
 */
const OTHER_CAMERA = isFirefox ? undefined : 'fake_device_2';

/** Picks the option labelled `label` (else the only one) in one of the device selects, as a person would. */
async function choose(el: RtcPrejoin, select: string, label: string | undefined): Promise<string> {
  const element = part<HTMLSelectElement>(el, select);
  const wanted = (o: HTMLOptionElement) => (label ? o.label === label : o.value !== '');
  await until(() => [...element.options].some(wanted), `${label ?? 'a device'} to be listed`);
  const option = [...element.options].find(wanted)!;
  element.value = option.value;
  element.dispatchEvent(new Event('change'));
  return option.value;
}

function typeName(el: RtcPrejoin, name: string): void {
  const input = part<HTMLInputElement>(el, 'name-input');
  input.value = name;
  input.dispatchEvent(new Event('input'));
}

async function join(el: RtcPrejoin): Promise<RtcPrejoinJoinEvent['detail']> {
  const event = oneEvent(el, 'rtc-prejoin-join');
  part(el, 'join-button').click();
  return ((await event) as unknown as RtcPrejoinJoinEvent).detail;
}

describe('<rtc-prejoin>', () => {
  let sessions: Session[] = [];
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await realGetUserMedia(constraints);
      opened.push(...stream.getTracks());
      return stream;
    };
  });
  afterEach(() => {
    navigator.mediaDevices.getUserMedia = realGetUserMedia;
    for (const session of sessions) session.dispose();
    sessions = [];
    opened.splice(0);
    localStorage.removeItem(STORAGE_KEY);
  });

  it('keeps the devices open for a listener that opens them itself, until its join is done', async () => {
    const el = await fixture<RtcPrejoin>(html`<rtc-prejoin no-remember></rtc-prejoin>`);
    await shown(el);
    let joined!: () => void;
    el.addEventListener('rtc-prejoin-join', (event) =>
      event.waitUntil(new Promise<void>((resolve) => (joined = resolve))),
    );
    await join(el);
    el.remove();
    expect(opened.some((track) => track.kind === 'video' && track.readyState === 'live')).to.equal(true);
    joined();
    await until(() => opened.every((track) => track.readyState === 'ended'), 'the preview to stop');
  });

  it('upgrades with its parts and shows a mirrored camera preview with frames', async () => {
    const el = await fixture<RtcPrejoin>(html`<rtc-prejoin no-remember></rtc-prejoin>`);
    const video = await shown(el);
    expect(getComputedStyle(video).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(part(el, 'camera-toggle').getAttribute('aria-pressed')).to.equal('true');
    expect(part(el, 'microphone-toggle').getAttribute('aria-pressed')).to.equal('true');
    expect(part(el, 'meter').getAttribute('role')).to.equal('meter');
    expect(part(el, 'join-button').textContent!.trim()).to.equal('Join');
    expect(part<HTMLInputElement>(el, 'name-input').maxLength).to.equal(64);
    expect(part(el, 'error').hidden).to.equal(true);
    await until(
      () => part<HTMLSelectElement>(el, 'camera-select').options.length >= (isFirefox ? 1 : 3),
      'cameras listed',
    );
    expect(part<HTMLSelectElement>(el, 'microphone-select').options.length).to.be.greaterThan(0);
    expect(el.matches(':state(camera-on)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('moves the level meter with the beeping fake microphone', async () => {
    const el = await fixture<RtcPrejoin>(html`<rtc-prejoin no-remember></rtc-prejoin>`);
    const meter = part(el, 'meter');
    if (isFirefox) {
      // Headless Firefox never starts Web Audio (an AudioContext stays suspended), so nothing
      // can measure the microphone there; this checks that is still so, and the meter stays at 0.
      const context = new AudioContext();
      await Promise.race([context.resume(), new Promise((resolve) => setTimeout(resolve, 1000))]);
      expect(context.state, 'Web Audio runs in headless Firefox now: test the meter').to.equal('suspended');
      await context.close();
      expect(meter.getAttribute('aria-valuenow')).to.equal('0');
      return;
    }
    await until(() => Number(meter.getAttribute('aria-valuenow')) > 0, 'the level meter to move');
  });

  it('carries the chosen camera and name into a call, releasing the preview first', async () => {
    const el = await fixture<RtcPrejoin>(html`<rtc-prejoin no-remember></rtc-prejoin>`);
    await shown(el);
    const camera = await choose(el, 'camera-select', OTHER_CAMERA);
    const video = part<HTMLVideoElement>(el, 'video');
    await until(
      () => (video.srcObject as MediaStream | null)?.getVideoTracks()[0]?.getSettings().deviceId === camera,
      'the preview to switch to the chosen camera',
    );
    typeName(el, '  Grace Hopper ');
    const detail = await join(el);
    expect(detail.name).to.equal('Grace Hopper');
    expect(detail.video).to.deep.include({ deviceId: { exact: camera } });
    expect(detail.audio).to.have.property('deviceId');
    expect(opened.length).to.be.greaterThan(1);
    expect(opened.every((track) => track.readyState === 'ended')).to.equal(true);
    expect(video.srcObject).to.equal(null);

    const {
      hub,
      sessions: [bob],
    } = memorySessions(1);
    const grace = new Session({
      room: bob!.room,
      signaling: createMemorySignaling({ hub }),
      logLevel: 'error',
      ...RtcPrejoinClass.sessionOptions(detail),
    });
    sessions = [bob!, grace];
    await Promise.all([bob!.join(), grace.join()]);
    const graceAtBob = await seesMediaOf(bob!, grace);
    expect(graceAtBob.name).to.equal('Grace Hopper');
    expect(grace.localParticipant.cameraDeviceId).to.equal(camera);
    const remote = document.createElement('video');
    remote.muted = true;
    remote.srcObject = graceAtBob.cameraStream;
    document.body.append(remote);
    try {
      await framesArrive(remote);
    } finally {
      remote.srcObject = null;
      remote.remove();
    }
  });

  it('joins with the camera off when it was turned off, and releases it at once', async () => {
    const el = await fixture<RtcPrejoin>(html`<rtc-prejoin no-remember></rtc-prejoin>`);
    await shown(el);
    part(el, 'camera-toggle').click();
    await until(() => part(el, 'video').hidden, 'the preview to go');
    expect(part(el, 'camera-toggle').getAttribute('aria-pressed')).to.equal('false');
    expect(part(el, 'camera-off').hidden).to.equal(false);
    expect(opened.filter((t) => t.kind === 'video').every((t) => t.readyState === 'ended')).to.equal(true);
    const detail = await join(el);
    expect(detail.video).to.equal(false);

    const {
      hub,
      sessions: [bob],
    } = memorySessions(1);
    const ada = new Session({
      room: bob!.room,
      signaling: createMemorySignaling({ hub }),
      logLevel: 'error',
      ...RtcPrejoinClass.sessionOptions(detail),
    });
    sessions = [bob!, ada];
    await Promise.all([bob!.join(), ada.join()]);
    expect(ada.localParticipant.cameraMuted).to.equal(true);
    await until(() => bob!.participants.get(ada.localParticipant.id)?.cameraMuted === true, 'Bob to see it');
  });

  it('remembers the choices for next time', async () => {
    const first = await fixture<RtcPrejoin>(html`<rtc-prejoin></rtc-prejoin>`);
    await shown(first);
    const camera = await choose(first, 'camera-select', OTHER_CAMERA);
    typeName(first, 'Ada');
    part(first, 'microphone-toggle').click();
    await join(first);
    first.remove();

    const second = await fixture<RtcPrejoin>(html`<rtc-prejoin></rtc-prejoin>`);
    expect(part<HTMLInputElement>(second, 'name-input').value).to.equal('Ada');
    expect(part(second, 'microphone-toggle').getAttribute('aria-pressed')).to.equal('false');
    expect(part(second, 'camera-toggle').getAttribute('aria-pressed')).to.equal('true');
    const video = await shown(second);
    expect((video.srcObject as MediaStream).getVideoTracks()[0]!.getSettings().deviceId).to.equal(camera);
    await until(() => part<HTMLSelectElement>(second, 'camera-select').value === camera, 'the choice shown');
    const detail = await join(second);
    expect(detail.audio).to.equal(false);
    expect(detail.name).to.equal('Ada');
  });

  it('stores nothing with no-remember', async () => {
    const el = await fixture<RtcPrejoin>(html`<rtc-prejoin no-remember></rtc-prejoin>`);
    typeName(el, 'Ada');
    await join(el);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('stops the preview while hidden and when removed', async () => {
    const el = await fixture<RtcPrejoin>(html`<rtc-prejoin no-remember></rtc-prejoin>`);
    await shown(el);
    el.hidden = true;
    await until(() => opened.every((track) => track.readyState === 'ended'), 'the preview to stop');
    el.hidden = false;
    await shown(el);
    el.remove();
    await until(() => opened.every((track) => track.readyState === 'ended'), 'the preview to stop');
  });
});
