import { expect } from '@open-wc/testing';
import { gridFor } from '../../components/layout/grid.js';
import { speakerFor } from '../../components/layout/speaker.js';

const WIDE = 16 / 9;

/** The tiles and gaps of `grid` fit a width × height box. */
function fits(grid: ReturnType<typeof gridFor>, width: number, height: number, gap: number): boolean {
  return (
    grid.columns * grid.width + (grid.columns - 1) * gap <= width &&
    grid.rows * grid.height + (grid.rows - 1) * gap <= height
  );
}

describe('gridFor', () => {
  it('gives one tile the whole width of a wide box, or the whole height of a tall one', () => {
    expect(gridFor(1, 1600, 900, WIDE, 8)).to.deep.equal({ columns: 1, rows: 1, width: 1600, height: 900 });
    expect(gridFor(1, 360, 640, WIDE, 8)).to.deep.equal({ columns: 1, rows: 1, width: 360, height: 202 });
    expect(gridFor(1, 3200, 900, WIDE, 8)).to.deep.equal({ columns: 1, rows: 1, width: 1600, height: 900 });
  });

  it('puts two side by side in a very wide box and one above the other in a tall one', () => {
    expect(gridFor(2, 2000, 500, WIDE, 8)).to.include({ columns: 2, rows: 1 });
    expect(gridFor(2, 360, 640, WIDE, 8)).to.include({ columns: 1, rows: 2 });
  });

  it('balances 4 as 2 × 2 and 9 as 3 × 3 in a box of the tiles’ own shape', () => {
    expect(gridFor(4, 1600, 900, WIDE, 0)).to.deep.equal({ columns: 2, rows: 2, width: 800, height: 450 });
    expect(gridFor(9, 1600, 900, WIDE, 0)).to.include({ columns: 3, rows: 3, width: 533 });
  });

  it('prefers fewer columns (fewer empty cells) when the tiles would be as large', () => {
    // 5 tiles limited by height: 3 or 4 columns would give the same size; 3 leaves one cell empty.
    const grid = gridFor(5, 4000, 400, WIDE, 0);
    expect(grid.rows * grid.columns - 5).to.be.below(grid.columns);
  });

  it('picks the largest tiles of every column count, and they always fit', () => {
    for (const [width, height] of [
      [360, 640],
      [336, 300],
      [1440, 900],
      [1920, 1080],
      [800, 200],
      [200, 800],
    ] as const) {
      for (let count = 1; count <= 16; count += 1) {
        const grid = gridFor(count, width, height, WIDE, 8);
        expect(fits(grid, width, height, 8), `${count} in ${width}×${height}`).to.equal(true);
        expect(grid.columns * grid.rows).to.be.at.least(count);
        for (let columns = 1; columns <= count; columns += 1) {
          const rows = Math.ceil(count / columns);
          const other = Math.min(
            (width - (columns - 1) * 8) / columns,
            ((height - (rows - 1) * 8) / rows) * WIDE,
          );
          expect(grid.width, `${count} in ${width}×${height} vs ${columns} columns`).to.be.at.least(
            Math.floor(other),
          );
        }
      }
    }
  });

  it('keeps the aspect ratio it is given', () => {
    const square = gridFor(4, 1000, 1000, 1, 10);
    expect(square).to.deep.equal({ columns: 2, rows: 2, width: 495, height: 495 });
    const portrait = gridFor(3, 900, 900, 3 / 4, 0);
    expect(portrait.height).to.be.greaterThan(portrait.width);
  });

  it('gives nothing for no tiles and zero-sized tiles for no room', () => {
    expect(gridFor(0, 800, 600, WIDE, 8)).to.deep.equal({ columns: 0, rows: 0, width: 0, height: 0 });
    expect(gridFor(3, 0, 0, WIDE, 8)).to.include({ width: 0, height: 0 });
    expect(gridFor(3, 10, 10, WIDE, 40)).to.include({ width: 0, height: 0 });
  });
});

describe('speakerFor', () => {
  it('shows a lone tile as large as fits, centred', () => {
    expect(speakerFor(0, 1000, 1000, WIDE, 8)).to.deep.equal({
      strip: 'none',
      stripSize: 0,
      stripTile: { width: 0, height: 0 },
      focus: { inline: 0, block: 219, width: 1000, height: 562 },
    });
  });

  it('puts the strip beside the large tile in a landscape box, below it in a portrait one', () => {
    const wide = speakerFor(3, 1440, 900, WIDE, 8);
    expect(wide.strip).to.equal('beside');
    expect(wide.focus.width + 8 + wide.stripSize).to.be.at.most(1440);
    expect(wide.focus.height).to.be.at.most(900);
    const tall = speakerFor(3, 360, 640, WIDE, 8);
    expect(tall.strip).to.equal('below');
    expect(tall.focus.height + 8 + tall.stripSize).to.be.at.most(640);
    expect(tall.focus.width).to.be.at.most(360);
  });

  it('narrows the strip so every tile fits, down to a minimum, then lets it scroll', () => {
    const few = speakerFor(3, 1440, 900, WIDE, 8);
    expect(few.stripSize).to.equal(240); // a fifth of 1440 would be 288: capped
    const many = speakerFor(11, 1440, 900, WIDE, 8);
    expect(11 * many.stripTile.height + 10 * 8).to.be.at.most(900);
    const crowd = speakerFor(40, 1440, 900, WIDE, 8);
    expect(crowd.stripSize).to.equal(96);
    expect(40 * crowd.stripTile.height).to.be.greaterThan(900); // scrolls
  });

  it('never lets the strip take more than half the box', () => {
    const narrow = speakerFor(2, 150, 120, WIDE, 8);
    expect(narrow.stripSize).to.be.at.most((150 - 8) / 2);
    expect(narrow.focus.width + 8 + narrow.stripSize).to.be.at.most(150);
  });
});
