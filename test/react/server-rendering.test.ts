// Server rendering with the built package: `rtc-elements/react` imports in Node, where there is
// no window or document, and react-dom/server renders a component that uses it. Runs against
// dist/ (after `npm run build`), found through package.json "exports" as an app would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import type * as ReactEntry from '../../react/index.js';
import { browserGlobalsTouched } from '../helpers/browser-globals.js';
import { importBuilt } from '../helpers/built-entry.js';

/** The element classes in custom-elements.json: each has a React component of the same name. */
const elementClasses = (
  JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: Array<{ declarations?: Array<{ name: string; tagName?: string }> }>;
  }
).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => declaration.name);

describe('rtc-elements/react on the server', () => {
  it('imports in Node without touching a browser global', async () => {
    assert.deepEqual(browserGlobalsTouched(['rtc-elements/react']), []);
    const react = await importBuilt<typeof ReactEntry>('./react');
    assert.deepEqual(Object.keys(react).sort(), elementClasses.sort());
  });

  it('renders a call with react-dom/server, with no handler or object leaking into the markup', async () => {
    const { RtcChat, RtcControls, RtcRoom } = await importBuilt<typeof ReactEntry>('./react');
    function Call({ name }: { name: string }) {
      return createElement(
        'main',
        null,
        createElement(
          RtcRoom,
          {
            room: 'standup',
            signaling: 'wss://example.com/signal',
            name,
            className: 'call',
            onRtcParticipantJoined: () => undefined,
          },
          createElement(RtcChat),
          createElement(RtcControls, { slot: 'controls', id: 'toolbar', chatOpen: true }),
        ),
      );
    }
    const html = renderToString(createElement(Call, { name: 'Ada' }));
    // The elements' own properties are set when the page hydrates; HTML's attributes (`slot`,
    // `id`) are in the markup, so the toolbar is in the room's controls slot from the start.
    assert.equal(
      html,
      '<main><rtc-room class="call"><rtc-chat></rtc-chat>' +
        '<rtc-controls slot="controls" id="toolbar"></rtc-controls></rtc-room></main>',
    );
  });
});
