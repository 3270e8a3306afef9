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
    });
  });

  it('covers whole days for 7 and 30 days, by the day', () => {
    const seven = resolveRange(readDashboardView(new URLSearchParams('range=7d')).view, NOW);
    expect(seven).toMatchObject({ from: '2026-11-19T16:00:00.000Z', bucket: 'day', firstDay: '2026-11-20' });
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
    });
  });

  it('falls back to today for a reversed custom range and reports what it ignored', () => {
    const { view, ignored } = readDashboardView(new URLSearchParams('range=week&from=nope&region=%3Cx%3E'));
    expect(ignored.sort()).toEqual(['from', 'range', 'region']);
    const reversed = readDashboardView(
      new URLSearchParams('range=custom&from=2026-11-05&to=2026-11-01'),
    ).view;
    expect(resolveRange(reversed, NOW).firstDay).toBe('2026-11-26');
    expect(resolveRange(view, NOW).bucket).toBe('hour');
  });

  it('writes only what differs from the default', () => {
    expect(writeDashboardView({ range: 'today', from: '', to: '', region: '' }).toString()).toBe('');
    expect(writeDashboardView({ range: '7d', from: 'x', to: 'y', region: '310115' }).toString()).toBe(
      'range=7d&region=310115',
    );
  });
});
