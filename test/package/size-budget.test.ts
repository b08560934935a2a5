// The size budget (size-budget.json): the built bundles, brotli-compressed, stay within their
// budgets. Prints gzip and brotli sizes of the script-tag bundle and of the core with one
// adapter. Needs `npm run build` first (npm test builds before it runs this).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FULL, describeSizes, kib, measureBundles } from '../../scripts/bundle-size.mjs';

const budgets: Record<string, number> = JSON.parse(readFileSync('size-budget.json', 'utf8')).brotli;

describe('size budget (size-budget.json)', () => {
  it('every budgeted bundle is measured, and each is within its brotli budget', async (t) => {
    assert.ok(existsSync(FULL), `${FULL} is missing: run npm run build first`);
    const measured = await measureBundles();
    for (const size of measured) t.diagnostic(describeSizes(size));
    assert.deepEqual(
      Object.keys(budgets).sort(),
      measured.map((size) => size.name).sort(),
      'size-budget.json and scripts/bundle-size.mjs name different bundles',
    );
    const over = measured.filter((size) => size.brotli > budgets[size.name]!);
    assert.deepEqual(
      over.map(
        (size) =>
          `${size.name}: brotli ${size.brotli} B (${kib(size.brotli)}) > budget ${budgets[size.name]} B`,
      ),
      [],
      'over budget: make it smaller, or raise the budget in size-budget.json on purpose and say why',
    );
  });
});
