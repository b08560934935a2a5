import { expect } from '@open-wc/testing';
import type { RtcLayout } from '../../components/index.js';

/** Half a pixel: layout rounds to device pixels. */
const SLACK = 0.5;

const inside = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - SLACK &&
  inner.right <= outer.right + SLACK &&
  inner.top >= outer.top - SLACK &&
  inner.bottom <= outer.bottom + SLACK;

const overlapping = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right - SLACK &&
  b.left < a.right - SLACK &&
  a.top < b.bottom - SLACK &&
  b.top < a.bottom - SLACK;

const show = (rect: DOMRect): string =>
  `${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;

/** Waits until a resize has reached the layout: its observer has fired and it has re-rendered. */
export async function settled(layout: RtcLayout): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await layout.updateComplete;
}

/**
 * Asserts what a person sees of a layout with `count` tiles: each tile — scrolled into view,
 * for a strip that scrolls — lies inside the layout's box and keeps the tiles' aspect ratio;
 * no two tiles overlap (strip tiles compared where they sit in the scrolled strip); and the
 * page itself does not scroll.
 */
export function expectTilesFit(layout: RtcLayout, count: number, aspect = 16 / 9): void {
  const root = layout.shadowRoot!;
  const box = root.querySelector('[part="base"]')!.getBoundingClientRect();
  const strip = root.querySelector<HTMLElement>('[part="tiles"]')!;
  const tiles = [...root.querySelectorAll<HTMLElement>('[part~="tile"]')];
  const where = `${count} tile(s), ${layout.layout} layout, ${innerWidth}×${innerHeight}`;
  expect(tiles.length, where).to.equal(count);
  // First, as scrolling tiles into view below would scroll a page that overflows.
  const page = document.scrollingElement!;
  expect(page.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(innerWidth);
  expect(page.scrollHeight, `${where}: the page scrolls`).to.be.at.most(innerHeight);
  expect(box.width * box.height, `${where}: the layout has a size`).to.be.greaterThan(0);
  const placed = tiles.map((tile, i) => {
    const focused = tile.part.contains('focused-tile');
    if (!focused) tile.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = tile.getBoundingClientRect();
    const name = `${where}: tile ${i} at ${show(rect)} in ${show(box)}`;
    expect(rect.width > 0 && rect.height > 0, `${name} is visible`).to.equal(true);
    expect(inside(rect, box), `${name} stays inside`).to.equal(true);
    // Tile sizes are whole pixels, so the shape may be off by a pixel or so.
    expect(Math.abs(rect.width - rect.height * aspect), `${name} keeps its shape`).to.be.below(2);
    // Where it sits in the strip's content: strip tiles move when the strip scrolls.
    const content = focused
      ? rect
      : new DOMRect(rect.x + strip.scrollLeft, rect.y + strip.scrollTop, rect.width, rect.height);
    return { focused, rect, content, i };
  });
  const flowing = placed.filter((tile) => !tile.focused);
  for (const [n, a] of flowing.entries()) {
    for (const b of flowing.slice(n + 1)) {
      expect(overlapping(a.content, b.content), `${where}: tiles ${a.i} and ${b.i} overlap`).to.equal(false);
    }
  }
  const focused = placed.find((tile) => tile.focused);
  if (focused && flowing.length > 0) {
    const stripBox = strip.getBoundingClientRect();
    expect(overlapping(focused.rect, stripBox), `${where}: the large tile covers the strip`).to.equal(false);
  }
}
