/** Summary statistics for benchmark samples. Pure functions: unit-tested in stats.test.ts. */

export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks (numpy's default,
 * Hyndman-Fan type 7), so that p95 over 30 samples lies between the 29th and 30th smallest
 * rather than jumping to the maximum.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
  if (samples.some((s) => !Number.isFinite(s))) throw new Error('percentile of a non-finite sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    min: Math.min(...samples),
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
  };
}
