import type { RequestFilters } from '@/api/endpoints/requests';
import {
  RejectionReasonSchema,
  RequestSortSchema,
  RequestStatusSchema,
  type RejectionReason,
  type RequestSort,
  type RequestStatus,
} from '@/api/generated/zod';
import { shanghaiDayStart } from '@/lib/time';

/**
 * The queue's filters live in the address (shareable, back-button friendly) under these names.
 * Only filter values go there: never names, ID numbers or anything personal.
 */
export interface QueueView {
  /** Empty means every status. */
  status: RequestStatus[];
  region: string[];
  /** Calendar dates (yyyy-mm-dd) in Asia/Shanghai, inclusive. */
  from: string;
  to: string;
  q: string;
  sort: RequestSort;
  page: number;
  pageSize: number;
  /** Drill-downs from the dashboard: decisions by one reviewer, or with one reason, decided in a range. */
  decidedBy: string;
  reason: RejectionReason | '';
  decidedFrom: string;
  decidedTo: string;
}

export const defaultStatuses: RequestStatus[] = ['pending', 'in_review'];
export const pageSizes = [10, 25, 50, 100] as const;
export const defaultView: QueueView = {
  status: defaultStatuses,
  region: [],
  from: '',
  to: '',
  q: '',
  sort: 'submittedAt',
  page: 1,
  pageSize: 25,
  decidedBy: '',
  reason: '',
  decidedFrom: '',
  decidedTo: '',
};

const known = [
  'status',
  'region',
  'from',
  'to',
  'q',
  'sort',
  'page',
  'size',
  'lang',
  'decidedBy',
  'reason',
  'dfrom',
  'dto',
];
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const regionPattern = /^[A-Za-z0-9_-]{1,32}$/;
/** Any part of a request number (PR + 14 digits). */
export const requestNumberFragment = /^(P|PR|PR\d{1,14}|\d{1,14})$/;

/**
 * Reads the view from the address. Anything not understood (an unknown parameter, a status that
 * does not exist, a page of "abc") is dropped and reported, so a mistyped or stale link still opens.
 */
export function readQueueView(params: URLSearchParams): { view: QueueView; ignored: string[] } {
  const ignored = new Set<string>();
  for (const name of params.keys()) if (!known.includes(name)) ignored.add(name);

  let status = defaultView.status;
  const statusValues = params.getAll('status');
  if (statusValues.length > 0) {
    if (statusValues.includes('all')) status = [];
    else {
      const valid = statusValues.filter((v) => RequestStatusSchema.safeParse(v).success) as RequestStatus[];
      if (valid.length !== statusValues.length) ignored.add('status');
      status = valid.length > 0 ? [...new Set(valid)] : defaultView.status;
    }
  }
  const region = params.getAll('region').filter((v) => {
    const ok = regionPattern.test(v);
    if (!ok) ignored.add('region');
    return ok;
  });
  const date = (name: 'from' | 'to' | 'dfrom' | 'dto'): string => {
    const value = params.get(name) ?? '';
    if (value === '') return '';
    if (datePattern.test(value) && shanghaiDayStart(value)) return value;
    ignored.add(name);
    return '';
  };
  // Only request-number characters: an ID number (18 characters) or a name can never enter the address.
  let q = (params.get('q') ?? '').trim().toUpperCase();
  if (q !== '' && !requestNumberFragment.test(q)) {
    ignored.add('q');
    q = '';
  }
  const sortParsed = RequestSortSchema.safeParse(params.get('sort') ?? defaultView.sort);
  if (!sortParsed.success) ignored.add('sort');
  const int = (name: string, fallback: number, valid: (n: number) => boolean): number => {
    const value = params.get(name);
    if (value === null) return fallback;
    const parsed = Number(value);
    if (Number.isInteger(parsed) && valid(parsed)) return parsed;
    ignored.add(name);
    return fallback;
  };
  return {
    view: {
      status,
      region,
      from: date('from'),
      to: date('to'),
      q,
      sort: sortParsed.success ? sortParsed.data : defaultView.sort,
      page: int('page', 1, (n) => n >= 1 && n <= 100_000),
      pageSize: int('size', defaultView.pageSize, (n) => (pageSizes as readonly number[]).includes(n)),
      decidedBy: (() => {
        const value = params.get('decidedBy') ?? '';
        if (value === '' || /^[A-Za-z0-9_-]{1,64}$/.test(value)) return value;
        ignored.add('decidedBy');
        return '';
      })(),
      reason: (() => {
        const value = params.get('reason') ?? '';
        if (value === '') return '';
        const parsed = RejectionReasonSchema.safeParse(value);
        if (parsed.success) return parsed.data;
        ignored.add('reason');
        return '';
      })(),
      decidedFrom: date('dfrom'),
      decidedTo: date('dto'),
    },
    ignored: [...ignored],
  };
}

/** Writes the view back, leaving defaults out so that addresses stay short. */
export function writeQueueView(view: QueueView, keep?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  const lang = keep?.get('lang');
  if (lang) params.set('lang', lang);
  const sameStatuses =
    view.status.length === defaultView.status.length &&
    view.status.every((s) => defaultView.status.includes(s));
  if (view.status.length === 0) params.set('status', 'all');
  else if (!sameStatuses) view.status.forEach((s) => params.append('status', s));
  view.region.forEach((r) => params.append('region', r));
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.q) params.set('q', view.q);
  if (view.sort !== defaultView.sort) params.set('sort', view.sort);
  if (view.page !== 1) params.set('page', String(view.page));
  if (view.pageSize !== defaultView.pageSize) params.set('size', String(view.pageSize));
  if (view.decidedBy) params.set('decidedBy', view.decidedBy);
  if (view.reason) params.set('reason', view.reason);
  if (view.decidedFrom) params.set('dfrom', view.decidedFrom);
  if (view.decidedTo) params.set('dto', view.decidedTo);
  return params;
}

/** The API query for a view: calendar dates become Asia/Shanghai day boundaries. */
/** Whether a dashboard drill-down put filters on the list that the filter bar does not show. */
export function hasDrillDown(view: QueueView): boolean {
  return view.decidedBy !== '' || view.reason !== '' || view.decidedFrom !== '' || view.decidedTo !== '';
}

export function toRequestFilters(view: QueueView): RequestFilters {
  const nextDay = (date: string): string | null => {
    const start = shanghaiDayStart(date);
    return start ? new Date(Date.parse(start) + 86_400_000).toISOString() : null;
  };
  return {
    status: view.status,
    region: view.region,
    submittedFrom: view.from ? shanghaiDayStart(view.from) : null,
    submittedTo: view.to ? nextDay(view.to) : null,
    q: view.q,
    sort: view.sort,
    page: view.page,
    pageSize: view.pageSize,
    decidedBy: view.decidedBy || null,
    reason: view.reason === '' ? null : view.reason,
    decidedFrom: view.decidedFrom ? shanghaiDayStart(view.decidedFrom) : null,
    decidedTo: view.decidedTo ? nextDay(view.decidedTo) : null,
  };
}
