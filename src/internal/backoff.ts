export interface BackoffOptions {
  /** The first delay, in ms. */
  initialMs: number;
  /** The longest delay, in ms. */
  maxMs: number;
}

/**
 * Capped exponential backoff with full jitter: attempt n waits a random time between 0 and
 * min(maxMs, initialMs * 2^n), so many clients dropped at once do not return at once.
 * (https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/)
 */
export function backoffDelay(
  attempt: number,
  { initialMs, maxMs }: BackoffOptions,
  random = Math.random,
): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(random() * ceiling);
}
