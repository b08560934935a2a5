import { expect } from '@open-wc/testing';
import * as sdk from '../../src/index.js';
import { blockedFrame } from '../helpers/blocked-frame.js';
import { nextEvent } from '../helpers/events.js';
import { trackShowsFrames } from '../helpers/media.js';
import { seesMediaOf, uniqueRoom } from '../helpers/sessions.js';

async function sdkInBlockedFrame(allow: string): Promise<{ sdk: typeof sdk; frame: HTMLIFrameElement }> {
  const { frame, load } = await blockedFrame(allow);
  return { sdk: await load<typeof sdk>('/src/index.ts'), frame };
}

describe('Session media errors', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('reports permission-denied for both devices and still joins, receiving the others', async () => {
    const room = uniqueRoom('blocked');
    const { sdk: framed, frame } = await sdkInBlockedFrame("camera 'none'; microphone 'none'");
    const blocked = new framed.Session({
      room,
      name: 'Blocked',
      logLevel: 'silent',
      signaling: framed.createBroadcastChannelSignaling(),
    });
    const open = new sdk.Session({
      room,
      name: 'Open',
      logLevel: 'silent',
      signaling: sdk.createBroadcastChannelSignaling(),
    });
    cleanups.push(() => (blocked.dispose(), open.dispose(), frame.remove()));
    const errors: sdk.RtcError[] = [];
    blocked.on('error', ({ error }) => errors.push(error));

    await blocked.join();
    await open.join();

    expect(errors.map((e) => [e.code, e.device]).sort()).to.deep.equal([
      ['permission-denied', 'camera'],
      ['permission-denied', 'microphone'],
    ]);
    expect(errors[0]!.message).to.match(/could not be used: access was denied/);
    expect(blocked.localParticipant.tracks.size).to.equal(0);
    const openAtBlocked = await seesMediaOf(blocked, open);
    await trackShowsFrames(openAtBlocked.tracks.get('camera')!);
    const blockedAtOpen = open.participants.get(blocked.localParticipant.id)!;
    expect([blockedAtOpen.cameraMuted, blockedAtOpen.microphoneMuted]).to.deep.equal([true, true]);
  });

  it('joins with the microphone when only the camera is blocked', async () => {
    const { sdk: framed, frame } = await sdkInBlockedFrame("camera 'none'");
    const session = new framed.Session({
      room: uniqueRoom('no-camera'),
      logLevel: 'silent',
      signaling: framed.createBroadcastChannelSignaling(),
    });
    cleanups.push(() => (session.dispose(), frame.remove()));
    const reported = nextEvent(session, 'error');
    await session.join();
    const { error } = await reported;
    expect([error.code, error.device]).to.deep.equal(['permission-denied', 'camera']);
    expect([...session.localParticipant.tracks.keys()]).to.deep.equal(['microphone']);
  });

  it('rejects turning the camera on with the reason when it is blocked', async () => {
    const { sdk: framed, frame } = await sdkInBlockedFrame("camera 'none'");
    const session = new framed.Session({
      room: uniqueRoom('no-camera'),
      video: false,
      logLevel: 'silent',
      signaling: framed.createBroadcastChannelSignaling(),
    });
    cleanups.push(() => (session.dispose(), frame.remove()));
    await session.join();
    const error = (await session.localParticipant.setCamera(true).catch((e: unknown) => e)) as sdk.RtcError;
    expect([error.name, error.code, error.device]).to.deep.equal(['RtcError', 'permission-denied', 'camera']);
    expect(session.localParticipant.cameraMuted).to.equal(true);
  });
});
