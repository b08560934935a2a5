import { gridFor } from './grid.js';

/** Bounds of the strip's thickness, in CSS pixels: below the minimum the strip scrolls instead. */
const STRIP = {
  beside: { share: 0.2, min: 96, max: 240 },
  below: { share: 0.2, min: 64, max: 160 },
} as const;

/** Where the speaker layout puts things in its box (logical: inline from the inline-start edge). */
export interface SpeakerLayout {
  /** The strip of other tiles: beside the focused one (landscape box), below it (portrait), or none. */
  strip: 'beside' | 'below' | 'none';
  /** The strip's thickness: its width when beside, its height when below. */
  stripSize: number;
  /** One tile in the strip. */
  stripTile: { width: number; height: number };
  /** The focused tile: the largest that fits the rest of the box, centred there. */
  focus: { inline: number; block: number; width: number; height: number };
}

/**
 * The speaker layout for one focused tile and `others` tiles in a strip, in a `width` ×
 * `height` box with `gap` between tiles. The strip takes a fifth of the box (within bounds),
 * thinner when that lets every tile fit without scrolling; past its minimum it scrolls.
 */
export function speakerFor(
  others: number,
  width: number,
  height: number,
  aspect: number,
  gap: number,
): SpeakerLayout {
  const centred = (boxWidth: number, boxHeight: number) => {
    const tile = gridFor(1, boxWidth, boxHeight, aspect, gap);
    return {
      inline: Math.max(0, Math.floor((boxWidth - tile.width) / 2)),
      block: Math.max(0, Math.floor((boxHeight - tile.height) / 2)),
      width: tile.width,
      height: tile.height,
    };
  };
  if (others <= 0) {
    return { strip: 'none', stripSize: 0, stripTile: { width: 0, height: 0 }, focus: centred(width, height) };
  }
  if (width >= height) {
    const { share, min, max } = STRIP.beside;
    // The widest strip tile that still fits them all in the height without scrolling.
    const fitting = ((height - (others - 1) * gap) / others) * aspect;
    const preferred = Math.min(Math.max(width * share, min), max);
    let size = Math.max(Math.min(preferred, fitting), min);
    size = Math.floor(Math.max(0, Math.min(size, (width - gap) / 2, height * aspect)));
    return {
      strip: 'beside',
      stripSize: size,
      stripTile: { width: size, height: Math.floor(size / aspect) },
      focus: centred(width - size - gap, height),
    };
  }
  const { share, min, max } = STRIP.below;
  const fitting = (width - (others - 1) * gap) / others / aspect;
  const preferred = Math.min(Math.max(height * share, min), max);
  let size = Math.max(Math.min(preferred, fitting), min);
  size = Math.floor(Math.max(0, Math.min(size, (height - gap) / 2, width / aspect)));
  return {
    strip: 'below',
    stripSize: size,
    stripTile: { width: Math.floor(size * aspect), height: size },
    focus: centred(width, height - size - gap),
  };
}
