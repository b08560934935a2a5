import { expect, fixture, html } from '@open-wc/testing';
import '../../components/video/video.js';
import type { RtcVideo } from '../../components/index.js';
import type { Session } from '../../src/index.js';
import { until } from '../helpers/events.js';
import { framesArrive } from '../helpers/media.js';
import { memorySessions, seesMediaOf } from '../helpers/sessions.js';

const part = (el: RtcVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('<rtc-video>', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  it('upgrades with its parts; without a camera it shows initials and the name', async () => {
    sessions = memorySessions(1, { name: 'Ada Lovelace', video: false, audio: false }).sessions;
    const [ada] = sessions as [Session];
    const el = await fixture<RtcVideo>(html`<rtc-video .participant=${ada.localParticipant}></rtc-video>`);
    expect(part(el, 'base').tagName).to.equal('FIGURE');
    expect(part(el, 'video').hidden).to.equal(true);
    expect(part(el, 'placeholder').hidden).to.equal(false);
    expect(part(el, 'placeholder').textContent).to.equal('Y');
    expect(part(el, 'name-tag').textContent).to.contain('You');
    expect(part(el, 'muted-indicator').textContent).to.contain('microphone off');
    expect(el.matches(':state(local)')).to.equal(true);
    expect(el.matches(':state(camera-muted)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a remote participant’s frames with their name, unmirrored and audible', async () => {
    sessions = memorySessions(2).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    const bobAtAlice = await seesMediaOf(alice, bob);
    const el = await fixture<RtcVideo>(html`<rtc-video .participant=${bobAtAlice}></rtc-video>`);
    const video = part(el, 'video') as HTMLVideoElement;
    await framesArrive(video);
    expect(video.muted).to.equal(false);
    expect(part(el, 'name-tag').textContent!.trim()).to.equal('User 2');
    expect(el.matches(':state(mirrored)')).to.equal(false);
    expect(part(el, 'placeholder').hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the picture again after being moved in the page', async () => {
    sessions = memorySessions(2).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    const bobAtAlice = await seesMediaOf(alice, bob);
    const el = await fixture<RtcVideo>(html`<rtc-video .participant=${bobAtAlice}></rtc-video>`);
    await framesArrive(part(el, 'video') as HTMLVideoElement);
    const elsewhere = await fixture(html`<section></section>`);
    elsewhere.append(el);
    await el.updateComplete;
    const video = part(el, 'video') as HTMLVideoElement;
    expect(video.srcObject === bobAtAlice.cameraStream, 'the camera stream is attached').to.equal(true);
    await framesArrive(video);
  });

  it('mirrors and mutes your own preview, and follows your camera going off', async () => {
    sessions = memorySessions(1).sessions;
    const [alice] = sessions as [Session];
    await alice.join();
    const el = await fixture<RtcVideo>(html`<rtc-video .participant=${alice.localParticipant}></rtc-video>`);
    const video = part(el, 'video') as HTMLVideoElement;
    await framesArrive(video);
    expect(video.muted).to.equal(true);
    expect(el.matches(':state(mirrored)')).to.equal(true);
    expect(getComputedStyle(video).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await alice.localParticipant.setCamera(false);
    await until(
      () => video.hidden && !part(el, 'placeholder').hidden,
      'the placeholder to replace the video',
    );
  });

  it('holds no stream for your own tile with no picture, so the page loads; the camera on shows it', async () => {
    sessions = memorySessions(1, { video: false, audio: false }).sessions;
    const [ada] = sessions as [Session];
    await ada.join();
    const el = await fixture<RtcVideo>(html`<rtc-video .participant=${ada.localParticipant}></rtc-video>`);
    const video = part(el, 'video') as HTMLVideoElement;
    // A <video> with a stream that never brings a frame holds back the page's load event.
    expect(video.srcObject === null).to.equal(true);
    await ada.localParticipant.setCamera(true);
    await framesArrive(video);
  });

  it('leaves the picture unmirrored with no-mirror', async () => {
    sessions = memorySessions(1).sessions;
    const [alice] = sessions as [Session];
    const el = await fixture<RtcVideo>(
      html`<rtc-video no-mirror .participant=${alice.localParticipant}></rtc-video>`,
    );
    expect(el.matches(':state(mirrored)')).to.equal(false);
  });

  it('shows a shared screen with source="screen", unmirrored; initials until there is one', async () => {
    sessions = memorySessions(1, { name: 'Ada', video: false, audio: false }).sessions;
    const [ada] = sessions as [Session];
    const el = await fixture<RtcVideo>(
      html`<rtc-video source="screen" .participant=${ada.localParticipant}></rtc-video>`,
    );
    expect(el.matches(':state(screen)')).to.equal(true);
    expect(el.matches(':state(mirrored)')).to.equal(false);
    expect(part(el, 'base').getAttribute('aria-label')).to.equal('Your screen');
    expect(part(el, 'name-tag').textContent!.trim()).to.equal('Your screen');
    expect(part(el, 'muted-indicator')).to.equal(null); // the microphone is the camera tile's
    expect(part(el, 'placeholder').hidden).to.equal(false);
    expect((part(el, 'video') as HTMLVideoElement).srcObject).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders a hostile name as text', async () => {
    sessions = memorySessions(2, {}, (i) =>
      i === 1 ? { name: '<img src=x onerror="window.__pwned=1">' } : {},
    ).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    const bobAtAlice = await seesMediaOf(alice, bob);
    const el = await fixture<RtcVideo>(html`<rtc-video .participant=${bobAtAlice}></rtc-video>`);
    expect(part(el, 'name-tag').textContent!.trim()).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
