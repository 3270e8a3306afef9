import { z } from 'zod/mini';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ApiError, type ApiErrorKind } from './api-error';
import { apiRequest, type ApiRequest } from './client';
import { RequestDetailSchema, UserSchema, type User } from './generated/zod';
import { resetServerClock, serverNow } from './server-clock';

// A throwaway path: these tests feed the client raw answers and never touch the mock backend.
const PATH = '/api/requests/client-test-thing';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetServerClock();
});
afterAll(() => server.close());

const user: User = { id: 'u-reviewer1', username: 'reviewer1', displayName: '张敏', role: 'reviewer' };
const holder = { id: 'u-reviewer2', displayName: '李伟' };

function answer(resolver: () => Response | Promise<Response>, method: 'get' | 'post' | 'delete' = 'get') {
  server.use(http[method](PATH, resolver));
}

async function failureOf(request: Promise<unknown>): Promise<ApiError> {
  const error = await request.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const getUser = (extra: Partial<ApiRequest<User>> = {}) =>
  apiRequest({ operation: 'getThing', path: PATH, schema: UserSchema, ...extra });

const json = (text: string, status = 200, type = 'application/json') =>
  new HttpResponse(text, { status, headers: { 'Content-Type': type } });

interface FailureCase {
  name: string;
  respond: () => Response | Promise<Response>;
  request?: Partial<ApiRequest<User>>;
  kind: ApiErrorKind;
  status: number | null;
  check?: (error: ApiError) => void;
}

const failures: FailureCase[] = [
  {
    name: 'a body missing a required field breaks the contract',
    respond: () => HttpResponse.json({ id: user.id, username: user.username, role: user.role }),
    kind: 'contract',
    status: 200,
    check: (error) => expect(error.message).toContain('displayName'),
  },
  {
    name: 'a field of the wrong type breaks the contract',
    respond: () => HttpResponse.json({ ...user, role: 42 }),
    kind: 'contract',
    status: 200,
    check: (error) => expect(error.message).toContain('role'),
  },
  {
    name: 'a value outside an enum breaks the contract',
    respond: () => HttpResponse.json({ ...user, role: 'admin' }),
    kind: 'contract',
    status: 200,
  },
  {
    name: 'an array where an object belongs breaks the contract',
    respond: () => HttpResponse.json([user]),
    kind: 'contract',
    status: 200,
  },
  {
    name: 'truncated JSON breaks the contract',
    respond: () => json(JSON.stringify(user).slice(0, 30)),
    kind: 'contract',
    status: 200,
    check: (error) => expect(error.message).toMatch(/not valid JSON/),
  },
  {
    name: 'an HTML error page with 502 is a bad response',
    respond: () =>
      new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
    kind: 'bad-response',
    status: 502,
  },
  {
    name: 'an error status with plain text is a bad response',
    respond: () =>
      new HttpResponse('upstream timed out', { status: 504, headers: { 'Content-Type': 'text/plain' } }),
    kind: 'bad-response',
    status: 504,
  },
  {
    name: 'an error status with an empty body is a bad response',
    respond: () => new HttpResponse(null, { status: 500 }),
    kind: 'bad-response',
    status: 500,
  },
  {
    name: 'a problem document that is not one (no title) is a bad response',
    respond: () =>
      json(
        JSON.stringify({ type: 'urn:photo-review:problem:internal', status: 500 }),
        500,
        'application/problem+json',
      ),
    kind: 'bad-response',
    status: 500,
  },
  {
    name: 'truncated problem JSON is a bad response',
    respond: () => json('{"type":"urn:photo-review:problem:claim-conf', 409, 'application/problem+json'),
    kind: 'bad-response',
    status: 409,
  },
  {
    name: 'text/html with 200 breaks the contract',
    respond: () =>
      new HttpResponse('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html' } }),
    kind: 'contract',
    status: 200,
    check: (error) => expect(error.message).toContain('text/html'),
  },
  {
    name: 'valid JSON without a JSON content type breaks the contract',
    respond: () => new HttpResponse(JSON.stringify(user), { headers: { 'Content-Type': 'text/plain' } }),
    kind: 'contract',
    status: 200,
  },
  {
    name: 'an empty body with 200 when a body is expected breaks the contract',
    respond: () => new HttpResponse('', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    kind: 'contract',
    status: 200,
  },
  {
    name: 'a 204 when a body is expected breaks the contract',
    respond: () => new HttpResponse(null, { status: 204 }),
    kind: 'contract',
    status: 204,
  },
  {
    name: 'a JSON null when an object is expected breaks the contract',
    respond: () => json('null'),
    kind: 'contract',
    status: 200,
  },
  {
    name: 'a problem+json 409 is a problem naming its type and the holder',
    respond: () =>
      json(
        JSON.stringify({
          type: 'urn:photo-review:problem:claim-conflict',
          title: 'Another reviewer holds this request',
          status: 409,
          detail: '李伟 is reviewing this request',
          holder,
        }),
        409,
        'application/problem+json',
      ),
    kind: 'problem',
    status: 409,
    check: (error) => {
      expect(error.problemType).toBe('claim-conflict');
      expect(error.is('claim-conflict')).toBe(true);
      expect(error.problem?.holder).toEqual(holder);
      expect(error.message).toBe('李伟 is reviewing this request');
      expect(error.retryable).toBe(false);
    },
  },
  {
    name: 'a problem document keeps extension members it does not know',
    respond: () =>
      json(
        JSON.stringify({
          type: 'urn:photo-review:problem:version-mismatch',
          title: 'Changed',
          status: 412,
          currentVersion: 7,
        }),
        412,
        'application/problem+json; charset=utf-8',
      ),
    kind: 'problem',
    status: 412,
    check: (error) => {
      expect(error.problemType).toBe('version-mismatch');
      expect(error.problem).toMatchObject({ currentVersion: 7 });
    },
  },
  {
    name: 'a problem type from elsewhere has no short problem type',
    respond: () =>
      json(
        JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }),
        404,
        'application/problem+json',
      ),
    kind: 'problem',
    status: 404,
    check: (error) => expect(error.problemType).toBeNull(),
  },
  {
    name: 'a 503 problem may be retried',
    respond: () =>
      json(
        JSON.stringify({
          type: 'urn:photo-review:problem:service-unavailable',
          title: 'Busy',
          status: 503,
          retryAfterSeconds: 1,
        }),
        503,
        'application/problem+json',
      ),
    kind: 'problem',
    status: 503,
    check: (error) => expect(error.retryable).toBe(true),
  },
  {
    name: 'a network error is a network failure that may be retried',
    respond: () => HttpResponse.error(),
    kind: 'network',
    status: null,
    check: (error) => expect(error.retryable).toBe(true),
  },
  {
    name: 'a very slow answer times out',
    respond: async () => {
      await delay(2_000);
      return HttpResponse.json(user);
    },
    request: { timeoutMs: 50 },
    kind: 'timeout',
    status: null,
    check: (error) => expect(error.retryable).toBe(true),
  },
];

