import { dateInZone, shanghaiDayStart } from '@/lib/time';

/**
 * The dashboard's range and region, kept in the address. Ranges are whole Asia/Shanghai days ending
 * with today, so the query keys stay the same all day and every widget sees the same period.
 */
export type RangePreset = 'today' | '7d' | '30d' | 'custom';
export const rangePresets: readonly RangePreset[] = ['today', '7d', '30d', 'custom'];

export interface DashboardView {
  range: RangePreset;
  /** yyyy-mm-dd, Asia/Shanghai, inclusive; used with 'custom'. */
  from: string;
  to: string;
  region: string;
}

/** Why a custom range cannot be used: a date missing, the dates reversed, or too many days. */
export type RangeProblem = 'missing' | 'reversed' | 'tooLong';

export interface ResolvedRange {
  from: string;
  to: string;
  bucket: 'hour' | 'day';
  /** Inclusive calendar days, for labels. */
  firstDay: string;
  lastDay: string;
  /** Whether the range is exactly today (then "decided in range" is "decided today"). */
  isToday: boolean;
  /** Set when the custom range asked for cannot be used and today is shown instead. */
  problem?: RangeProblem;
}

const DAY_MS = 86_400_000;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const regionPattern = /^[A-Za-z0-9_-]{1,32}$/;
export const MAX_CUSTOM_DAYS = 400;

export function readDashboardView(params: URLSearchParams): { view: DashboardView; ignored: string[] } {
  const ignored: string[] = [];
  const rangeValue = params.get('range') ?? 'today';
  const range = (rangePresets as readonly string[]).includes(rangeValue)
    ? (rangeValue as RangePreset)
    : 'today';
  if (range !== rangeValue) ignored.push('range');
  const date = (name: 'from' | 'to') => {
    const value = params.get(name) ?? '';
    if (value === '' || (datePattern.test(value) && shanghaiDayStart(value))) return value;
    ignored.push(name);
    return '';
  };
  const regionValue = params.get('region') ?? '';
  const region = regionValue === '' || regionPattern.test(regionValue) ? regionValue : '';
  if (region !== regionValue) ignored.push('region');
  return { view: { range, from: date('from'), to: date('to'), region }, ignored };
}

export function writeDashboardView(view: DashboardView, keep?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  const lang = keep?.get('lang');
  if (lang) params.set('lang', lang);
  if (view.range !== 'today') params.set('range', view.range);
  if (view.range === 'custom') {
    if (view.from) params.set('from', view.from);
    if (view.to) params.set('to', view.to);
  }
  if (view.region) params.set('region', view.region);
  return params;
}

/**
 * The instants a view covers, given the server's current time. A custom range that cannot be used
 * (a date missing, reversed, too long) covers today, and says why in `problem`, so that the page can
 * tell the user while the view (their input) stays as it is.
 */
export function resolveRange(view: DashboardView, now: number): ResolvedRange {
  const today = dateInZone(now, 'Asia/Shanghai');
  const todayStart = Date.parse(shanghaiDayStart(today) as string);
  const end = todayStart + DAY_MS;
  const daysBack = view.range === '7d' ? 6 : view.range === '30d' ? 29 : 0;
  let problem: RangeProblem | undefined;
  if (view.range === 'custom') {
    const from = shanghaiDayStart(view.from);
    const to = shanghaiDayStart(view.to);
    if (!from || !to) problem = 'missing';
    else if (Date.parse(from) > Date.parse(to)) problem = 'reversed';
    else {
      const toEnd = Date.parse(to) + DAY_MS;
      const days = (toEnd - Date.parse(from)) / DAY_MS;
      if (days > MAX_CUSTOM_DAYS) problem = 'tooLong';
      else {
        return {
          from,
          to: new Date(toEnd).toISOString(),
          // Up to two days, by the hour: a day's single point says nothing.
          bucket: days <= 2 ? 'hour' : 'day',
          firstDay: view.from,
          lastDay: view.to,
          isToday: view.from === today && view.to === today,
        };
      }
    }
  }
  const start = todayStart - daysBack * DAY_MS;
  return {
    from: new Date(start).toISOString(),
    to: new Date(end).toISOString(),
    bucket: daysBack === 0 ? 'hour' : 'day',
    firstDay: dateInZone(start, 'Asia/Shanghai'),
    lastDay: today,
    isToday: daysBack === 0,
    ...(problem ? { problem } : {}),
  };
}
