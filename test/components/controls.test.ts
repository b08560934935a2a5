import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { RtcControls, RtcDeviceSelect, RtcParticipants } from '../../components/index.js';
import type { RemoteParticipant, Session } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { trackShowsFrames } from '../helpers/media.js';
import { memorySessions, seesMediaOf } from '../helpers/sessions.js';
import { needsChromiumFakes } from '../helpers/browser.js';

const inner = (el: Element, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
const key = (target: EventTarget, type: 'keydown' | 'keyup', init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, composed: true, cancelable: true, ...init }));
const ctrlD = { key: 'd', code: 'KeyD', ctrlKey: true };
const space = { key: ' ', code: 'Space' };

describe('<rtc-controls>, <rtc-device-select>, <rtc-participants>', () => {
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

  describe('<rtc-controls>', () => {
    it('is a toolbar of the toggles; pieces can be left out; arrow keys move between buttons', async () => {
      const [alice] = await twoInACall();
      const el = await fixture<RtcControls>(
        html`<rtc-controls .session=${alice} screenshare="off" chat="off"
          ><button>Mine</button></rtc-controls
        >`,
      );
      expect(inner(el, 'base').getAttribute('role')).to.equal('toolbar');
      expect(inner(el, 'screenshare').hidden).to.equal(true);
      expect(inner(el, 'chat').hidden).to.equal(true);
      expect(inner(el, 'people').hidden).to.equal(false);
      await expect(el).to.be.accessible();
      inner(el, 'microphone').focus();
      key(inner(el, 'microphone').shadowRoot!.querySelector('button')!, 'keydown', { key: 'ArrowRight' });
      expect(inner(el, 'camera').matches(':focus-within')).to.equal(true);
      key(inner(el, 'camera').shadowRoot!.querySelector('button')!, 'keydown', { key: 'End' });
      expect(inner(el, 'leave').matches(':focus-within')).to.equal(true);
      key(inner(el, 'leave').shadowRoot!.querySelector('button')!, 'keydown', { key: 'ArrowLeft' });
      expect(document.activeElement).to.equal(el.querySelector('button'));
    });

    it('toggles the microphone with Ctrl+D and the camera with Ctrl+E, not while typing', async () => {
      const [alice, , aliceAtBob] = await twoInACall();
      const input = document.createElement('input');
      const el = await fixture<RtcControls>(html`<div><rtc-controls .session=${alice}></rtc-controls></div>`);
      el.append(input);
      key(input, 'keydown', ctrlD);
      expect(alice.localParticipant.microphoneMuted).to.equal(false);
      key(document.body, 'keydown', ctrlD);
      await until(() => aliceAtBob.microphoneMuted, 'Bob to see Alice muted by the shortcut');
      const mic = el.querySelector('rtc-controls')!.shadowRoot!.querySelector('rtc-microphone-toggle')!;
      await until(
        () => mic.shadowRoot!.querySelector('button')!.getAttribute('aria-pressed') === 'false',
        'the microphone button to follow the shortcut',
      );
      key(document.body, 'keydown', { key: 'e', code: 'KeyE', ctrlKey: true });
      await until(() => aliceAtBob.cameraMuted, 'Bob to see Alice’s camera off by the shortcut');
    });

    it('push-to-talk: Space held while muted unmutes until released, not inside a text field', async () => {
      const [alice, , aliceAtBob] = await twoInACall();
      await alice.localParticipant.setMicrophone(false);
      const holder = await fixture<HTMLElement>(
        html`<div><rtc-controls .session=${alice}></rtc-controls><textarea></textarea></div>`,
      );
      key(holder.querySelector('textarea')!, 'keydown', space);
      expect(alice.localParticipant.microphoneMuted).to.equal(true);
      key(document.body, 'keydown', space);
      await until(() => !aliceAtBob.microphoneMuted, 'Bob to hear Alice while Space is held');
      key(document.body, 'keydown', { ...space, repeat: true });
      key(document.body, 'keyup', space);
      await until(() => aliceAtBob.microphoneMuted, 'Alice muted again on release');
      expect(alice.localParticipant.microphoneMuted).to.equal(true);
    });

    it('shortcuts can be changed one by one and turned off', async () => {
      const [alice] = await twoInACall();
      const el = await fixture<RtcControls>(html`<rtc-controls .session=${alice}></rtc-controls>`);
      // Only what changes: the camera keeps Mod+E.
      el.shortcuts = { microphone: 'M', pushToTalk: '' };
      key(document.body, 'keydown', ctrlD);
      expect(alice.localParticipant.microphoneMuted).to.equal(false);
      key(document.body, 'keydown', { key: 'm', code: 'KeyM' });
      await until(() => alice.localParticipant.microphoneMuted, 'M to mute');
      el.noShortcuts = true;
      key(document.body, 'keydown', { key: 'm', code: 'KeyM' });
      expect(alice.localParticipant.microphoneMuted).to.equal(true);
    });

    it('sends a reaction from its palette that the other side receives', async () => {
      const [alice, bob] = await twoInACall();
      const el = await fixture<RtcControls>(html`<rtc-controls .session=${alice}></rtc-controls>`);
      const opener = inner(el, 'reactions-button');
      opener.click();
      await el.updateComplete;
      expect(opener.getAttribute('aria-expanded')).to.equal('true');
      expect(inner(el, 'reactions-menu').hidden).to.equal(false);
      await expect(el).to.be.accessible();
      // Reactions are not kept for later: wait for the chat channel to be open both ways.
      const hello = nextEvent(alice, 'chatMessageAdded');
      bob.chat.send('hello');
      await hello;
      const received = nextEvent(bob, 'reaction', (e) => e.participant.id === alice.localParticipant.id);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reaction"]')!.click();
      expect((await received).emoji).to.equal('👍');
      await el.updateComplete;
      expect(inner(el, 'reactions-menu').hidden).to.equal(true);
    });
  });

  describe('<rtc-device-select>', () => {
    needsChromiumFakes(
      'switches the camera through the core and the other side keeps getting frames',
      'second camera',
      async () => {
        const [alice] = await twoInACall();
        const el = await fixture<RtcDeviceSelect>(
          html`<rtc-device-select .session=${alice}></rtc-device-select>`,
        );
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#camera')!;
        await until(() => select.options.length > 0 && select.value !== '', 'the camera listed');
        expect(alice.devices.cameras.length).to.equal(1);
        expect(select.options.length).to.equal(1);
        expect(select.value).to.equal(alice.localParticipant.cameraDeviceId);
        await expect(el).to.be.accessible();
      },
      async () => {
        const [alice, , aliceAtBob] = await twoInACall();
        const el = await fixture<RtcDeviceSelect>(
          html`<rtc-device-select .session=${alice}></rtc-device-select>`,
        );
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#camera')!;
        await until(
          () => [...select.options].some((o) => o.text.trim() === 'fake_device_2'),
          'the cameras listed',
        );
        expect(el.shadowRoot!.querySelector('label[for=camera]')!.textContent).to.equal('Camera');
        await expect(el).to.be.accessible();
        const received = aliceAtBob.tracks.get('camera')!;
        const second = [...select.options].find((o) => o.text.trim() === 'fake_device_2')!;
        select.value = second.value;
        select.dispatchEvent(new Event('change'));
        await until(() => alice.localParticipant.cameraDeviceId === second.value, 'the camera to switch');
        expect(select.value).to.equal(second.value);
        await trackShowsFrames(received, 5);
      },
    );

    it('shows one list with kind', async () => {
      const [alice] = await twoInACall();
      const el = await fixture<RtcDeviceSelect>(
        html`<rtc-device-select kind="microphone" .session=${alice}></rtc-device-select>`,
      );
      expect(el.shadowRoot!.querySelectorAll('select').length).to.equal(1);
      expect(el.shadowRoot!.querySelector('#microphone')).to.not.equal(null);
    });
  });

  describe('<rtc-participants>', () => {
    it('lists you first, muted states as text, and a raised hand at the other side, first', async () => {
      const [alice, bob] = await twoInACall();
      const aliceList = await fixture<RtcParticipants>(
        html`<rtc-participants .session=${alice}></rtc-participants>`,
      );
      const bobList = await fixture<RtcParticipants>(
        html`<rtc-participants .session=${bob}></rtc-participants>`,
      );
      const names = (el: RtcParticipants) =>
        [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent);
      await until(() => names(bobList).length === 2, 'Bob’s list to have two people');
      expect(names(bobList)).to.deep.equal(['User 2 (you)', 'User 1']);
      await alice.localParticipant.setMicrophone(false);
      await until(
        () =>
          bobList.shadowRoot!.querySelector('[part~="microphone-off"]')?.getAttribute('aria-label') ===
          'microphone off',
        'Bob to see Alice’s microphone off',
      );
      const handButton = aliceList.shadowRoot!.querySelector<HTMLButtonElement>('[part~="hand-button"]')!;
      handButton.click();
      await until(() => names(bobList)[0] === 'User 1', 'Alice’s raised hand first in Bob’s list');
      expect(bobList.shadowRoot!.querySelector('[part~="hand"]')!.getAttribute('aria-label')).to.equal(
        'hand raised',
      );
      await expect(bobList).to.be.accessible();
    });

    it('shows names as text, never as HTML', async () => {
      sessions = memorySessions(2, {}, (i) => ({
        name: i === 0 ? '<img src=x onerror="window.__p=1">' : 'Bob',
      })).sessions;
      const [alice, bob] = sessions as [Session, Session];
      await Promise.all([alice.join(), bob.join()]);
      const el = await fixture<RtcParticipants>(html`<rtc-participants .session=${bob}></rtc-participants>`);
      await until(() => el.shadowRoot!.querySelectorAll('[part~="participant"]').length === 2, 'two rows');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('<img src=x');
    });
  });
});
