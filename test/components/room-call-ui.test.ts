// The whole call UI of <rtc-room>, as a person uses it: the pre-join screen, the toolbar, the
// chat and people panels, leaving and joining again. Real calls over broadcast-channel
// signaling between rooms in one page, with the browser's fake camera and microphone.
// Presence is asserted as booleans: chai's message for an unexpected DOM node inspects the
// node and can take the browser down.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { RtcParticipants, RtcRoom } from '../../components/index.js';
import type { RtcError } from '../../src/index.js';
import { axeViolations } from '../helpers/axe.js';
import { needsChromiumFakes } from '../helpers/browser.js';
import { until } from '../helpers/events.js';
import { framesArrive } from '../helpers/media.js';
import { layoutOf, partOf, partsOf, tilesOf, twoPersonCall } from '../helpers/rooms.js';
import { uniqueRoom } from '../helpers/sessions.js';

/** The room's toolbar (`<rtc-controls>`). */
const toolbarOf = (room: RtcRoom) => partOf(room, 'toolbar');
/** The `<button>` of one of the toolbar's pieces (`microphone`, `chat`, `leave`, …). */
const toolbarButton = (room: RtcRoom, piece: string) =>
  partOf<HTMLButtonElement>(partOf(toolbarOf(room), piece), 'base');
const announced = (room: RtcRoom): string[] =>
  [...room.shadowRoot!.querySelectorAll('[role="log"] p')].map((p) => p.textContent!.trim());

