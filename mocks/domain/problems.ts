import type { Problem, ProblemType, UserRef } from '../../src/api/generated/zod';

/** A rule the mock backend enforces was broken; becomes an RFC 9457 problem response. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

const urn = (slug: string): ProblemType => `urn:photo-review:problem:${slug}` as ProblemType;

// A type alias, not an interface, so that it fits the problem document's open object type.
export type FieldError = {
  field: string;
  code: string;
  message?: string;
};

export const problems = {
  unauthenticated: () =>
    new ProblemError({ type: urn('unauthenticated'), title: 'Not signed in', status: 401 }),
  invalidCredentials: () =>
    new ProblemError({
      type: urn('invalid-credentials'),
      title: 'Wrong username or password',
      status: 401,
    }),
  accountLocked: (retryAfterSeconds: number) =>
    new ProblemError({
      type: urn('account-locked'),
      title: 'Too many failed sign-ins',
      status: 429,
      detail: `Sign-in for this username is locked; try again in ${retryAfterSeconds} seconds`,
      retryAfterSeconds,
    }),
  forbidden: (detail: string) =>
    new ProblemError({ type: urn('forbidden'), title: 'Not allowed for your role', status: 403, detail }),
  notFound: (what: string) =>
    new ProblemError({
      type: urn('not-found'),
      title: 'Not found',
      status: 404,
      detail: `${what} does not exist`,
    }),
  validation: (errors: FieldError[]) =>
    new ProblemError({
      type: urn('validation-failed'),
      title: 'The input is not valid',
      status: 400,
      detail: errors.map((e) => `${e.field}: ${e.message ?? e.code}`).join('; '),
      errors,
    }),
  claimConflict: (holder: UserRef) =>
    new ProblemError({
      type: urn('claim-conflict'),
      title: 'Another reviewer holds this request',
      status: 409,
      detail: `${holder.displayName} is reviewing this request`,
      holder,
    }),
  notClaimable: (status: string, detail = `The request is ${status}`) =>
    new ProblemError({
      type: urn('not-claimable'),
      title: 'This request cannot be claimed',
      status: 409,
      detail,
    }),
  claimLimit: (limit: number, holder?: UserRef) =>
    new ProblemError({
      type: urn('claim-limit'),
      title: holder ? 'That reviewer holds too many claims' : 'You hold too many claims',
      status: 409,
      detail: holder
        ? `${holder.displayName} already holds ${limit} requests, the most a reviewer may hold at once`
        : `A reviewer may hold at most ${limit} requests at once`,
    }),
  notClaimed: () =>
    new ProblemError({
      type: urn('not-claimed'),
      title: 'Nobody holds this request',
      status: 409,
      detail: 'The claim was released, ran out or ended with a decision',
    }),
  claimRevoked: (reason: string, revokedBy: UserRef) =>
    new ProblemError({
      type: urn('claim-revoked'),
      title: 'A supervisor took this request from you',
      status: 409,
      detail: reason,
      revokedBy,
    }),
  fourEyes: (decidedBy: UserRef) =>
    new ProblemError({
      type: urn('four-eyes'),
      title: 'A second review needs a different reviewer',
      status: 409,
      detail: `${decidedBy.displayName} made the decision under re-review and may not review it again`,
    }),
  leaseLost: () =>
    new ProblemError({
      type: urn('lease-lost'),
      title: 'Your claim on this request has ended',
      status: 409,
      detail: 'The lease expired or the request was released',
    }),
  versionMismatch: (current: number) =>
    new ProblemError({
      type: urn('version-mismatch'),
      title: 'The request changed since you loaded it',
      status: 412,
      detail: `The request is now at version ${current}; reload it and decide again`,
    }),
  idempotencyKeyMissing: () =>
    new ProblemError({
      type: urn('idempotency-key-missing'),
      title: 'An Idempotency-Key header is required',
      status: 400,
      detail: 'Send a new random Idempotency-Key with every decision and the same one with its retries',
    }),
  idempotencyKeyReused: () =>
    new ProblemError({
      type: urn('idempotency-key-reused'),
      title: 'This Idempotency-Key was used for a different decision',
      status: 422,
      detail: 'A retry must repeat the first request exactly; a new decision needs a new key',
    }),
  undoUnavailable: (detail: string) =>
    new ProblemError({
      type: urn('undo-unavailable'),
      title: 'This decision can no longer be undone',
      status: 409,
      detail,
    }),
  serviceUnavailable: () =>
    new ProblemError({
      type: urn('service-unavailable'),
      title: 'Service temporarily unavailable',
      status: 503,
      retryAfterSeconds: 1,
    }),
};
