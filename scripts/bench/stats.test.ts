// @vitest-environment node
import { median, percentile, summarize } from './stats';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 25)).toBe(20);
    // 30 samples 1..30: rank 0.95 * 29 = 27.55, between 28 and 29.
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(percentile(thirty, 95)).toBeCloseTo(28.55, 10);
  });

  it('does not depend on the order of the samples and leaves them alone', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(median(samples)).toBe(3);
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('gives the single sample for any percentile of one', () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([7], 100)).toBe(7);
  });

  it('refuses no samples, percentiles outside 0..100 and non-finite samples', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
    expect(() => percentile([1], 101)).toThrow(/out of range/);
    expect(() => percentile([1], Number.NaN)).toThrow(/out of range/);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(/non-finite/);
  });
});

describe('summarize', () => {
  it('reports count, extremes, median and p95', () => {
    const summary = summarize([30, 10, 20, 40, 1000]);
    expect(summary).toMatchObject({ n: 5, min: 10, median: 30, max: 1000 });
    // Rank 0.95 * 4 = 3.8: 40 + 0.8 * (1000 - 40).
    expect(summary.p95).toBeCloseTo(808, 10);
  });
});
