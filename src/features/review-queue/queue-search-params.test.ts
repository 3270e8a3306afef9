import {
  defaultView,
  hasDrillDown,
  readQueueView,
  toRequestFilters,
  writeQueueView,
} from './queue-search-params';

const read = (query: string) => readQueueView(new URLSearchParams(query));

describe('the queue view in the address', () => {
  it('defaults to open requests, oldest first, 25 a page', () => {
    expect(read('')).toEqual({ view: defaultView, ignored: [] });
  });
  it('round-trips every filter', () => {
    const view = {
      ...defaultView,
      status: ['approved' as const],
      region: ['310115'],
      from: '2026-11-20',
      to: '2026-11-25',
      q: 'PR2026',
      sort: '-region' as const,
      page: 3,
      pageSize: 50,
    };
    const written = writeQueueView(view);
    expect(read(written.toString())).toEqual({ view, ignored: [] });
  });
  it('writes nothing for the default view and status=all for every status', () => {
    expect(writeQueueView(defaultView).toString()).toBe('');
    expect(writeQueueView({ ...defaultView, status: [] }).toString()).toBe('status=all');
    expect(read('status=all').view.status).toEqual([]);
  });
  it('ignores what it does not understand and says so', () => {
    const { view, ignored } = read(
      'status=bogus&page=abc&size=7&from=yesterday&sort=name&colour=red&region=%3Cscript%3E',
    );
    expect(view).toEqual(defaultView);
    expect(ignored.sort()).toEqual(['colour', 'from', 'page', 'region', 'size', 'sort', 'status']);
  });
  it('keeps the language parameter when writing', () => {
    expect(writeQueueView({ ...defaultView, page: 2 }, new URLSearchParams('lang=en')).toString()).toBe(
      'lang=en&page=2',
    );
  });
  it('turns calendar dates into Asia/Shanghai day boundaries, the end date inclusive', () => {
    const filters = toRequestFilters({ ...defaultView, from: '2026-11-20', to: '2026-11-20' });
    expect(filters.submittedFrom).toBe('2026-11-19T16:00:00.000Z');
    expect(filters.submittedTo).toBe('2026-11-20T16:00:00.000Z');
  });
  it('tells a dashboard drill-down from the filter bar’s own filters', () => {
    expect(hasDrillDown(read('status=approved&region=310115&q=PR2026').view)).toBe(false);
    expect(hasDrillDown(read('decidedBy=u-reviewer5').view)).toBe(true);
    expect(hasDrillDown(read('reason=blurred').view)).toBe(true);
    expect(hasDrillDown(read('dfrom=2026-11-20').view)).toBe(true);
  });
});
