import type { Problem } from './generated/zod';

/**
 * The one error type of the API layer. `kind` says what went wrong at the boundary:
 * - problem: the server answered with an RFC 9457 problem document (see `problemType`);
 * - network: no answer at all (offline, connection dropped, DNS);
 * - timeout: no answer in time;
 * - bad-response: an error status without a problem document (an HTML error page, a proxy's text);
 * - contract: a success status whose body breaks the OpenAPI contract (malformed, truncated, wrong type).
 */
export type ApiErrorKind = 'problem' | 'network' | 'timeout' | 'bad-response' | 'contract';

const PREFIX = 'urn:photo-review:problem:';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly problem: Problem | null;
  /** The short problem type (`claim-conflict`), or null when the server sent none. */
  readonly problemType: string | null;
  readonly operation: string;

  constructor(init: {
    kind: ApiErrorKind;
    operation: string;
    status?: number | null;
    problem?: Problem | null;
    message?: string;
  }) {
    const problemType = init.problem?.type.startsWith(PREFIX) ? init.problem.type.slice(PREFIX.length) : null;
    super(
      init.message ??
        init.problem?.detail ??
        init.problem?.title ??
        `${init.kind} error in ${init.operation}`,
    );
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.problem = init.problem ?? null;
    this.problemType = problemType;
    this.operation = init.operation;
  }

  is(problemType: string): boolean {
    return this.problemType === problemType;
  }

  /** Worth retrying as is: the server or the network failed, not the request. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.status !== null && (this.status >= 500 || this.status === 429))
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
