import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { RtcError, type MediaDevice, type RemoteParticipant, type Session } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { trackShowsFrames } from '../helpers/media.js';
import { memorySessions, seesMediaOf } from '../helpers/sessions.js';
import { isFirefox, needsChromiumFakes } from '../helpers/browser.js';

// Firefox's fake devices are one camera and one microphone, with no fake screen to share and
// no speakers listed: the tests that need those say so (needsChromiumFakes) and check that this
// is still the case, so they fail, and get turned on, the day Firefox has them.

/** Plays received audio, as `<rtc-video>` does: browsers decode it (and measure it) only then. */
const players: HTMLAudioElement[] = [];
function play(stream: MediaStream): void {
  const audio = document.createElement('audio');
  audio.srcObject = stream;
  document.body.append(audio);
  players.push(audio);
  void audio.play();
}

/**
 * A camera other than the default one that WebRTC can send: Chromium's fake_device_2 (its
 * fake_device_1 has a depth format no encoder takes; see test/helpers/chromium.mjs).
 */
async function encodableSecondCamera(session: Session): Promise<MediaDevice> {
  await until(() => session.devices.cameras.length >= 3, 'the fake cameras to be listed');
  const camera = session.devices.cameras.find((c) => c.label === 'fake_device_2');
  if (!camera) throw new Error('Chromium’s fake_device_2 camera was not listed');
  return camera;
}

/** Firefox does not deliver an `ended` event dispatched on a camera track to its listeners. */
async function endedCannotBeSimulated(): Promise<void> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: true });
  const [track] = stream.getVideoTracks();
  let heard = false;
  track!.addEventListener('ended', () => (heard = true));
  track!.dispatchEvent(new Event('ended'));
  track!.stop();
  expect(heard).to.equal(false);
}

async function joinedAlone(): Promise<Session> {
  const [session] = memorySessions(1).sessions as [Session];
  await session.join();
  await session.devices.refresh();
  return session;
}

/** What Firefox does instead of sharing a fake screen: a clear error about the screen, not a hang. */
async function screenFails(): Promise<void> {
  const session = await joinedAlone();
  try {
    const error = await session.shareScreen().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(RtcError);
    expect((error as RtcError).device).to.equal('screen');
  } finally {
    session.dispose();
  }
}

function onlyOne(kind: 'cameras' | 'microphones' | 'speakers', count: number): () => Promise<void> {
  return async () => {
    const session = await joinedAlone();
    try {
      expect(session.devices[kind].length).to.equal(count);
    } finally {
      session.dispose();
    }
  };
}
const oneCamera = onlyOne('cameras', 1);
const oneMicrophone = onlyOne('microphones', 1);
const noSpeakers = onlyOne('speakers', 0);

