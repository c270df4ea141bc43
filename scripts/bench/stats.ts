/** Percentiles of latency samples, by the nearest-rank method. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export type Latency = { p50: number; p95: number; max: number };

export function latencyOf(samples: number[]): Latency {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: percentile(samples, 100) };
}
