import { bucketLabels } from './charts';

const hours = (fromIso: string, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(fromIso) + i * 3600_000).toISOString());

describe('bucket labels', () => {
  it('are hours alone within one Shanghai day', () => {
    const labels = bucketLabels('en', 'hour', hours('2026-11-25T16:00:00Z', 24));
    expect(labels[0]).toBe('00:00');
    expect(labels[23]).toBe('23:00');
  });

  it('carry the day when the hours span two days, so no two buckets share a label', () => {
    const labels = bucketLabels('zh-CN', 'hour', hours('2026-11-24T16:00:00Z', 48));
    expect(new Set(labels).size).toBe(48);
    expect(labels[0]).toContain('11/25');
    expect(labels[24]).toContain('11/26');
  });

  it('are days for daily buckets', () => {
    expect(bucketLabels('en', 'day', ['2026-11-25T16:00:00Z'])).toEqual(['11/26']);
  });
});