describe('call features in the core', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
    for (const audio of players.splice(0)) ((audio.srcObject = null), audio.remove());
  });

  async function twoInACall(): Promise<[Session, Session, RemoteParticipant, RemoteParticipant]> {
    sessions = memorySessions(2).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    const bobAtAlice = await seesMediaOf(alice, bob);
    const aliceAtBob = await seesMediaOf(bob, alice);
    return [alice, bob, bobAtAlice, aliceAtBob];
  }

  describe('screen sharing', () => {
    needsChromiumFakes(
      'reaches the other side as a screen track beside the camera, and its end is seen by both',
      'screen to share',
      screenFails,
      async () => {
        const [alice, bob, , aliceAtBob] = await twoInACall();
        const added = nextEvent(bob, 'trackAdded', (e) => e.source === 'screen');
        await alice.shareScreen({ audio: false });
        expect(alice.localParticipant.screenSharing).to.equal(true);
        const { participant, track } = await added;
        expect(participant).to.equal(aliceAtBob);
        expect(aliceAtBob.screenSharing).to.equal(true);
        expect(aliceAtBob.tracks.has('camera')).to.equal(true);
        expect(track).to.not.equal(aliceAtBob.tracks.get('camera'));
        await trackShowsFrames(track);

        // Stopping from the browser's own "stop sharing" bar ends the track.
        const removed = nextEvent(bob, 'trackRemoved', (e) => e.source === 'screen');
        const localTrack = alice.localParticipant.tracks.get('screen')!;
        localTrack.stop();
        localTrack.dispatchEvent(new Event('ended'));
        expect((await removed).participant).to.equal(aliceAtBob);
        await until(() => !alice.localParticipant.screenSharing, 'the sharer to see the share end');
        expect(aliceAtBob.screenSharing).to.equal(false);
        expect(aliceAtBob.tracks.has('camera')).to.equal(true);
      },
    );

    needsChromiumFakes(
      'can share again after stopping, and both sides can share at once',
      'screen to share',
      screenFails,
      async () => {
        const [alice, bob, bobAtAlice, aliceAtBob] = await twoInACall();
        await alice.shareScreen({ audio: false });
        await until(() => aliceAtBob.screenSharing, 'the first share to arrive');
        await alice.stopScreenShare();
        await until(() => !aliceAtBob.screenSharing, 'the first share to end');

        const again = nextEvent(bob, 'trackAdded', (e) => e.source === 'screen');
        await alice.shareScreen({ audio: false });
        await trackShowsFrames((await again).track);
        // Both share at the same time (started one after the other: two starts in the same
        // instant failed to deliver frames now and then, which is still to be looked into).
        await bob.shareScreen({ audio: false });
        await until(() => bobAtAlice.screenSharing, 'Bob’s share to reach Alice');
        await trackShowsFrames(bobAtAlice.tracks.get('screen')!);
      },
    );

    needsChromiumFakes(
      'sends the screen’s sound too when asked and the browser gives it',
      'screen to share',
      screenFails,
      async () => {
        const [alice, bob, , aliceAtBob] = await twoInACall();
        const sound = nextEvent(bob, 'trackAdded', (e) => e.source === 'screen-audio');
        await alice.shareScreen({ audio: true });
        expect(alice.localParticipant.tracks.has('screen-audio')).to.equal(true);
        expect((await sound).participant).to.equal(aliceAtBob);
      },
    );

    it('refuses to share before joining, clearly', async () => {
      sessions = memorySessions(1).sessions;
      const error = await sessions[0]!.shareScreen().catch((e: unknown) => e);
      expect(error).to.be.instanceOf(RtcError);
      expect((error as RtcError).code).to.equal('invalid-state');
    });
  });

  describe('devices', () => {
    it('lists cameras, microphones and speakers once joined', async () => {
      sessions = memorySessions(1).sessions;
      const [alice] = sessions as [Session];
      await alice.join();
      await until(() => alice.devices.cameras.length >= (isFirefox ? 1 : 3), 'the fake cameras to be listed');
      expect(alice.devices.microphones.length).to.be.greaterThan(0);
      expect(alice.devices.cameras.every((camera) => camera.label.length > 0)).to.equal(true);
    });

    needsChromiumFakes(
      'switches the camera mid-call and the other side keeps getting frames, with no renegotiation',
      'second camera',
      oneCamera,
      async () => {
        const [alice, , , aliceAtBob] = await twoInACall();
        const other = await encodableSecondCamera(alice);
        const received = aliceAtBob.tracks.get('camera')!;
        const before = alice.localParticipant.tracks.get('camera')!;
        await alice.localParticipant.setCameraDevice(other.deviceId);
        expect(alice.localParticipant.cameraDeviceId).to.equal(other.deviceId);
        expect(before.readyState).to.equal('ended');
        // The same received track goes on showing frames: replaceTrack, not a new track.
        expect(aliceAtBob.tracks.get('camera')).to.equal(received);
        await trackShowsFrames(received, 5);
      },
    );

    needsChromiumFakes(
      'switches the microphone and keeps it muted if it was',
      'second microphone',
      oneMicrophone,
      async () => {
        const [alice] = await twoInACall();
        await alice.localParticipant.setMicrophone(false);
        const other = alice.devices.microphones.find(
          (m) => m.deviceId !== alice.localParticipant.microphoneDeviceId && m.deviceId !== 'default',
        )!;
        await alice.localParticipant.setMicrophoneDevice(other.deviceId);
        expect(alice.localParticipant.microphoneDeviceId).to.equal(other.deviceId);
        expect(alice.localParticipant.microphoneMuted).to.equal(true);
      },
    );

    it('rejects a camera that does not exist and keeps the one in use', async () => {
      const [alice] = await twoInACall();
      const before = alice.localParticipant.tracks.get('camera')!;
      const error = await alice.localParticipant.setCameraDevice('no-such-camera').catch((e: unknown) => e);
      expect((error as RtcError).code).to.equal('device-not-found');
      expect(alice.localParticipant.tracks.get('camera')).to.equal(before);
      expect(before.readyState).to.equal('live');
    });

    needsChromiumFakes(
      'falls back to another camera when the one in use is unplugged, and says so',
      'way to simulate an unplug (a dispatched `ended` reaches no listener)',
      endedCannotBeSimulated,
      async () => {
        const [alice, , , aliceAtBob] = await twoInACall();
        const second = await encodableSecondCamera(alice);
        await alice.localParticipant.setCameraDevice(second.deviceId);
        const lost = alice.localParticipant.tracks.get('camera')!;
        const told = nextEvent(alice, 'error', (e) => e.error.code === 'device-lost');
        // Fake devices cannot be unplugged; a real unplug ends the track, which is what the SDK hears.
        lost.dispatchEvent(new Event('ended'));
        const { error } = await told;
        expect(error.device).to.equal('camera');
        expect(error.message).to.contain(second.label).and.contain('now using');
        const replacement = alice.localParticipant.tracks.get('camera')!;
        expect(replacement).to.not.equal(lost);
        expect(replacement.readyState).to.equal('live');
        await trackShowsFrames(aliceAtBob.tracks.get('camera')!, 5);
      },
    );

    needsChromiumFakes(
      'chooses the speaker, where the browser can',
      'speakers listed',
      noSpeakers,
      async () => {
        sessions = memorySessions(1).sessions;
        const [alice] = sessions as [Session];
        await alice.join();
        await until(() => alice.devices.speakers.length > 1, 'the fake speakers');
        const speaker = alice.devices.speakers[1]!;
        const changed = nextEvent(alice, 'speakerChanged');
        await alice.setSpeaker(speaker.deviceId);
        expect((await changed).deviceId).to.equal(speaker.deviceId);
        expect(alice.speakerId).to.equal(speaker.deviceId);
      },
    );
  });

  describe('speaking', () => {
    it(`hears the other side’s microphone as an audio level, speaking and the active speaker${
      isFirefox
        ? ' (Firefox: the other side only; its Web Audio stays suspended here, so not your own level)'
        : ', and your own'
    }`, async () => {
      const [alice, , bobAtAlice] = await twoInACall();
      play(bobAtAlice.cameraStream);
      const active = nextEvent(alice, 'activeSpeakerChanged', (e) => e.participant === bobAtAlice);
      // The fake microphone beeps; each beep is speech to the detector.
      await until(() => bobAtAlice.speaking, 'Bob to be heard speaking', 20_000);
      await active;
      expect(alice.activeSpeaker).to.equal(bobAtAlice);
      // Known gap: headless Firefox here keeps Web Audio suspended even after a real click, so
      // your own level (measured with Web Audio) stays 0 there; it is checked in Chromium.
      if (isFirefox) return;
      await sendMouse({ type: 'click', position: [1, 1] });
      await until(() => alice.localParticipant.speaking, 'Alice’s own microphone to be heard');
    });

    it('does not report someone muted as speaking', async () => {
      const [, bob, bobAtAlice] = await twoInACall();
      play(bobAtAlice.cameraStream);
      await bob.localParticipant.setMicrophone(false);
      await until(() => bobAtAlice.microphoneMuted, 'Bob’s mute to arrive');
      await until(() => !bobAtAlice.speaking, 'Bob to stop speaking');
      // Two seconds of beeps at the fake microphone: none of it is heard while muted.
      const deadline = performance.now() + 2000;
      await until(() => bobAtAlice.speaking || performance.now() > deadline, 'two seconds to pass', 5000);
      expect(bobAtAlice.speaking).to.equal(false);
      expect(bobAtAlice.audioLevel).to.equal(0);
    });
  });

  describe('raised hands and reactions', () => {
    it('shows a raised hand to the others, and to newcomers', async () => {
      const { sessions: made } = memorySessions(3);
      sessions = made;
      const [alice, bob, carol] = made as [Session, Session, Session];
      await Promise.all([alice.join(), bob.join()]);
      const bobAtAlice = await seesMediaOf(alice, bob);
      bob.localParticipant.setHandRaised(true);
      expect(bob.localParticipant.handRaised).to.equal(true);
      await until(() => bobAtAlice.handRaised, 'the hand to reach Alice');
      await carol.join();
      const bobAtCarol = await seesMediaOf(carol, bob);
      expect(bobAtCarol.handRaised).to.equal(true);
      bob.localParticipant.setHandRaised(false);
      await until(() => !bobAtAlice.handRaised && !bobAtCarol.handRaised, 'the hand to go down');
    });

    it('delivers an emoji reaction to everyone, and to the sender', async () => {
      const [alice, bob, bobAtAlice] = await twoInACall();
      // Reactions are not kept for later: wait for the chat channel to be open both ways.
      const hello = nextEvent(alice, 'chatMessageAdded');
      bob.chat.send('hello');
      await hello;
      const atAlice = nextEvent(alice, 'reaction');
      const atBob = nextEvent(bob, 'reaction');
      bob.sendReaction('🎉');
      expect(await atAlice).to.deep.equal({ participant: bobAtAlice, emoji: '🎉' });
      expect((await atBob).participant).to.equal(bob.localParticipant);
    });

    it('refuses a reaction that is not a short emoji', async () => {
      const [alice] = await twoInACall();
      expect(() => alice.sendReaction('<b>'.repeat(20))).to.throw(RtcError);
      expect(() => alice.sendReaction('')).to.throw(RtcError);
    });
  });
});
