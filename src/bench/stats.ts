// Summaries of timings: median and 95th percentile (nearest rank), and a target check.

export interface Summary {
  n: number;
  median: number;
  p95: number;
}

/** The value at quantile q (0..1) of the sorted values, by nearest rank; NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The median (mean of the two middle values for an even count) and p95 of values. */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? NaN : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { n, median, p95: quantile(sorted, 0.95) };
}

export interface Target {
  /** what is measured, e.g. "pipeline / Readability (median ratio)" */
  name: string;
  value: number;
  unit: string;
  /** the value must be at most this (inclusive) or below it (exclusive) */
  limit: number;
  inclusive: boolean;
}

export function passes(t: Target): boolean {
  return Number.isFinite(t.value) && (t.inclusive ? t.value <= t.limit : t.value < t.limit);
}
