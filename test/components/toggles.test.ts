import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/define.js';
import type { RtcToggleButton } from '../../components/internal/toggle-button.js';
import type { RtcRoom } from '../../components/index.js';
import type { RemoteParticipant, Session } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { trackShowsFrames } from '../helpers/media.js';
import { memorySessions, seesMediaOf } from '../helpers/sessions.js';
import { needsChromiumFakes } from '../helpers/browser.js';

const button = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="base"]')!;
const pressed = (el: Element) => button(el).getAttribute('aria-pressed');

describe('control toggles', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  async function twoInACall(): Promise<[Session, Session, RemoteParticipant]> {
    sessions = memorySessions(2).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    await seesMediaOf(alice, bob);
    return [alice, bob, await seesMediaOf(bob, alice)];
  }

  it('are disabled real buttons with a name until the session has joined', async () => {
    sessions = memorySessions(1).sessions;
    const el = await fixture(html`<rtc-microphone-toggle .session=${sessions[0]}></rtc-microphone-toggle>`);
    expect(button(el).tagName).to.equal('BUTTON');
    expect(button(el).disabled).to.equal(true);
    expect(button(el).textContent!.trim()).to.equal('Microphone');
    await expect(el).to.be.accessible();
  });

  it('<rtc-microphone-toggle> mutes, the other side sees it, and a mute made in code shows', async () => {
    const [alice, , aliceAtBob] = await twoInACall();
    const el = await fixture(html`<rtc-microphone-toggle .session=${alice}></rtc-microphone-toggle>`);
    expect(pressed(el)).to.equal('true');
    button(el).click();
    await until(() => aliceAtBob.microphoneMuted, 'Bob to see Alice muted');
    expect(pressed(el)).to.equal('false');
    await alice.localParticipant.setMicrophone(true);
    await until(() => pressed(el) === 'true', 'the button to follow an unmute made in code');
    await expect(el).to.be.accessible();
  });

  it('<rtc-camera-toggle> off stops the camera track and the other side sees the camera off', async () => {
    const [alice, , aliceAtBob] = await twoInACall();
    const el = await fixture(html`<rtc-camera-toggle .session=${alice}></rtc-camera-toggle>`);
    const track = alice.localParticipant.tracks.get('camera')!;
    expect(pressed(el)).to.equal('true');
    button(el).click();
    await until(() => aliceAtBob.cameraMuted, 'Bob to see Alice’s camera off');
    expect(track.readyState).to.equal('ended');
    expect(pressed(el)).to.equal('false');
    button(el).click();
    await until(() => !aliceAtBob.cameraMuted && pressed(el) === 'true', 'the camera to come back');
  });

  needsChromiumFakes(
    '<rtc-screen-share-toggle> shares, the other side gets a screen track, and the browser’s stop shows',
    'screen to share',
    async () => {
      const [alice] = await twoInACall();
      const el = await fixture(html`<rtc-screen-share-toggle .session=${alice}></rtc-screen-share-toggle>`);
      const failed = oneEvent(el, 'rtc-error');
      button(el).click();
      expect((await failed).detail.error.device).to.equal('screen');
      expect(pressed(el)).to.equal('false');
    },
    async () => {
      const [alice, bob] = await twoInACall();
      const el = await fixture(
        html`<rtc-screen-share-toggle no-audio .session=${alice}></rtc-screen-share-toggle>`,
      );
      const added = nextEvent(bob, 'trackAdded', (e) => e.source === 'screen');
      button(el).click();
      await trackShowsFrames((await added).track);
      await until(() => pressed(el) === 'true', 'the button to show sharing');
      const local = alice.localParticipant.tracks.get('screen')!;
      local.stop();
      local.dispatchEvent(new Event('ended'));
      await until(() => pressed(el) === 'false', 'the button to follow the browser’s stop');
    },
  );

  it('<rtc-screen-share-toggle> reports a failed share as rtc-error, never silently', async () => {
    const [alice] = await twoInACall();
    const el = await fixture<RtcToggleButton>(
      html`<rtc-screen-share-toggle .session=${alice}></rtc-screen-share-toggle>`,
    );
    const media = navigator.mediaDevices;
    const original = media.getDisplayMedia.bind(media);
    // Reproduce a cancelled picker: the browser rejects with NotAllowedError.
    media.getDisplayMedia = () => Promise.reject(new DOMException('cancelled', 'NotAllowedError'));
    try {
      const failed = oneEvent(el, 'rtc-error');
      button(el).click();
      const { detail } = await failed;
      expect(detail.error.code).to.equal('permission-denied');
      expect(pressed(el)).to.equal('false');
    } finally {
      media.getDisplayMedia = original;
    }
  });

  it('<rtc-hand-toggle> raises a hand that the other side sees', async () => {
    const [alice, , aliceAtBob] = await twoInACall();
    const el = await fixture(html`<rtc-hand-toggle .session=${alice}></rtc-hand-toggle>`);
    expect(pressed(el)).to.equal('false');
    button(el).click();
    await until(() => aliceAtBob.handRaised, 'Bob to see Alice’s hand');
    expect(pressed(el)).to.equal('true');
  });

  it('<rtc-leave-button> asks with a cancelable rtc-request-leave, then leaves', async () => {
    const [alice] = await twoInACall();
    const el = await fixture(html`<rtc-leave-button .session=${alice}></rtc-leave-button>`);
    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('rtc-request-leave', cancel, { once: true });
    button(el).click();
    expect(alice.state).to.equal('joined');
    const asked = oneEvent(el, 'rtc-request-leave');
    button(el).click();
    expect((await asked).detail.session).to.equal(alice);
    await until(() => alice.state === 'left', 'Alice to leave');
    await expect(el).to.be.accessible();
  });

  it('panel toggles hold pressed and dispatch rtc-panel-toggle; the chat one shows unread messages', async () => {
    const [alice, bob] = await twoInACall();
    const chat = await fixture(html`<rtc-chat-toggle .session=${alice}></rtc-chat-toggle>`);
    const people = await fixture(html`<rtc-participants-toggle></rtc-participants-toggle>`);
    const opened = oneEvent(people, 'rtc-panel-toggle');
    button(people).click();
    expect((await opened).detail).to.deep.equal({ panel: 'participants', open: true });
    expect(pressed(people)).to.equal('true');
    expect(people.hasAttribute('pressed')).to.equal(true);

    const arrived = nextEvent(alice, 'chatMessageAdded');
    bob.chat.send('hello');
    await arrived;
    await until(
      () => chat.shadowRoot!.querySelector('[part=badge]')?.textContent === '1',
      'the unread badge',
    );
    expect(button(chat).textContent).to.contain('1 unread');
    const toggled = oneEvent(chat, 'rtc-panel-toggle');
    button(chat).click();
    expect((await toggled).detail).to.deep.equal({ panel: 'chat', open: true });
    await expect(chat).to.be.accessible();
  });

  it('work inside an <rtc-room> with children, following its session', async () => {
    const [alice, , aliceAtBob] = await twoInACall();
    const room = await fixture<RtcRoom>(
      html`<rtc-room .session=${alice}><rtc-microphone-toggle></rtc-microphone-toggle></rtc-room>`,
    );
    const el = room.querySelector('rtc-microphone-toggle')!;
    await until(() => pressed(el) === 'true', 'the toggle to get the room’s session');
    button(el).click();
    await until(() => aliceAtBob.microphoneMuted, 'Bob to see Alice muted');
  });
});
