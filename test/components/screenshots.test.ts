import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, resetMouse, setViewport } from '@web/test-runner-commands';
import { canEmulateColorScheme, useColorScheme } from '../helpers/color-scheme.js';
import '../../components/define.js';
import type { RtcChat } from '../../components/index.js';
import { until } from '../helpers/events.js';
import { settled } from '../helpers/layout-geometry.js';
import { framesArrive } from '../helpers/media.js';
import { layoutOf, partOf, tilesOf, twoPersonCall } from '../helpers/rooms.js';

// Pictures of the default UI for the README, written (never compared) on every run: the fake
// camera's moving pattern differs from run to run, so comparing would only make a flaky test.
const SIZES = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 360, height: 640 },
} as const;

describe('screenshots of the default UI (docs/screenshots/)', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await useColorScheme('no-preference');
  });

  it('writes a two-person call at desktop and phone size, light and dark', async () => {
    await setViewport(SIZES.desktop);
    const { ada, grace } = await twoPersonCall();
    const arrived = oneEvent(ada, 'rtc-chat-message-added');
    grace.currentSession!.chat.send('Hello Ada! Good to see you.');
    await arrived;
    ada.currentSession!.chat.send('Yes, loud and clear!');
    const chat = partOf<RtcChat>(ada, 'chat');
    await until(() => chat.shadowRoot!.querySelectorAll('[part~="message"]').length === 2, 'both messages');
    await resetMouse(); // no hover: the pin buttons stay out of the picture
    for (const [size, viewport] of Object.entries(SIZES)) {
      await setViewport(viewport);
      for (const colorScheme of ['light', 'dark'] as const) {
        await useColorScheme(colorScheme);
        await settled(layoutOf(ada));
        for (const tile of [...tilesOf(ada, 'local-video'), ...tilesOf(ada, 'remote-video')]) {
          await framesArrive(partOf(tile, 'video'), 2);
        }
        // The docs show Chromium's rendering; Firefox's goes to a folder git ignores.
        const folder = canEmulateColorScheme ? 'docs/screenshots' : 'docs/screenshots/firefox';
        const path = `${folder}/call-${size}-${colorScheme}.png`;
        const written = await executeServerCommand<{ width: number; height: number }, { path: string }>(
          'save-screenshot',
          { path },
        );
        expect(written, path).to.deep.equal(viewport);
      }
    }
  });
});
