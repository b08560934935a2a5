// `rtc-elements/vue` is imported by server-rendered Vue apps too (Nuxt): it must load in Node,
// where there is no window or document. Runs against dist/ (after `npm run build`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserGlobalsTouched } from '../helpers/browser-globals.js';

describe('rtc-elements/vue on the server', () => {
  it('imports in Node without touching a browser global', () => {
    assert.deepEqual(browserGlobalsTouched(['rtc-elements/vue']), []);
  });
});
