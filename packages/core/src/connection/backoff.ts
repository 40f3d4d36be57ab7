export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/**
 * "Full jitter" (AWS architecture blog): a uniform delay in [0, min(cap, base * 2^(attempt-1))). Spreads a
 * crowd of clients that lost the same server instead of having them return in lockstep.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}
