import { expect, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { useColorScheme } from '../helpers/color-scheme.js';
import '../../components/define.js';
import type { RtcChat, RtcRoom } from '../../components/index.js';
import { axeViolations } from '../helpers/axe.js';
import { until } from '../helpers/events.js';
import { partOf, twoPersonCall } from '../helpers/rooms.js';

/** The texts in the room's polite live region, oldest first. */
const announced = (room: RtcRoom): string[] =>
  [...room.shadowRoot!.querySelectorAll('[aria-live="polite"][role="log"] p')].map((p) =>
    p.textContent!.trim(),
  );

async function chatBetween(ada: RtcRoom, grace: RtcRoom): Promise<void> {
  const arrived = oneEvent(ada, 'rtc-chat-message-added');
  grace.currentSession!.chat.send('Hello from Grace! https://example.com');
  await arrived;
  ada.currentSession!.chat.send('Hi Grace');
  await partOf<RtcChat>(ada, 'chat').updateComplete;
}

describe('accessibility of the default call UI', () => {
  before(() => setViewport({ width: 1440, height: 900 }));
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await useColorScheme('no-preference');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is axe-clean in a call with the chat open (${colorScheme})`, async () => {
      await useColorScheme(colorScheme);
      const { ada, grace } = await twoPersonCall();
      await chatBetween(ada, grace);
      expect(await axeViolations(ada)).to.deep.equal([]);
    });
  }

  it('is axe-clean with just the videos, a tile pinned, on a phone', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const { ada } = await twoPersonCall(
        (room) => html`<rtc-room room=${room} signaling="broadcast" name="Ada" minimal></rtc-room>`,
      );
      partOf<HTMLButtonElement>(partOf(ada, 'layout'), 'pin-button').click();
      await until(() => partOf(ada, 'layout').matches(':state(pinned)'), 'a pinned tile');
      expect(await axeViolations(ada)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 1440, height: 900 });
    }
  });

  it('announces joins, microphone and camera changes, and leaves, politely', async () => {
    const { ada, grace } = await twoPersonCall();
    const region = ada.shadowRoot!.querySelector('[role="log"][aria-live="polite"]')!;
    expect(region.closest('[hidden]')).to.equal(null); // read even when a page replaces the UI
    await until(() => announced(ada).includes('Grace Hopper joined'), 'the join to be announced');
    await grace.currentSession!.localParticipant.setMicrophone(false);
    await until(() => announced(ada).includes('Grace Hopper’s microphone is off'), 'the mute');
    await grace.currentSession!.localParticipant.setCamera(false);
    await until(() => announced(ada).includes('Grace Hopper’s camera is off'), 'the camera');
    await grace.currentSession!.localParticipant.setMicrophone(true);
    await until(() => announced(ada).includes('Grace Hopper’s microphone is on'), 'the unmute');
    grace.remove();
    await until(() => announced(ada).includes('Grace Hopper left'), 'the leave');
    // Each sentence once, and only the last few are kept.
    expect(announced(ada).length).to.be.at.most(5);
    expect(new Set(announced(ada)).size).to.equal(announced(ada).length);
  });
});
