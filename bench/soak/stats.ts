// Percentiles for the soak's figures (nearest-rank).
export interface Spread {
  count: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => (sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? null) : null);
  return { count: sorted.length, p50: rank(0.5), p99: rank(0.99), max: sorted.length ? (sorted[sorted.length - 1] ?? null) : null };
}
