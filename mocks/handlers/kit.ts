import { delay, HttpResponse, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import type { z } from 'zod/mini';
import type { MockBackend } from '../domain/backend';
import { ProblemError, problems } from '../domain/problems';
import { parseBody } from '../domain/validate';
import type { SessionRecord, UserRecord } from '../domain/records';

export const SESSION_COOKIE = 'sid';

export interface RouteContext {
  request: Request;
  params: PathParams;
  sessionId: string | undefined;
}

export interface AuthedContext extends RouteContext {
  actor: UserRecord;
  session: SessionRecord;
}

export function problemResponse(error: ProblemError, backend?: MockBackend): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (error.problem.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(error.problem.retryAfterSeconds);
  if (backend) headers.Date = new Date(backend.clock.now()).toUTCString();
  return new HttpResponse(JSON.stringify(error.problem), { status: error.status, headers });
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return HttpResponse.json(body as DefaultBodyType, init);
}

interface RouteOptions {
  /** Mock controls are exempt from injected latency and failures. */
  faults?: boolean;
}

/**
 * The one wrapper every mock route goes through: injected latency and failures, the server's Date
 * header, and rule violations turned into problem documents. Anything else thrown is a bug in the
 * mock and answers 500, as a real server would.
 */
export function route(
  backend: MockBackend,
  resolver: (context: RouteContext) => Response | Promise<Response>,
  options: RouteOptions = {},
): HttpResponseResolver<PathParams, DefaultBodyType, DefaultBodyType> {
  return async ({ request, params, cookies }) => {
    const faults = options.faults ?? true;
    const response = await answer(backend, faults, () =>
      resolver({ request, params, sessionId: readSessionId(request, cookies) }),
    );
    // The work is done (or refused); the answer is lost on the way back: a dropped connection.
    if (faults && backend.shouldDrop()) return HttpResponse.error();
    return response;
  };
}

async function answer(
  backend: MockBackend,
  faults: boolean,
  resolve: () => Response | Promise<Response>,
): Promise<Response> {
  try {
    const latency = faults ? backend.injectedLatencyMs() : 0;
    if (latency > 0) await delay(latency);
    if (faults && backend.shouldFail()) throw problems.serviceUnavailable();
    const response = await resolve();
    if (!response.headers.has('Date'))
      response.headers.set('Date', new Date(backend.clock.now()).toUTCString());
    return response;
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error, backend);
    console.error('[mock] unexpected error', error);
    return problemResponse(
      new ProblemError({ type: 'urn:photo-review:problem:internal', title: 'Internal error', status: 500 }),
      backend,
    );
  }
}

/** Like route(), for signed-in callers only: 401 without a valid session. */
export function authed(
  backend: MockBackend,
  resolver: (context: AuthedContext) => Response | Promise<Response>,
): ReturnType<typeof route> {
  return route(backend, (context) => {
    const { session, user } = backend.authenticate(context.sessionId);
    return resolver({ ...context, actor: user, session });
  });
}

/**
 * The session cookie comes from the request's Cookie header (the HTTP server and the browser) or
 * from MSW's own cookie jar (Node and the service worker, where no real cookie jar exists).
 */
function readSessionId(request: Request, cookies: Record<string, string>): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return cookies[SESSION_COOKIE];
}

const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON body: 413 when it is too large, 400 when it is missing (unless optional) or not JSON. */
export async function readJson(request: Request, optional = false): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) {
    throw new ProblemError({
      type: 'urn:photo-review:problem:payload-too-large',
      title: 'The request body is too large',
      status: 413,
    });
  }
  if (text.trim() === '') {
    if (!optional)
      throw problems.validation([{ field: '(body)', code: 'required', message: 'a JSON body is required' }]);
    return {};
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problems.validation([{ field: '(body)', code: 'json', message: 'the body is not valid JSON' }]);
  }
}

/** Reads and validates a JSON body against a contract schema; 400 with field errors otherwise. */
export async function readBody<T>(request: Request, schema: z.ZodMiniType<T>, optional = false): Promise<T> {
  return parseBody(schema, await readJson(request, optional));
}

export function param(params: PathParams, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') throw problems.notFound(`The ${name}`);
  return value;
}

export function sessionCookie(session: SessionRecord, secure: boolean): string {
  const maxAge = Math.max(0, Math.round((session.expiresAt - session.createdAt) / 1000));
  return `${SESSION_COOKIE}=${encodeURIComponent(session.id)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

export const clearedSessionCookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
