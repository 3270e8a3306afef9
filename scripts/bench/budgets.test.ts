// @vitest-environment node
import { describeBudget, formatValue, measureSpecs, specFor, verdictFor } from './budgets';
import { summarize } from './stats';

describe('verdictFor', () => {
  const decision = specFor('decision.next').limits;

  it('passes only when every limit holds', () => {
    expect(verdictFor(summarize([40, 45, 50, 60, 90]), decision)).toBe('pass');
    // Median 60 > 50, although p95 is within 100.
    expect(verdictFor(summarize([55, 60, 60, 70, 80]), decision)).toBe('over');
    // Median within 50, p95 over 100.
    expect(verdictFor(summarize([10, 20, 30, 40, 500]), decision)).toBe('over');
  });

  it('counts a value equal to the budget as within it', () => {
    expect(verdictFor(summarize([200]), specFor('js.queue').limits)).toBe('pass');
    expect(verdictFor(summarize([200.1]), specFor('js.queue').limits)).toBe('over');
  });

  it('never passes a measure without samples', () => {
    expect(verdictFor(null, decision)).toBe('no data');
  });

  it('reports, never passes, a figure without a budget of its own', () => {
    const pageLoad = specFor('queue.firstPageLoad');
    expect(verdictFor(summarize([400, 420]), pageLoad.limits)).toBe('report');
    expect(verdictFor(null, pageLoad.limits)).toBe('no data');
    expect(describeBudget(pageLoad)).toBe('none (reported)');
  });

  it('judges single-number timing budgets on p95, so one slow run in twenty-one is tolerated', () => {
    const lcp = specFor('lcp.queue').limits;
    expect(verdictFor(summarize([...Array.from({ length: 20 }, () => 800), 5000]), lcp)).toBe('pass');
    // With twenty, p95 interpolates a twentieth of the way to the slow run: 1,010 ms.
    expect(verdictFor(summarize([...Array.from({ length: 19 }, () => 800), 5000]), lcp)).toBe('over');
    expect(verdictFor(summarize([800, 800, 800, 800, 5000]), lcp)).toBe('over');
  });
});

describe('budget text', () => {
  it('reads like the issue', () => {
    expect(describeBudget(specFor('decision.next'))).toBe('median ≤ 50 ms, p95 ≤ 100 ms');
    expect(describeBudget(specFor('js.workspace'))).toBe('≤ 200 KB');
    expect(describeBudget(specFor('dashboard.allWidgets'))).toBe('p95 ≤ 1,000 ms');
    expect(describeBudget(specFor('heap.growth'))).toBe('≤ 1.50×');
  });

  it('formats values in their unit', () => {
    expect(formatValue(1234.5, 'ms')).toBe('1,235 ms');
    expect(formatValue(245.04, 'KB')).toBe('245.0 KB');
    expect(formatValue(1.234, 'ratio')).toBe('1.23×');
  });

  it('has one spec per measure', () => {
    expect(new Set(measureSpecs.map((s) => s.id)).size).toBe(measureSpecs.length);
    expect(() => specFor('nope' as never)).toThrow(/unknown measure/);
  });
});
