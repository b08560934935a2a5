import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RtcLayout, RtcRoom, RtcVideo } from '../../components/index.js';
import { until } from './events.js';
import { framesArrive } from './media.js';
import { uniqueRoom } from './sessions.js';

/** One part of an element's shadow root. */
export const partOf = <T extends Element = HTMLElement>(el: Element, name: string): T =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

/** All parts of one name in an element's shadow root. */
export const partsOf = <T extends Element = HTMLElement>(el: Element, name: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];

/** A room's `<rtc-layout>`. */
export const layoutOf = (room: RtcRoom): RtcLayout => partOf<RtcLayout>(room, 'layout');

/** A room's tiles of one kind (`local-video`, `remote-video`, `screen-video`). */
export const tilesOf = (room: RtcRoom, name: string): RtcVideo[] => partsOf<RtcVideo>(layoutOf(room), name);

/**
 * A two-person call in one page over broadcast-channel signaling, as a person sees it: Ada's
 * room fills the window (with the attributes `attributes` renders), Grace's is hidden. Resolves
 * once each side shows the other's frames.
 */
export async function twoPersonCall(
  attributes: (room: string) => TemplateResult = (room) =>
    html`<rtc-room room=${room} signaling="broadcast" name="Ada Lovelace"></rtc-room>`,
): Promise<{ ada: RtcRoom; grace: RtcRoom }> {
  const room = uniqueRoom('call');
  const wrapper = await fixture(html`
    <div>
      <div style="position: fixed; inset: 0; display: grid">${attributes(room)}</div>
      <rtc-room room=${room} signaling="broadcast" name="Grace Hopper" hidden></rtc-room>
    </div>
  `);
  const [ada, grace] = [...wrapper.querySelectorAll('rtc-room')] as [RtcRoom, RtcRoom];
  for (const [room, other] of [
    [ada, 'Grace'],
    [grace, 'Ada'],
  ] as const) {
    await until(
      () => Boolean(layoutOf(room)) && tilesOf(room, 'remote-video').length === 1,
      `${other}'s tile`,
    );
  }
  await framesArrive(partOf(tilesOf(ada, 'remote-video')[0]!, 'video'));
  return { ada, grace };
}
