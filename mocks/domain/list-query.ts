import {
  RejectionReasonSchema,
  RequestSortSchema,
  RequestStatusSchema,
  type RejectionReason,
  type RequestSort,
  type RequestStatus,
} from '../../src/api/generated/zod';
import { problems, type FieldError } from './problems';

export interface ListQuery {
  status: RequestStatus[];
  region: string[];
  submittedFrom: number | null;
  submittedTo: number | null;
  q: string;
  sort: RequestSort;
  page: number;
  pageSize: number;
  /** The decision filters (drill-down) look at the decision in force only; null when unused. */
  decidedBy: string | null;
  reason: RejectionReason | null;
  /** Inclusive. */
  decidedFrom: number | null;
  /** Exclusive. */
  decidedTo: number | null;
}

const known = new Set([
  'status',
  'region',
  'submittedFrom',
  'submittedTo',
  'q',
  'sort',
  'page',
  'pageSize',
  'decidedBy',
  'reason',
  'decidedFrom',
  'decidedTo',
]);

export const USER_ID_MAX_LENGTH = 64;

/** Reads a user id filter (`decidedBy`): at most 64 characters; empty means absent. */
export function readUserIdFilter(params: URLSearchParams, name: string, errors: FieldError[]): string | null {
  const value = params.get(name);
  if (value === null || value === '') return null;
  if (value.length > USER_ID_MAX_LENGTH) {
    errors.push({ field: name, code: 'length', message: `at most ${USER_ID_MAX_LENGTH} characters` });
    return null;
  }
  return value;
}

/** Reads a rejection reason filter (`reason`): one of the controlled list; empty means absent. */
export function readReasonFilter(
  params: URLSearchParams,
  name: string,
  errors: FieldError[],
): RejectionReason | null {
  const value = params.get(name);
  if (value === null || value === '') return null;
  const parsed = RejectionReasonSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  errors.push({ field: name, code: 'enum', message: `unknown reason "${value.slice(0, 32)}"` });
  return null;
}

/**
 * Parses `GET /api/requests` query parameters by the contract's rules. Unknown parameters are
 * ignored (as a server behind a proxy must); a known parameter with a bad value is a 400 naming it.
 */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const errors: FieldError[] = [];
  const status: RequestStatus[] = [];
  // An empty value means the parameter is absent, for every parameter alike.
  const values = (name: string) => params.getAll(name).filter((value) => value !== '');
  for (const value of values('status')) {
    const parsed = RequestStatusSchema.safeParse(value);
    if (parsed.success) status.push(parsed.data);
    else errors.push({ field: 'status', code: 'enum', message: `unknown status "${value}"` });
  }
  const region = values('region').filter((value) => {
    const ok = value.length <= 32;
    if (!ok)
      errors.push({ field: 'region', code: 'length', message: 'region codes have 1 to 32 characters' });
    return ok;
  });
  const instant = (name: string): number | null => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    const time = Date.parse(value);
    if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
      errors.push({ field: name, code: 'date-time', message: 'expected an RFC 3339 date-time' });
      return null;
    }
    return time;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = params.get(name);
    if (value === null || value === '') return fallback;
    const parsed = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      errors.push({ field: name, code: 'range', message: `expected a whole number from ${min} to ${max}` });
      return fallback;
    }
    return parsed;
  };
  const q = (params.get('q') ?? '').trim();
  if (q.length > 32) errors.push({ field: 'q', code: 'length', message: 'at most 32 characters' });
  const sortValue = params.get('sort') || null;
  const sortParsed = RequestSortSchema.safeParse(sortValue ?? 'submittedAt');
  if (!sortParsed.success)
    errors.push({ field: 'sort', code: 'enum', message: `unknown sort "${sortValue}"` });
  const query: ListQuery = {
    status,
    region,
    submittedFrom: instant('submittedFrom'),
    submittedTo: instant('submittedTo'),
    q,
    sort: sortParsed.success ? sortParsed.data : 'submittedAt',
    page: integer('page', 1, 1, 1_000_000),
    pageSize: integer('pageSize', 25, 1, 100),
    decidedBy: readUserIdFilter(params, 'decidedBy', errors),
    reason: readReasonFilter(params, 'reason', errors),
    decidedFrom: instant('decidedFrom'),
    decidedTo: instant('decidedTo'),
  };
  if (errors.length > 0) throw problems.validation(errors);
  return query;
}

export function isKnownListParameter(name: string): boolean {
  return known.has(name);
}
