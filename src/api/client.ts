import type { z } from 'zod/mini';
import { ApiError } from './api-error';
import type { paths } from './generated/schema';
import { ProblemSchema } from './generated/zod';
import { observeServerDate } from './server-clock';

/** Base URL of the bureau's API; empty means the same origin as the console. */
const baseUrl = (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/$/, '');
const DEFAULT_TIMEOUT_MS = 20_000;

/** A contract path with its `{parameters}` filled in: a path the contract lacks does not compile. */
type FillPath<P extends string> = P extends `${infer Head}{${string}}${infer Tail}`
  ? `${Head}${string}${FillPath<Tail>}`
  : P;
export type ApiPath = FillPath<keyof paths & string>;

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface ApiRequest<T> {
  /** Names the call in errors and logs, e.g. `listRequests`. */
  operation: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: ApiPath;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Validates a JSON success body. Omit for calls that answer without a body. */
  schema?: z.ZodMiniType<T>;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Outlives the page (fetch's keepalive): for what a page says while it is being closed. */
  keepalive?: boolean;
}

/**
 * An absolute URL on the API's origin: for a path the API gave us (photo URLs), or for a call that
 * cannot go through apiRequest (a file download); null, undefined and empty query values are left out.
 */
export function apiUrl(path: ApiPath, query?: Record<string, QueryValue>): string {
  return buildUrl(path, query);
}

/** The session cookie goes with every call: to the same origin, or to the configured API origin. */
export const apiCredentials: RequestCredentials = baseUrl.startsWith('http') ? 'include' : 'same-origin';

function buildUrl(path: string, query: ApiRequest<unknown>['query']): string {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  const url = new URL(baseUrl + path, baseUrl.startsWith('http') ? undefined : origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => url.searchParams.append(name, String(v)));
    else url.searchParams.set(name, String(value));
  }
  return url.toString();
}

function isJson(contentType: string | null, problem = false): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type === 'application/json' || (problem && type === 'application/problem+json') || type.endsWith('+json')
  );
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The error for an answer with an error status: the problem document it carries, or `bad-response`
 * when it carries none (an HTML error page, a proxy's text).
 */
export function failureOf(operation: string, response: Response, text: string): ApiError {
  const problem = isJson(response.headers.get('Content-Type'), true)
    ? ProblemSchema.safeParse(parseJsonOrUndefined(text))
    : null;
  if (problem?.success) {
    return new ApiError({ kind: 'problem', operation, status: response.status, problem: problem.data });
  }
  return new ApiError({
    kind: 'bad-response',
    operation,
    status: response.status,
    message: `HTTP ${response.status} without a problem document`,
  });
}

/**
 * The only way the console talks to the API. Every answer is checked at this boundary: success
 * bodies against the contract, errors as problem documents. Whatever arrives, the caller gets either
 * valid data or an ApiError, never a half-parsed value.
 */
export async function apiRequest<T = void>(request: ApiRequest<T>): Promise<T> {
  const { operation, method = 'GET', schema } = request;
  const timeout = AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...request.headers,
  };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(request.path, request.query), {
      method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      credentials: apiCredentials,
      signal,
      ...(request.keepalive ? { keepalive: true } : {}),
    });
  } catch (error) {
    if (request.signal?.aborted) throw error; // the caller cancelled: not an API failure
    const timedOut = timeout.aborted;
    throw new ApiError({ kind: timedOut ? 'timeout' : 'network', operation, message: String(error) });
  }
  observeServerDate(response.headers.get('Date'));

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new ApiError({ kind: timeout.aborted ? 'timeout' : 'network', operation, status: response.status });
  }

  if (!response.ok) throw failureOf(operation, response, text);

  if (!schema) {
    if (text.trim() !== '' && response.status !== 204) {
      throw new ApiError({
        kind: 'contract',
        operation,
        status: response.status,
        message: 'expected no body',
      });
    }
    return undefined as T;
  }
  if (response.status === 204) {
    const empty = schema.safeParse(null);
    if (empty.success) return empty.data;
    throw new ApiError({ kind: 'contract', operation, status: response.status, message: 'unexpected 204' });
  }
  if (text.trim() === '') {
    throw new ApiError({ kind: 'contract', operation, status: response.status, message: 'empty body' });
  }
  if (!isJson(response.headers.get('Content-Type'))) {
    throw new ApiError({
      kind: 'contract',
      operation,
      status: response.status,
      message: `expected JSON, got ${response.headers.get('Content-Type') ?? 'no content type'}`,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError({
      kind: 'contract',
      operation,
      status: response.status,
      message: 'the body is not valid JSON',
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ');
    throw new ApiError({
      kind: 'contract',
      operation,
      status: response.status,
      message: `response breaks the contract: ${where}`,
    });
  }
  return parsed.data;
}
