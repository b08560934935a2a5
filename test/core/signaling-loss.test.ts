import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { RtcRoom } from '../../components/index.js';
import { Session, createWebSocketSignaling } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { trackShowsFrames } from '../helpers/media.js';
import { seesMediaOf, uniqueRoom } from '../helpers/sessions.js';
import { ownSignalingServer } from '../helpers/signaling-server.js';

describe('Session when the signaling server goes away mid-call', () => {
  it('reports signaling-closed, and the media and chat go on peer to peer', async () => {
    const server = await ownSignalingServer();
    const room = uniqueRoom();
    const make = (name: string) =>
      new Session({
        room,
        name,
        logLevel: 'silent',
        signaling: createWebSocketSignaling({ url: server.url }),
      });
    const [alice, bob] = [make('Alice'), make('Bob')];
    try {
      await Promise.all([alice.join(), bob.join()]);
      const bobAtAlice = await seesMediaOf(alice, bob);
      await seesMediaOf(bob, alice);
      await trackShowsFrames(bobAtAlice.tracks.get('camera')!);
      const lost = [alice, bob].map((s) => nextEvent(s, 'error', (e) => e.error.code === 'signaling-closed'));

      await server.stop();

      await Promise.all(lost);
      expect([alice.signalingState, bob.signalingState]).to.deep.equal(['closed', 'closed']);
      expect([alice.state, bob.state]).to.deep.equal(['joined', 'joined']);
      await trackShowsFrames(bobAtAlice.tracks.get('camera')!);
      const arrived = nextEvent(bob, 'chatMessageAdded', (e) => !e.message.local);
      alice.chat.send('still here');
      expect((await arrived).message.text).to.equal('still here');
    } finally {
      alice.dispose();
      bob.dispose();
      await server.stop();
    }
  });

  it('is shown in words by <rtc-room>', async () => {
    const server = await ownSignalingServer();
    try {
      const el = await fixture<RtcRoom>(
        html`<rtc-room room=${uniqueRoom()} signaling=${server.url}></rtc-room>`,
      );
      await until(() => el.currentSession?.state === 'joined', 'the room to join');
      await server.stop();
      const notice = () => el.shadowRoot!.querySelector('[part~="notice"]')?.textContent ?? '';
      await until(() => notice().includes('The connection to the call server was lost'), 'the notice');
    } finally {
      await server.stop();
    }
  });
});
