import { readDashboardView, resolveRange, writeDashboardView } from './dashboard-range';

// 2026-11-26 10:00 in Shanghai.
const NOW = Date.parse('2026-11-26T02:00:00Z');

describe('the dashboard range', () => {
  it('defaults to today, by the hour, in Asia/Shanghai days', () => {
    const { view } = readDashboardView(new URLSearchParams(''));
    expect(resolveRange(view, NOW)).toEqual({
      from: '2026-11-25T16:00:00.000Z',
      to: '2026-11-26T16:00:00.000Z',
      bucket: 'hour',
      firstDay: '2026-11-26',
      lastDay: '2026-11-26',
      isToday: true,
    });
  });

  it('covers whole days for 7 and 30 days, by the day', () => {
    const seven = resolveRange(readDashboardView(new URLSearchParams('range=7d')).view, NOW);
    expect(seven).toMatchObject({
      from: '2026-11-19T16:00:00.000Z',
      bucket: 'day',
      firstDay: '2026-11-20',
      isToday: false,
    });
    expect(seven.problem).toBeUndefined();
    const thirty = resolveRange(readDashboardView(new URLSearchParams('range=30d')).view, NOW);
    expect(thirty.firstDay).toBe('2026-10-28');
  });

  it('takes a custom range with the end day included', () => {
    const { view } = readDashboardView(new URLSearchParams('range=custom&from=2026-11-01&to=2026-11-03'));
    expect(resolveRange(view, NOW)).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-03T16:00:00.000Z',
      bucket: 'day',
      firstDay: '2026-11-01',
      lastDay: '2026-11-03',
      isToday: false,
    });
    const twoDays = readDashboardView(new URLSearchParams('range=custom&from=2026-11-02&to=2026-11-03'));
    expect(resolveRange(twoDays.view, NOW).bucket).toBe('hour');
    const justToday = readDashboardView(new URLSearchParams('range=custom&from=2026-11-26&to=2026-11-26'));
    expect(resolveRange(justToday.view, NOW)).toMatchObject({ bucket: 'hour', isToday: true });
  });

  it('reports what it ignored in the address', () => {
    const { view, ignored } = readDashboardView(new URLSearchParams('range=week&from=nope&region=%3Cx%3E'));
    expect(ignored.sort()).toEqual(['from', 'range', 'region']);
    expect(resolveRange(view, NOW)).toMatchObject({ bucket: 'hour', isToday: true });
    expect(resolveRange(view, NOW).problem).toBeUndefined();
  });

  it('a custom range with a date missing, reversed or too long says so, shows today and keeps the input', () => {
    const cases = [
      ['range=custom', 'missing', '', ''],
      ['range=custom&from=2026-11-05', 'missing', '2026-11-05', ''],
      ['range=custom&to=2026-11-05', 'missing', '', '2026-11-05'],
      ['range=custom&from=2026-11-05&to=nope', 'missing', '2026-11-05', ''],
      ['range=custom&from=2026-11-05&to=2026-11-01', 'reversed', '2026-11-05', '2026-11-01'],
      ['range=custom&from=2025-01-01&to=2026-11-01', 'tooLong', '2025-01-01', '2026-11-01'],
    ] as const;
    for (const [query, problem, from, to] of cases) {
      const { view } = readDashboardView(new URLSearchParams(query));
      expect(view, query).toEqual({ range: 'custom', from, to, region: '' });
      expect(resolveRange(view, NOW), query).toEqual({
        from: '2026-11-25T16:00:00.000Z',
        to: '2026-11-26T16:00:00.000Z',
        bucket: 'hour',
        firstDay: '2026-11-26',
        lastDay: '2026-11-26',
        isToday: true,
        problem,
      });
      // What the user typed stays in the address, to be corrected.
      expect(writeDashboardView(view).toString(), query).toBe(
        new URLSearchParams([
          ['range', 'custom'],
          ...(from ? [['from', from]] : []),
          ...(to ? [['to', to]] : []),
        ]).toString(),
      );
    }
    // A single day, and exactly 400 days, are fine.
    const oneDay = readDashboardView(new URLSearchParams('range=custom&from=2026-11-05&to=2026-11-05'));
    expect(resolveRange(oneDay.view, NOW)).toMatchObject({ firstDay: '2026-11-05', bucket: 'hour' });
    const longest = readDashboardView(new URLSearchParams('range=custom&from=2025-10-23&to=2026-11-26'));
    expect(resolveRange(longest.view, NOW).problem).toBeUndefined();
  });

  it('writes only what differs from the default', () => {
    expect(writeDashboardView({ range: 'today', from: '', to: '', region: '' }).toString()).toBe('');
    expect(writeDashboardView({ range: '7d', from: 'x', to: 'y', region: '310115' }).toString()).toBe(
      'range=7d&region=310115',
    );
  });
});
