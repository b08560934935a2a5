import { expect } from '@open-wc/testing';
import { RtcError, Session, createWebSocketSignaling, type ChatMessage } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { trackIsLive, trackShowsFrames } from '../helpers/media.js';
import { recordPeerConnections } from '../helpers/peer-connections.js';
import { memorySessions, seesMediaOf } from '../helpers/sessions.js';

describe('Session', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  describe('a call between two sessions in one page', () => {
    it('delivers each side’s video frames and live audio to the other', async () => {
      sessions = memorySessions(2).sessions;
      const [alice, bob] = sessions as [Session, Session];
      await Promise.all([alice.join(), bob.join()]);
      const bobAtAlice = await seesMediaOf(alice, bob);
      const aliceAtBob = await seesMediaOf(bob, alice);
      expect(bobAtAlice.name).to.equal('User 2');
      expect(aliceAtBob.name).to.equal('User 1');
      await Promise.all([
        trackShowsFrames(bobAtAlice.tracks.get('camera')!),
        trackShowsFrames(aliceAtBob.tracks.get('camera')!),
        trackIsLive(bobAtAlice.tracks.get('microphone')!),
        trackIsLive(aliceAtBob.tracks.get('microphone')!),
      ]);
    });

    it('emits participantJoined, then connectionStateChanged to connected', async () => {
      sessions = memorySessions(2).sessions;
      const [alice, bob] = sessions as [Session, Session];
      const joined = nextEvent(alice, 'participantJoined');
      const connected = nextEvent(alice, 'connectionStateChanged', (e) => e.state === 'connected');
      await alice.join();
      await bob.join();
      expect((await joined).participant.id).to.equal(bob.localParticipant.id);
      expect((await connected).participant.id).to.equal(bob.localParticipant.id);
    });

    it('forms a full mesh of three, each receiving both others’ video', async () => {
      sessions = memorySessions(3).sessions;
      await Promise.all(sessions.map((s) => s.join()));
      const checks = [];
      for (const session of sessions) {
        expect(session.participants.size).to.equal(2);
        for (const other of sessions) {
          if (other === session) continue;
          const participant = await seesMediaOf(session, other);
          checks.push(trackShowsFrames(participant.tracks.get('camera')!));
        }
      }
      await Promise.all(checks);
    });
  });

  describe('chat', () => {
    it('delivers a message both ways, as plain text, with the sender’s name', async () => {
      sessions = memorySessions(2).sessions;
      const [alice, bob] = sessions as [Session, Session];
      await Promise.all([alice.join(), bob.join()]);
      // Sent before the data channel is open: it waits for the channel instead of being lost.
      const atBob = nextEvent(bob, 'chatMessageAdded', (e) => !e.message.local);
      const sent = alice.chat.send('hello <b>bob</b>');
      const { message } = await atBob;
      expect(message).to.deep.include({ id: sent.id, from: alice.localParticipant.id, name: 'User 1' });
      expect(message.text).to.equal('hello <b>bob</b>');
      const atAlice = nextEvent(alice, 'chatMessageAdded', (e) => !e.message.local);
      bob.chat.send('hi alice');
      expect((await atAlice).message.text).to.equal('hi alice');
      expect(alice.chat.messages.map((m: ChatMessage) => [m.text, m.local])).to.deep.equal([
        ['hello <b>bob</b>', true],
        ['hi alice', false],
      ]);
    });

    it('refuses empty and too long messages with invalid-options', async () => {
      sessions = memorySessions(1).sessions;
      const [alice] = sessions as [Session];
      expect(() => alice.chat.send('   '))
        .to.throw(RtcError)
        .with.property('code', 'invalid-options');
      expect(() => alice.chat.send('x'.repeat(4001)))
        .to.throw(RtcError)
        .with.property('code', 'invalid-options');
    });
  });

  describe('mute state', () => {
    it('reaches the other side, and camera off releases the device', async () => {
      sessions = memorySessions(2).sessions;
      const [alice, bob] = sessions as [Session, Session];
      await Promise.all([alice.join(), bob.join()]);
      const bobAtAlice = await seesMediaOf(alice, bob);

      const micOff = nextEvent(alice, 'participantUpdated', (e) => e.participant.microphoneMuted);
      await bob.localParticipant.setMicrophone(false);
      await micOff;
      expect(bob.localParticipant.microphoneMuted).to.equal(true);

      const camera = bob.localParticipant.tracks.get('camera')!;
      const cameraOff = nextEvent(alice, 'participantUpdated', (e) => e.participant.cameraMuted);
      await bob.localParticipant.setCamera(false);
      await cameraOff;
      expect(camera.readyState).to.equal('ended');
      expect(bob.localParticipant.tracks.has('camera')).to.equal(false);

      const cameraOn = nextEvent(alice, 'participantUpdated', (e) => !e.participant.cameraMuted);
      await bob.localParticipant.setCamera(true);
      await cameraOn;
      // The new camera track goes out on the same transceiver, so the same remote track shows it.
      await trackShowsFrames(bobAtAlice.tracks.get('camera')!);
    });
  });

  describe('leaving', () => {
    it('stops every track and closes every connection; the other side sees participantLeft', async () => {
      const recorder = recordPeerConnections();
      sessions = memorySessions(2).sessions;
      const [alice, bob] = sessions as [Session, Session];
      let bobAtAlice, aliceAtBob;
      try {
        await Promise.all([alice.join(), bob.join()]);
        bobAtAlice = await seesMediaOf(alice, bob);
        aliceAtBob = await seesMediaOf(bob, alice);
      } finally {
        recorder.restore();
      }
      const localTracks = [...alice.localParticipant.tracks.values()];
      const received = [...bobAtAlice.tracks.values()];
      expect(recorder.connections).to.have.length(2);
      const left = nextEvent(bob, 'participantLeft');

      await alice.leave();

      expect((await left).participant.id).to.equal(alice.localParticipant.id);
      expect(alice.state).to.equal('left');
      expect(alice.participants.size).to.equal(0);
      expect(bob.participants.size).to.equal(0);
      expect(localTracks.map((t) => t.readyState)).to.deep.equal(['ended', 'ended']);
      expect(received.map((t) => t.readyState)).to.deep.equal(['ended', 'ended']);
      expect([...aliceAtBob.tracks.values()]).to.deep.equal([]);
      // Alice closed her connection; Bob closed his on her bye.
      expect(recorder.connections.map((pc) => pc.signalingState)).to.deep.equal(['closed', 'closed']);
    });

    it('leaves no listeners behind after dispose()', async () => {
      sessions = memorySessions(2).sessions;
      const [alice, bob] = sessions as [Session, Session];
      alice.on('participantJoined', () => undefined);
      alice.localParticipant.on('updated', () => undefined);
      await Promise.all([alice.join(), bob.join()]);
      await seesMediaOf(alice, bob);
      alice.dispose();
      alice.dispose();
      expect(alice.eventNames()).to.deep.equal([]);
      expect(alice.localParticipant.eventNames()).to.deep.equal([]);
      expect([...alice.localParticipant.tracks.values()]).to.deep.equal([]);
    });

    it('leaving while joining ends the join: it rejects, the session is left and no device stays open', async () => {
      sessions = memorySessions(1).sessions;
      const [alice] = sessions as [Session];
      const joining = alice.join();
      await alice.leave();
      const error = await joining.catch((e: unknown) => e);
      expect(error).to.be.instanceOf(RtcError).with.property('code', 'invalid-state');
      expect(alice.state).to.equal('left');
      expect(alice.localParticipant.tracks.size).to.equal(0);
    });

    it('can join again after leaving', async () => {
      sessions = memorySessions(2).sessions;
      const [alice, bob] = sessions as [Session, Session];
      await Promise.all([alice.join(), bob.join()]);
      await alice.leave();
      await alice.join();
      const participant = await seesMediaOf(bob, alice);
      await trackShowsFrames(participant.tracks.get('camera')!);
      expect(bob.participants.size).to.equal(1);
    });
  });

  describe('bad input and failures', () => {
    it('rejects a bad room name with invalid-options', () => {
      const signaling = createWebSocketSignaling({ url: 'ws://127.0.0.1:9/' });
      for (const room of ['', 'x'.repeat(129), 'line\nbreak']) {
        expect(() => new Session({ room, signaling }), JSON.stringify(room))
          .to.throw(RtcError)
          .with.property('code', 'invalid-options');
      }
    });

    it('refuses a second join() with invalid-state', async () => {
      sessions = memorySessions(1).sessions;
      const [alice] = sessions as [Session];
      await alice.join();
      const error = await alice.join().catch((e: unknown) => e);
      expect(error).to.be.instanceOf(RtcError).with.property('code', 'invalid-state');
    });

    it('rejects join() with signaling-unreachable, releases the devices and returns to idle', async () => {
      const session = new Session({
        room: 'nobody-listens',
        logLevel: 'silent',
        signaling: createWebSocketSignaling({ url: 'ws://127.0.0.1:9/' }),
      });
      sessions = [session];
      const error = await session.join().catch((e: unknown) => e);
      expect(error).to.be.instanceOf(RtcError).with.property('code', 'signaling-unreachable');
      expect(session.state).to.equal('idle');
      expect(session.localParticipant.tracks.size).to.equal(0);
    });

    it('joins with the microphone only when the camera asked for does not exist', async () => {
      sessions = memorySessions(2, {}, (i) =>
        i === 0 ? { video: { deviceId: { exact: 'no-such-camera' } } } : {},
      ).sessions;
      const [alice, bob] = sessions as [Session, Session];
      const reported = nextEvent(alice, 'error');
      await Promise.all([alice.join(), bob.join()]);
      const { error } = await reported;
      expect(error).to.be.instanceOf(RtcError);
      expect(error).to.include({ code: 'device-not-found', device: 'camera' });
      expect([...alice.localParticipant.tracks.keys()]).to.deep.equal(['microphone']);
      expect(alice.localParticipant.cameraMuted).to.equal(true);
      // Bob hears Alice, knows her camera is off, and Alice still sees Bob.
      await until(
        () => Boolean(bob.participants.get(alice.localParticipant.id)?.tracks.has('microphone')),
        'alice’s audio at bob',
      );
      const aliceAtBob = bob.participants.get(alice.localParticipant.id)!;
      expect(aliceAtBob.cameraMuted).to.equal(true);
      await trackIsLive(aliceAtBob.tracks.get('microphone')!);
      const bobAtAlice = await seesMediaOf(alice, bob);
      await trackShowsFrames(bobAtAlice.tracks.get('camera')!);
    });
  });
});
