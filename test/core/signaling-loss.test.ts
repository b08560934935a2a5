import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { RtcRoom } from '../../components/index.js';
import { Session, createWebSocketSignaling } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { trackShowsFrames } from '../helpers/media.js';
import { seesMediaOf, uniqueRoom } from '../helpers/sessions.js';
import { ownSignalingServer, type OwnSignalingServer } from '../helpers/signaling-server.js';

describe('Session when the signaling server goes away mid-call', () => {
  let server: OwnSignalingServer | undefined;
  let sessions: Session[] = [];
  afterEach(async () => {
    for (const session of sessions) session.dispose();
    sessions = [];
    await server?.stop();
    server = undefined;
  });

  const call = async (url: string): Promise<[Session, Session]> => {
    const room = uniqueRoom();
    sessions = ['Alice', 'Bob'].map(
      (name) => new Session({ room, name, logLevel: 'silent', signaling: createWebSocketSignaling({ url }) }),
    );
    await Promise.all(sessions.map((s) => s.join()));
    return sessions as [Session, Session];
  };

  it('keeps the media and chat flowing peer to peer while the server is down', async () => {
    server = await ownSignalingServer();
    const [alice, bob] = await call(server.url);
    const bobAtAlice = await seesMediaOf(alice, bob);
    await seesMediaOf(bob, alice);
    await trackShowsFrames(bobAtAlice.tracks.get('camera')!);
    const down = nextEvent(alice, 'signalingStateChanged', (e) => e.state === 'closed');

    await server.stop();

    await down;
    expect(alice.state).to.equal('joined');
    await trackShowsFrames(bobAtAlice.tracks.get('camera')!);
    const arrived = nextEvent(bob, 'chatMessageAdded', (e) => !e.message.local);
    alice.chat.send('still here');
    expect((await arrived).message.text).to.equal('still here');
    expect([alice.participants.size, bob.participants.size]).to.deep.equal([1, 1]);
  });

  it('reconnects after a crash and restart as the same participants: presence heals, nobody appears twice', async () => {
    server = await ownSignalingServer();
    const [alice, bob] = await call(server.url);
    const bobAtAlice = await seesMediaOf(alice, bob);
    await seesMediaOf(bob, alice);
    const ids = [alice.localParticipant.id, bob.localParticipant.id];
    const joined: string[] = [];
    const left: string[] = [];
    for (const session of [alice, bob]) {
      session.on('participantJoined', ({ participant }) => joined.push(participant.id));
      session.on('participantLeft', ({ participant }) => left.push(participant.id));
    }

    await server.kill();
    await until(() => alice.signalingState !== 'open' && bob.signalingState !== 'open', 'both to notice');
    await trackShowsFrames(bobAtAlice.tracks.get('camera')!);
    await server.restart();
    await until(() => alice.signalingState === 'open' && bob.signalingState === 'open', 'both to reconnect');

    expect([alice.localParticipant.id, bob.localParticipant.id]).to.deep.equal(ids);
    expect([...alice.participants.keys()]).to.deep.equal([ids[1]]);
    expect([...bob.participants.keys()]).to.deep.equal([ids[0]]);
    expect(alice.participants.get(ids[1]!)).to.equal(bobAtAlice);
    expect({ joined, left }).to.deep.equal({ joined: [], left: [] });
    // Signaling works again: a newcomer meets both.
    const carol = new Session({
      room: alice.room,
      name: 'Carol',
      logLevel: 'silent',
      signaling: createWebSocketSignaling({ url: server.url }),
    });
    sessions.push(carol);
    await carol.join();
    await seesMediaOf(carol, alice);
    await seesMediaOf(carol, bob);
    expect(alice.participants.size).to.equal(2);
  });

  it('says "reconnecting" in <rtc-room> while the server is down, and clears it when back', async () => {
    server = await ownSignalingServer();
    const el = await fixture<RtcRoom>(
      html`<rtc-room room=${uniqueRoom()} signaling=${server.url} prejoin="off"></rtc-room>`,
    );
    await until(() => el.currentSession?.state === 'joined', 'the room to join');
    const banner = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="connection-status"]')!;
    expect(banner().hidden).to.equal(true);
    await server.stop();
    await until(() => !banner().hidden, 'the reconnecting banner');
    expect(banner().textContent).to.contain('Reconnecting to the call server');
    await server.restart();
    await until(() => banner().hidden, 'the banner to clear');
  });
});