describe('apiRequest', () => {
  it('returns the validated data of a valid JSON answer', async () => {
    answer(() => HttpResponse.json(user));
    await expect(getUser()).resolves.toEqual(user);
  });

  it('accepts a JSON content type with parameters and a +json type', async () => {
    answer(() => json(JSON.stringify(user), 200, 'application/json; charset=utf-8'));
    await expect(getUser()).resolves.toEqual(user);
    answer(() => json(JSON.stringify(user), 200, 'application/vnd.bureau+json'));
    await expect(getUser()).resolves.toEqual(user);
  });

  it('drops members the contract does not know instead of passing them on', async () => {
    answer(() => HttpResponse.json({ ...user, idNumber: '310101199001011234' }));
    await expect(getUser()).resolves.toEqual(user);
  });

  it.each(failures)('$name', async ({ respond, request, kind, status, check }) => {
    answer(respond);
    const started = Date.now();
    const error = await failureOf(getUser(request));
    expect(error).toMatchObject({ name: 'ApiError', kind, status, operation: 'getThing' });
    if (kind !== 'problem') expect(error.problem).toBeNull();
    check?.(error);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('passes the caller’s own cancellation through instead of calling it an API failure', async () => {
    answer(async () => {
      await delay(2_000);
      return HttpResponse.json(user);
    });
    const controller = new AbortController();
    const pending = getUser({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('answers undefined for a call without a body, and refuses a body there', async () => {
    answer(() => new HttpResponse(null, { status: 204 }), 'delete');
    await expect(
      apiRequest({ operation: 'releaseThing', method: 'DELETE', path: PATH }),
    ).resolves.toBeUndefined();

    answer(() => HttpResponse.json({ unexpected: true }), 'delete');
    const error = await failureOf(apiRequest({ operation: 'releaseThing', method: 'DELETE', path: PATH }));
    expect(error.kind).toBe('contract');
  });

  it('answers null for a 204 when the schema allows null (an empty queue)', async () => {
    answer(() => new HttpResponse(null, { status: 204 }), 'post');
    await expect(
      apiRequest({
        operation: 'claimNext',
        method: 'POST',
        path: PATH,
        schema: z.nullable(RequestDetailSchema),
      }),
    ).resolves.toBeNull();
  });

  it('sends the body as JSON and the query without empty values', async () => {
    let seen: { url: URL; contentType: string | null; accept: string | null; body: unknown } | undefined;
    server.use(
      http.post(PATH, async ({ request }) => {
        seen = {
          url: new URL(request.url),
          contentType: request.headers.get('Content-Type'),
          accept: request.headers.get('Accept'),
          body: await request.json(),
        };
        return HttpResponse.json(user);
      }),
    );
    await apiRequest({
      operation: 'postThing',
      method: 'POST',
      path: PATH,
      query: { status: ['pending', 'in_review'], q: '', region: null, page: 2, flag: false, none: undefined },
      body: { username: 'reviewer1' },
      schema: UserSchema,
    });
    expect(seen?.url.origin).toBe(globalThis.location.origin);
    expect(seen?.url.searchParams.getAll('status')).toEqual(['pending', 'in_review']);
    expect([...(seen?.url.searchParams.keys() ?? [])].sort()).toEqual(['flag', 'page', 'status', 'status']);
    expect(seen?.url.searchParams.get('page')).toBe('2');
    expect(seen?.contentType).toBe('application/json');
    expect(seen?.accept).toContain('application/problem+json');
    expect(seen?.body).toEqual({ username: 'reviewer1' });
  });

  describe('server clock', () => {
    it('learns the server’s clock from the Date header', async () => {
      const serverTime = Date.now() + 3_600_000;
      answer(() => HttpResponse.json(user, { headers: { Date: new Date(serverTime).toUTCString() } }));
      expect(Math.abs(serverNow() - Date.now())).toBeLessThan(1_000);
      await getUser();
      // Date has one-second resolution.
      expect(Math.abs(serverNow() - serverTime)).toBeLessThan(2_000);
    });

    it('learns it from error answers too', async () => {
      const serverTime = Date.now() - 600_000;
      answer(
        () =>
          new HttpResponse(
            JSON.stringify({ type: 'urn:photo-review:problem:lease-lost', title: 'Lost', status: 409 }),
            {
              status: 409,
              headers: {
                'Content-Type': 'application/problem+json',
                Date: new Date(serverTime).toUTCString(),
              },
            },
          ),
      );
      await failureOf(getUser());
      expect(Math.abs(serverNow() - serverTime)).toBeLessThan(2_000);
    });

    it('ignores a missing or unreadable Date header', async () => {
      answer(() => HttpResponse.json(user, { headers: { Date: 'not a date' } }));
      await getUser();
      expect(Math.abs(serverNow() - Date.now())).toBeLessThan(1_000);
    });
  });
});