describe('<rtc-room> call UI', () => {
  describe('the pre-join screen', () => {
    it('gives way to children that arrive after the room connected, and joins for them', async () => {
      const host = await fixture(html`<div></div>`);
      const room = document.createElement('rtc-room');
      room.room = uniqueRoom('late-children');
      room.signaling = 'broadcast';
      room.setAttribute('video', 'off');
      room.setAttribute('audio', 'off');
      host.append(room);
      await room.updateComplete;
      expect(Boolean(partOf(room, 'prejoin'))).to.equal(true);
      // As the parser does with an element defined before it reads the children.
      room.append(document.createElement('rtc-layout'));
      await until(() => room.currentSession?.state === 'joined', 'the room to join for its children');
      expect(Boolean(partOf(room, 'prejoin'))).to.equal(false);
    });

    it('shows first, joins only on Join, with the name typed there, and is axe-clean', async () => {
      const room = uniqueRoom('prejoin');
      const wrapper = await fixture(
        html`<div>
          <div style="position: fixed; inset: 0; display: grid">
            <rtc-room room=${room} signaling="broadcast" name="Guest"></rtc-room>
          </div>
          <rtc-room room=${room} signaling="broadcast" prejoin="off" name="Grace" hidden></rtc-room>
        </div>`,
      );
      const [ada, grace] = [...wrapper.querySelectorAll('rtc-room')] as [RtcRoom, RtcRoom];
      const prejoin = partOf(ada, 'prejoin');
      expect(prejoin.localName).to.equal('rtc-prejoin');
      expect(ada.currentSession).to.equal(undefined);
      expect(Boolean(partOf(ada, 'toolbar'))).to.equal(false);
      expect(Boolean(ada.shadowRoot!.querySelector('rtc-chat'))).to.equal(false);
      const preview = partOf<HTMLVideoElement>(prejoin, 'video');
      await framesArrive(preview);
      const name = partOf<HTMLInputElement>(prejoin, 'name-input');
      expect(name.value).to.equal('Guest');
      expect(await axeViolations(ada)).to.deep.equal([]);

      name.value = 'Ada Lovelace';
      name.dispatchEvent(new Event('input'));
      partOf<HTMLButtonElement>(prejoin, 'join-button').click();
      await until(() => ada.currentSession?.state === 'joined', 'Ada to join');
      expect(Boolean(partOf(ada, 'prejoin'))).to.equal(false);
      await until(
        () => [...grace.currentSession!.participants.values()].some((p) => p.name === 'Ada Lovelace'),
        'Grace to see Ada by the name she typed',
      );
      await until(() => tilesOf(ada, 'remote-video').length === 1, 'Grace’s tile at Ada');
      expect(toolbarOf(ada).localName).to.equal('rtc-controls');
    });

    it('starts with the camera and microphone off when the room says video="off" audio="off"', async () => {
      const el = await fixture<RtcRoom>(
        html`<rtc-room room=${uniqueRoom()} signaling="broadcast" video="off" audio="off"></rtc-room>`,
      );
      const prejoin = partOf(el, 'prejoin');
      await until(() => Boolean(partOf(prejoin, 'camera-toggle')), 'the pre-join screen');
      expect(partOf(prejoin, 'camera-toggle').getAttribute('aria-pressed')).to.equal('false');
      expect(partOf(prejoin, 'microphone-toggle').getAttribute('aria-pressed')).to.equal('false');
      expect(partOf(prejoin, 'video').hidden).to.equal(true);
      partOf<HTMLButtonElement>(prejoin, 'join-button').click();
      await until(() => el.currentSession?.state === 'joined', 'the join');
      expect(el.currentSession!.localParticipant.cameraMuted).to.equal(true);
      expect(el.currentSession!.localParticipant.microphoneMuted).to.equal(true);
    });

    it('is skipped with autojoin (or prejoin="off"): the room joins at once', async () => {
      const el = await fixture<RtcRoom>(
        html`<rtc-room room=${uniqueRoom()} signaling="broadcast" autojoin></rtc-room>`,
      );
      expect(Boolean(partOf(el, 'prejoin'))).to.equal(false);
      await until(() => el.currentSession?.state === 'joined', 'the join');
    });

    it('says at once that a signaling value cannot work, without waiting for Join', async () => {
      const el = await fixture<RtcRoom>(html`<rtc-room room="x" signaling="http://example.com"></rtc-room>`);
      await until(() => Boolean(partOf(el, 'notice')), 'the problem to show');
      expect(partOf(el, 'notice').textContent).to.contain('must start with ws:// or wss://');
    });
  });

  describe('the toolbar', () => {
    it('mutes with its microphone button, and the other side sees it', async () => {
      const { ada, grace } = await twoPersonCall();
      const microphone = toolbarButton(ada, 'microphone');
      expect(microphone.getAttribute('aria-pressed')).to.equal('true');
      microphone.click();
      const adaAtGrace = [...grace.currentSession!.participants.values()][0]!;
      await until(() => adaAtGrace.microphoneMuted, 'Grace to see Ada muted');
      await until(() => microphone.getAttribute('aria-pressed') === 'false', 'the button to show it');
    });

    it('raises a hand that the other side sees in the participant list and hears announced', async () => {
      const { ada, grace } = await twoPersonCall();
      toolbarButton(ada, 'hand').click();
      await until(() => announced(grace).includes('Ada Lovelace raised their hand'), 'the announcement');
      // Grace opens the people panel: Ada is listed with her hand up.
      grace.hidden = false;
      toolbarButton(grace, 'people').click();
      await until(() => Boolean(partOf(grace, 'participants')), 'the people panel');
      const list = partOf<RtcParticipants>(grace, 'participants');
      await until(() => partsOf(list, 'hand').length === 1, 'the raised hand in the list');
      const adaRow = partsOf(list, 'participant').find((row) => row.textContent!.includes('Ada Lovelace'))!;
      expect(Boolean(adaRow.querySelector('[part~="hand"]'))).to.equal(true);
    });

    it('switches the side panel between the chat, the people and none; the videos take the room', async () => {
      const { ada } = await twoPersonCall();
      expect(Boolean(partOf(ada, 'chat'))).to.equal(true);
      expect(toolbarButton(ada, 'chat').getAttribute('aria-pressed')).to.equal('true');
      const narrow = partOf(ada, 'stage').getBoundingClientRect().width;

      toolbarButton(ada, 'people').click();
      await until(() => Boolean(partOf(ada, 'participants')), 'the people panel');
      expect(Boolean(partOf(ada, 'chat'))).to.equal(false);
      expect(ada.panel).to.equal('people');
      expect(toolbarButton(ada, 'chat').getAttribute('aria-pressed')).to.equal('false');
      expect(partsOf(partOf(ada, 'participants'), 'participant').length).to.equal(2);

      toolbarButton(ada, 'people').click();
      await until(() => !partOf(ada, 'participants'), 'the panel to close');
      expect(ada.panel).to.equal('none');
      await until(() => partOf(ada, 'stage').getBoundingClientRect().width > narrow, 'the videos to widen');
      expect(await axeViolations(ada)).to.deep.equal([]);
    });

    it('leaves out what the room turns off', async () => {
      const { ada } = await twoPersonCall(
        (room) =>
          html`<rtc-room
            room=${room}
            signaling="broadcast"
            prejoin="off"
            name="Ada"
            chat="off"
            people="off"
            screenshare="off"
          ></rtc-room>`,
      );
      const toolbar = toolbarOf(ada);
      await (toolbar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      for (const piece of ['chat', 'people', 'screenshare'])
        expect(partOf(toolbar, piece).hidden, piece).to.equal(true);
      for (const piece of ['microphone', 'camera', 'hand', 'leave'])
        expect(partOf(toolbar, piece).hidden, piece).to.equal(false);
    });

    it('leaves the toolbar out with controls="off"', async () => {
      const { ada: bare } = await twoPersonCall(
        (room) => html`<rtc-room room=${room} signaling="broadcast" prejoin="off" controls="off"></rtc-room>`,
      );
      expect(Boolean(partOf(bare, 'toolbar'))).to.equal(false);
      expect(partOf(bare, 'controls').hidden).to.equal(true);
    });

    it('puts the page’s own buttons in the toolbar', async () => {
      const { ada } = await twoPersonCall(
        (room) =>
          html`<rtc-room room=${room} signaling="broadcast" prejoin="off" name="Ada"
            ><button slot="controls" type="button">Help</button></rtc-room
          >`,
      );
      const help = ada.querySelector('button')!;
      expect(help.assignedSlot!.getRootNode()).to.equal(ada.shadowRoot);
      expect(help.assignedSlot!.assignedSlot?.getRootNode()).to.equal(toolbarOf(ada).shadowRoot);
      expect(help.getBoundingClientRect().height).to.be.above(0);
    });

    it('lets the page ask first: a cancelled rtc-request-leave keeps the person in the call', async () => {
      const { ada, grace } = await twoPersonCall();
      let asked = 0;
      const ask = (event: Event) => {
        asked += 1;
        event.preventDefault();
      };
      ada.addEventListener('rtc-request-leave', ask);
      toolbarButton(ada, 'leave').click();
      expect(asked).to.equal(1);
      expect(ada.currentSession!.state).to.equal('joined');
      ada.removeEventListener('rtc-request-leave', ask);
      toolbarButton(ada, 'leave').click();
      await until(() => ada.currentSession?.state === 'left', 'Ada to leave');
      await until(() => grace.currentSession!.participants.size === 0, 'Grace to see Ada go');
    });

    it('leaves with the leave button, says so, and joins again with "Join again"', async () => {
      const { ada, grace } = await twoPersonCall();
      toolbarButton(ada, 'leave').click();
      await until(() => ada.currentSession?.state === 'left', 'Ada to leave');
      await until(() => grace.currentSession!.participants.size === 0, 'Grace to see Ada go');
      expect(partOf(ada, 'status').textContent).to.contain('You left the call');
      partOf<HTMLButtonElement>(ada, 'rejoin-button').click();
      await until(() => ada.currentSession?.state === 'joined', 'Ada to join again');
      await until(() => grace.currentSession!.participants.size === 1, 'Grace to see Ada back');
      await until(() => tilesOf(ada, 'remote-video').length === 1, 'Grace’s tile again');
      expect(Boolean(partOf(ada, 'rejoin-button'))).to.equal(false);
    });
  });

  needsChromiumFakes(
    'is axe-clean while someone shares their screen',
    'screen to share',
    async () => {
      const { ada } = await twoPersonCall();
      const failed = await ada.currentSession!.shareScreen().catch((error: unknown) => error);
      expect((failed as RtcError).device).to.equal('screen');
    },
    async () => {
      const { ada, grace } = await twoPersonCall();
      await grace.currentSession!.shareScreen({ audio: false });
      await until(() => tilesOf(ada, 'screen-video').length === 1, 'Grace’s screen at Ada');
      await framesArrive(partOf(tilesOf(ada, 'screen-video')[0]!, 'video'));
      expect(layoutOf(ada).matches(':state(screen-share)')).to.equal(true);
      expect(await axeViolations(ada)).to.deep.equal([]);
    },
  );

  it('shows the active speaker large in the speaker layout', async () => {
    const { ada, grace } = await twoPersonCall(
      (room) =>
        html`<rtc-room
          room=${room}
          signaling="broadcast"
          prejoin="off"
          name="Ada"
          layout="speaker"
        ></rtc-room>`,
    );
    const graceId = grace.currentSession!.localParticipant.id;
    // Grace's fake microphone beeps: she becomes the active speaker at Ada's side.
    await until(() => layoutOf(ada).activeSpeaker === graceId, 'Grace to be the active speaker');
    expect(layoutOf(ada).focusedTile).to.equal(graceId);
  });
});
