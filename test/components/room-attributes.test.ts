import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import { resetStrings, setStrings, type RtcRoom } from '../../components/index.js';
import { de } from '../../components/strings/de.js';
import { until } from '../helpers/events.js';
import { framesArrive, trackIsLive } from '../helpers/media.js';
import { layoutOf, partOf, tilesOf, twoPersonCall } from '../helpers/rooms.js';
import { uniqueRoom } from '../helpers/sessions.js';

describe('<rtc-room> attributes', () => {
  it('chat="off" leaves the chat out, and the videos take the width', async () => {
    const { ada } = await twoPersonCall(
      (room) =>
        html`<rtc-room room=${room} signaling="broadcast" prejoin="off" name="Ada" chat="off"></rtc-room>`,
    );
    expect(ada.shadowRoot!.querySelector('rtc-chat')).to.equal(null);
    const base = partOf(ada, 'base').getBoundingClientRect();
    const stage = partOf(ada, 'stage').getBoundingClientRect();
    expect(stage.width).to.be.above(base.width * 0.9);
  });

  it('minimal shows just the videos: no chat, no status line, but problems still show', async () => {
    const el = await fixture<RtcRoom>(html`<rtc-room minimal></rtc-room>`);
    expect(el.shadowRoot!.querySelector('rtc-chat')).to.equal(null);
    expect(partOf(el, 'status').hidden).to.equal(true);
    expect(layoutOf(el)).to.exist;
    el.setAttribute('room', uniqueRoom());
    el.setAttribute('signaling', 'ws://127.0.0.1:9/');
    await until(() => Boolean(partOf(el, 'notice')), 'the problem to show');
    expect(partOf(el, 'notices').hidden).to.equal(false);
  });

  it('layout="speaker" shows the other person large', async () => {
    const { ada } = await twoPersonCall(
      (room) =>
        html`<rtc-room
          room=${room}
          signaling="broadcast"
          prejoin="off"
          name="Ada"
          layout="speaker"
        ></rtc-room>`,
    );
    const layout = layoutOf(ada);
    expect(layout.layout).to.equal('speaker');
    expect(layout.matches(':state(speaker)')).to.equal(true);
    expect(layout.focusedTile).to.equal([...ada.currentSession!.participants.keys()][0]);
    ada.layout = 'grid';
    await ada.updateComplete;
    await layout.updateComplete;
    expect(layout.matches(':state(grid)')).to.equal(true);
  });

  it('video="off" and audio="off" join with the camera and microphone closed, and both can be turned on', async () => {
    const { ada, grace } = await twoPersonCall(
      (room) =>
        html`<rtc-room
          room=${room}
          signaling="broadcast"
          prejoin="off"
          name="Ada"
          video="off"
          audio="off"
        ></rtc-room>`,
    );
    const me = ada.currentSession!.localParticipant;
    expect(me.tracks.size).to.equal(0); // never opened: no camera light
    expect(me.cameraMuted && me.microphoneMuted).to.equal(true);
    const adaAtGrace = tilesOf(grace, 'remote-video')[0]!;
    expect(partOf(adaAtGrace, 'placeholder').hidden).to.equal(false);
    await me.setCamera(true);
    await me.setMicrophone(true);
    const remote = adaAtGrace.participant!;
    await until(() => remote.tracks.has('camera') && remote.tracks.has('microphone'), 'Ada’s media at Grace');
    await trackIsLive(remote.tracks.get('microphone')!);
    await framesArrive(partOf(adaAtGrace, 'video'));
  });

  it('lang picks the language of its texts, and follows changes', async () => {
    setStrings(de, 'de');
    try {
      const el = await fixture<RtcRoom>(html`<rtc-room lang="de"></rtc-room>`);
      expect(partOf(el, 'status').textContent!.trim()).to.equal(
        'Setze die Attribute room und signaling, um einen Anruf zu starten',
      );
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(partOf(el, 'status').textContent!.trim()).to.equal(
        'Set the room and signaling attributes to start a call',
      );
    } finally {
      resetStrings();
    }
  });

  it('keeps the controls slot for a page’s own buttons, with the default UI', async () => {
    const el = await fixture<RtcRoom>(html`
      <rtc-room><button slot="controls" type="button">Leave</button></rtc-room>
    `);
    expect(partOf(el, 'base').hidden).to.equal(false);
    const controls = partOf(el, 'controls');
    expect(controls.hidden).to.equal(false);
    const slot = controls.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Leave']);
    const empty = await fixture<RtcRoom>(html`<rtc-room></rtc-room>`);
    expect(partOf(empty, 'controls').hidden).to.equal(true);
  });
});
