import { expect, fixture, html } from '@open-wc/testing';
import '../../components/video/video.js';
import type { RtcVideo } from '../../components/index.js';
import type { RemoteParticipant, Session } from '../../src/index.js';
import { needsChromiumFakes } from '../helpers/browser.js';
import { nextEvent, until } from '../helpers/events.js';
import { framesArrive } from '../helpers/media.js';
import { memorySessions, seesMediaOf } from '../helpers/sessions.js';

const part = <T extends HTMLElement = HTMLElement>(el: RtcVideo, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

describe('<rtc-video> call features', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  /** Alice sees Bob's tile, inside Alice's session as a room would give it. */
  async function bobsTileAtAlice(): Promise<[Session, Session, RemoteParticipant, RtcVideo]> {
    sessions = memorySessions(2).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    const bobAtAlice = await seesMediaOf(alice, bob);
    const el = await fixture<RtcVideo>(
      html`<rtc-video .participant=${bobAtAlice} .session=${alice}></rtc-video>`,
    );
    return [alice, bob, bobAtAlice, el];
  }

  it('rings the tile of a remote participant who speaks (the beeping fake microphone)', async () => {
    const [, , bobAtAlice, el] = await bobsTileAtAlice();
    await framesArrive(part<HTMLVideoElement>(el, 'video'));
    await until(() => el.matches(':state(speaking)'), 'the speaking state on Bob’s tile');
    expect(bobAtAlice.speaking).to.equal(true);
    expect(getComputedStyle(part(el, 'base')).outlineStyle).to.equal('solid');
  });

  it('shows the raised-hand badge when the other side raises a hand', async () => {
    const [, bob, , el] = await bobsTileAtAlice();
    expect(part(el, 'hand').hidden).to.equal(true);
    bob.localParticipant.setHandRaised(true);
    await until(() => !part(el, 'hand').hidden, 'the hand badge');
    expect(part(el, 'hand').getAttribute('aria-label')).to.equal('Hand raised');
    expect(el.matches(':state(hand-raised)')).to.equal(true);
    await expect(el).to.be.accessible();
    bob.localParticipant.setHandRaised(false);
    await until(() => part(el, 'hand').hidden, 'the hand badge to go');
  });

  it('shows a reaction on the sender’s tile at the receiver, as text announced politely', async () => {
    const [alice, bob, bobAtAlice, el] = await bobsTileAtAlice();
    const ownTile = await fixture<RtcVideo>(
      html`<rtc-video .participant=${alice.localParticipant} .session=${alice}></rtc-video>`,
    );
    // Reactions are not kept for later: wait for the chat channel to be open both ways.
    const hello = nextEvent(alice, 'chatMessageAdded');
    bob.chat.send('hello');
    await hello;
    bob.sendReaction('🎉');
    const reaction = part(el, 'reaction');
    await until(() => reaction.textContent!.includes('🎉'), 'the reaction over Bob’s tile');
    expect(reaction.getAttribute('role')).to.equal('status');
    expect(reaction.textContent).to.contain(`${bobAtAlice.name} reacted 🎉`);
    expect(part(ownTile, 'reaction').textContent!.trim()).to.equal('');
  });

  needsChromiumFakes(
    'plays the sound through the speaker chosen with session.setSpeaker()',
    'speakers listed',
    async () => {
      const [alice] = await bobsTileAtAlice();
      await alice.devices.refresh();
      expect(alice.devices.speakers).to.deep.equal([]);
    },
    async () => {
      const [alice, , , el] = await bobsTileAtAlice();
      await alice.devices.refresh();
      const speaker =
        alice.devices.speakers.find((s) => s.deviceId !== 'default') ?? alice.devices.speakers[0];
      expect(speaker, 'the browser lists a speaker').to.not.equal(undefined);
      await alice.setSpeaker(speaker!.deviceId);
      const video = part<HTMLVideoElement>(el, 'video');
      await until(() => video.sinkId === speaker!.deviceId, 'the tile to play through the chosen speaker');
    },
  );
});
