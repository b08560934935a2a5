/** How `count` equal tiles sit in a box: so many columns and rows of tiles this large. */
export interface Grid {
  columns: number;
  rows: number;
  /** One tile's width, in whole CSS pixels. */
  width: number;
  /** One tile's height, in whole CSS pixels. */
  height: number;
}

/**
 * The balanced grid for `count` tiles of one `aspect` ratio (width / height) in a box of
 * `width` × `height` with `gap` between tiles: of every column count, the one whose tiles are
 * largest; on a tie, fewer columns (fewer empty cells). Sizes are rounded down, so the tiles
 * and their gaps always fit: `columns * width + (columns - 1) * gap <= box width`, and the
 * same for rows.
 *
 * @example gridFor(5, 1440, 900, 16 / 9, 8) // 3 columns, 2 rows of 474 × 266
 */
export function gridFor(count: number, width: number, height: number, aspect: number, gap: number): Grid {
  if (count <= 0 || !(aspect > 0)) return { columns: 0, rows: 0, width: 0, height: 0 };
  let best: Grid = { columns: 1, rows: count, width: 0, height: 0 };
  for (let columns = 1; columns <= count; columns += 1) {
    const rows = Math.ceil(count / columns);
    const byWidth = (width - (columns - 1) * gap) / columns;
    const byHeight = ((height - (rows - 1) * gap) / rows) * aspect;
    const tileWidth = Math.floor(Math.max(0, Math.min(byWidth, byHeight)));
    if (tileWidth > best.width) {
      best = { columns, rows, width: tileWidth, height: Math.floor(tileWidth / aspect) };
    }
  }
  return best;
}
