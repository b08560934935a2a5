import { expect } from '@open-wc/testing';
import { RtcError, Session, createWebSocketSignaling } from '../../src/index.js';
import { nextEvent } from '../helpers/events.js';
import { trackShowsFrames } from '../helpers/media.js';
import { memorySessions, seesMediaOf, uniqueRoom } from '../helpers/sessions.js';
import { ownSignalingServer, type OwnSignalingServer } from '../helpers/signaling-server.js';
import { coturn, turnCredentials } from '../helpers/turn.js';

describe('Session through a TURN server (coturn on loopback)', () => {
  let server: OwnSignalingServer | undefined;
  let sessions: Session[] = [];
  afterEach(async () => {
    for (const session of sessions) session.dispose();
    sessions = [];
    await server?.stop();
    server = undefined;
  });

  it('connects relay-only with the credentials the signaling server hands out', async () => {
    const turn = await coturn();
    server = await ownSignalingServer(['--turn-secret', turn.secret, '--turn-url', turn.url]);
    const room = uniqueRoom('turn');
    sessions = ['Alice', 'Bob'].map(
      (name) =>
        new Session({
          room,
          name,
          logLevel: 'silent',
          iceTransportPolicy: 'relay', // only relayed paths: each side sees only coturn's address
          signaling: createWebSocketSignaling({ url: server!.url }),
        }),
    );
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    const bobAtAlice = await seesMediaOf(alice, bob);
    await trackShowsFrames(bobAtAlice.tracks.get('camera')!);
    expect(bobAtAlice.connectionState).to.equal('connected');
  });

  it('does not connect with expired credentials, and says so', async () => {
    const turn = await coturn();
    const expired = await turnCredentials(-60);
    sessions = memorySessions(2, {
      iceTransportPolicy: 'relay',
      iceServers: [{ urls: turn.url, ...expired }],
    }).sessions;
    const [alice, bob] = sessions as [Session, Session];
    const failed = nextEvent(alice, 'error', (e) => e.error.code === 'ice-failed', 60_000);
    await Promise.all([alice.join(), bob.join()]);
    const { error } = await failed;
    expect(error).to.be.instanceOf(RtcError);
    expect(error.message).to.match(/refused our credentials \(401 .*\); they may have expired/);
    expect(alice.participants.get(bob.localParticipant.id)!.connectionState).to.not.equal('connected');
  });

  it('explains that a TURN server is needed when relay-only has none', async () => {
    sessions = memorySessions(2, { iceTransportPolicy: 'relay' }).sessions;
    const [alice, bob] = sessions as [Session, Session];
    const failed = nextEvent(alice, 'error', (e) => e.error.code === 'ice-failed', 60_000);
    await Promise.all([alice.join(), bob.join()]);
    expect((await failed).error.message).to.contain('no TURN server is configured');
  });
});
