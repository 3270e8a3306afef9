// @vitest-environment node
import { failedResult, resultFor } from './results';
import { formatNotes, formatTable } from './table';

describe('formatTable', () => {
  const results = [
    resultFor('js.queue', [245.04, 245.04], '10 scripts'),
    resultFor('decision.next', [30, 40, 45, 400]),
    failedResult('heap.growth', new Error('claim-next answered 409\nstack…')),
  ];

  it('prints one aligned Markdown row per measure with budget, median, p95, runs and verdict', () => {
    expect(formatTable(results)).toBe(
      [
        '| Measure                               | Budget                       |   Median |      p95 | Runs | Verdict |',
        '| ------------------------------------- | ---------------------------- | -------: | -------: | ---: | ------- |',
        '| JS gzipped, queue first screen        | ≤ 200 KB                     | 245.0 KB | 245.0 KB |    2 | OVER    |',
        '| Approve -> next shown, photos decoded | median ≤ 50 ms, p95 ≤ 100 ms |    43 ms |   347 ms |    4 | OVER    |',
        '| JS heap, 300 vs 10 decisions          | ≤ 1.50×                      |        — |        — |    0 | no data |',
      ].join('\n'),
    );
  });

  it('gives every row the same width', () => {
    const widths = new Set(
      formatTable(results)
        .split('\n')
        .map((line) => [...line].length),
    );
    expect(widths.size).toBe(1);
  });

  it('lists notes, with the first line of a failure', () => {
    expect(formatNotes(results)).toBe(
      [
        '- JS gzipped, queue first screen: 10 scripts',
        '- JS heap, 300 vs 10 decisions: not measured: claim-next answered 409',
      ].join('\n'),
    );
  });
});
