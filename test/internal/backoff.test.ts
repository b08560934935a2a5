import { expect } from '@open-wc/testing';
import { backoffDelay } from '../../src/internal/backoff.js';

describe('backoffDelay', () => {
  const options = { initialMs: 500, maxMs: 10_000 };

  it('doubles its ceiling with each attempt up to the cap', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 10, 100].map((attempt) => backoffDelay(attempt, options, () => 1));
    expect(ceilings).to.deep.equal([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('spreads retries over the whole range below the ceiling (full jitter)', () => {
    expect(backoffDelay(3, options, () => 0)).to.equal(0);
    expect(backoffDelay(3, options, () => 0.5)).to.equal(2000);
  });
});
