// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { z } from 'zod/mini';
import {
  ClaimSchema,
  DecisionSchema,
  GetRequestHistory200Schema,
  ListClaims200Schema,
  ListMyClaims200Schema,
  ListRegions200Schema,
  MockRequestCardSchema,
  MockStateSchema,
  ProblemSchema,
  ProblemTypeSchema,
  RequestDetailSchema,
  RequestPageSchema,
  SessionSchema,
  type Problem,
} from '../../src/api/generated/zod';
import { MockBackend } from '../domain/backend';
import { hostileNames } from '../domain/hostile-text';
import type { PhotoLibraryIndex } from '../domain/world';
import { createHandlers, type PhotoStore } from './index';

const BASE = 'http://localhost';
const PENDING = 12;

/** A hand-made photo library: two people, each with a card photo and two new photos. */
function smallLibrary(): PhotoLibraryIndex {
  const people = ['p1', 'p2'].map((personId) => ({
    personId,
    cardPhotoId: `${personId}-card`,
    newPhotoIds: [`${personId}-new-ok`, `${personId}-new-dark`],
  }));
  const photos = new Map<string, { width: number; height: number; bytes: number; variant: string }>();
  for (const person of people) {
    photos.set(person.cardPhotoId, { width: 358, height: 441, bytes: 8, variant: 'compliant' });
    photos.set(`${person.personId}-new-ok`, { width: 358, height: 441, bytes: 8, variant: 'compliant' });
    photos.set(`${person.personId}-new-dark`, { width: 358, height: 441, bytes: 8, variant: 'underexposed' });
  }
  return { people, photos };
}

/** A few bytes per photo that say which library photo they stand for. */
const photoStore: PhotoStore = {
  read: (libraryId) => Promise.resolve(new TextEncoder().encode(`JPEG:${libraryId}`).buffer as ArrayBuffer),
};

const backend = new MockBackend({
  library: smallLibrary(),
  seed: 3,
  pendingCount: PENDING,
  historyDecisions: 0,
});
/**
 * MSW keeps cookies from mocked responses in its own jar and adds them to later requests, and the
 * mock falls back to that jar when a request carries no session cookie. MSW only reads Set-Cookie
 * from its own HttpResponse, which the mock's sign-out does not use, so this throwaway route clears
 * the jar: "no session" then means exactly that.
 */
const forgetCookies = http.post(
  '/__test/forget-cookies',
  () => new HttpResponse(null, { status: 204, headers: { 'Set-Cookie': 'sid=; Path=/; Max-Age=0' } }),
);
const server = setupServer(forgetCookies, ...createHandlers(backend, photoStore));

/**
 * The handlers' paths are relative ('/api/session'). MSW resolves those against `location`, which
 * browsers and jsdom have and Node does not, so in Node they would match nothing. A stand-in origin
 * plays the browser's part; the requests themselves are absolute, as Node's fetch requires.
 */
function serveFrom(origin: string): void {
  vi.stubGlobal('location', new URL('/', origin));
}

beforeAll(() => {
  serveFrom(BASE);
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  backend.reset(3, PENDING);
});
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
});

interface CallOptions {
  cookie?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with a JSON content type. */
  rawBody?: string;
  headers?: Record<string, string>;
}

function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  if (options.cookie) headers.Cookie = options.cookie;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(new URL(path, BASE), { method, headers, body });
}

/** A request without a session cookie, neither sent nor added from MSW's jar. */
async function anonymous(method: string, path: string): Promise<Response> {
  expect((await call('POST', '/__test/forget-cookies')).status).toBe(204);
  return call(method, path);
}

/** Signs in and returns the session cookie to send back, read from Set-Cookie (not MSW's jar). */
async function signIn(username: string): Promise<string> {
  const response = await call('POST', '/api/session', { body: { username, password: 'demo' } });
  expect(response.status).toBe(200);
  const setCookie = response.headers.get('Set-Cookie') ?? '';
  const pair = setCookie.split(';')[0] ?? '';
  expect(pair).toMatch(/^sid=.+/);
  return pair;
}

async function expectProblem(response: Response, status: number, slug: string): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  expect(response.headers.get('Date')).toMatch(/GMT$/);
  const body: unknown = await response.json();
  const parsed = ProblemSchema.safeParse(body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  const problem = parsed.data as Problem;
  expect(ProblemTypeSchema.options).toContain(problem.type);
  expect(problem.type).toBe(`urn:photo-review:problem:${slug}`);
  expect(problem.status).toBe(status);
  return problem;
}

/** Checks a success body against the operation's schema, also catching members the contract lacks. */
async function expectContract<T>(response: Response, schema: z.ZodMiniType<T>, status = 200): Promise<T> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  expect(response.headers.get('Date')).toMatch(/GMT$/);
  const body: unknown = await response.json();
  const parsed = schema.safeParse(body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  // The generated object schemas strip unknown members: equality shows nothing was stripped.
  expect(parsed.data).toEqual(body);
  return parsed.data as T;
}

/** The waiting requests, oldest first (the world also holds decided, earlier requests). */
const waiting = () => backend.world.requests.filter((r) => r.status === 'pending');
const firstPendingId = () => waiting()[0]?.id ?? '';

describe('mock API handlers', () => {
  describe('session', () => {
    it('signing in sets an HttpOnly, SameSite=Strict session cookie and answers the session', async () => {
      const response = await call('POST', '/api/session', {
        body: { username: 'reviewer1', password: 'demo' },
      });
      const session = await expectContract(response, SessionSchema);
      expect(session.user).toMatchObject({ username: 'reviewer1', role: 'reviewer' });
      const cookie = response.headers.get('Set-Cookie') ?? '';
      expect(cookie).toMatch(/^sid=[^;]+/);
      expect(cookie).toMatch(/; HttpOnly(;|$)/);
      expect(cookie).toMatch(/; SameSite=Strict(;|$)/);
      expect(cookie).toMatch(/; Path=\/(;|$)/);
      expect(cookie).not.toMatch(/Secure/);
    });

    it('the cookie is Secure over https', async () => {
      serveFrom('https://localhost');
      try {
        const response = await fetch('https://localhost/api/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'reviewer1', password: 'demo' }),
        });
        expect(response.headers.get('Set-Cookie')).toMatch(/; Secure(;|$)/);
      } finally {
        serveFrom(BASE);
      }
    });

    it('the cookie lives as long as the session', async () => {
      const response = await call('POST', '/api/session', {
        body: { username: 'reviewer1', password: 'demo' },
      });
      expect(response.headers.get('Set-Cookie')).toMatch(/; Max-Age=28800(;|$)/);
    });

    // sessionCookie() in kit.ts computes Max-Age from Date.now() instead of the backend's clock, so
    // once the mock clock has been moved forward the cookie outlives the session by the offset.
    it('the cookie lives as long as the session after the mock clock has moved', async () => {
      backend.advanceClock(24 * 3600);
      const response = await call('POST', '/api/session', {
        body: { username: 'reviewer1', password: 'demo' },
      });
      expect(response.headers.get('Set-Cookie')).toMatch(/; Max-Age=28800(;|$)/);
    });

    it('the session cookie identifies the user', async () => {
      const cookie = await signIn('supervisor1');
      const session = await expectContract(await call('GET', '/api/session', { cookie }), SessionSchema);
      expect(session.user).toMatchObject({ username: 'supervisor1', role: 'supervisor' });
    });

    it('without a session the API answers a 401 problem', async () => {
      await signIn('reviewer1');
      await expectProblem(await anonymous('GET', '/api/session'), 401, 'unauthenticated');
      await expectProblem(
        await call('GET', '/api/requests', { cookie: 'sid=1.forged' }),
        401,
        'unauthenticated',
      );
    });

    it('signing out ends the session and clears the cookie', async () => {
      const cookie = await signIn('reviewer1');
      const response = await call('DELETE', '/api/session', { cookie });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
      expect(response.headers.get('Set-Cookie')).toMatch(/^sid=; .*Max-Age=0/);
      await expectProblem(await call('GET', '/api/session', { cookie }), 401, 'unauthenticated');
    });

    it('repeated wrong passwords slow the answers, then lock the username with 429 and Retry-After', async () => {
      const attempt = (password: string) =>
        call('POST', '/api/session', { body: { username: 'reviewer3', password } });
      const took: number[] = [];
      for (let i = 0; i < 4; i++) {
        const started = performance.now();
        await expectProblem(await attempt('wrong'), 401, 'invalid-credentials');
        took.push(performance.now() - started);
      }
      // The fourth answer waited (half a second from the third failure on); the first did not.
      expect(took[3]).toBeGreaterThanOrEqual(450);
      expect(took[0]).toBeLessThan(400);
      const locked = await attempt('wrong');
      expect(locked.headers.get('Retry-After')).toBe('900');
      const problem = await expectProblem(locked, 429, 'account-locked');
      expect(problem.retryAfterSeconds).toBe(900);
      const right = await attempt('demo');
      expect(right.headers.get('Set-Cookie')).toBeNull();
      await expectProblem(right, 429, 'account-locked');
      await call('POST', '/api/__mock/clock', { body: { advanceSeconds: 900 } });
      await expectContract(await attempt('demo'), SessionSchema);
    });

    it('a session ends when the mock clock passes its expiry', async () => {
      const cookie = await signIn('reviewer1');
      await call('POST', '/api/__mock/clock', { body: { advanceSeconds: 8 * 3600 } });
      await expectProblem(await call('GET', '/api/session', { cookie }), 401, 'unauthenticated');
    });
  });

  describe('contract', () => {
    it('every success response validates against its operation’s schema', async () => {
      const reviewer = await signIn('reviewer1');
      const supervisor = await signIn('supervisor1');

      await expectContract(await call('GET', '/api/session', { cookie: reviewer }), SessionSchema);
      const regions = await expectContract(
        await call('GET', '/api/regions', { cookie: reviewer }),
        ListRegions200Schema,
      );
      expect(regions.items.length).toBeGreaterThan(0);

      const page = await expectContract(
        await call('GET', '/api/requests?status=pending&sort=-number&pageSize=5&page=2', {
          cookie: reviewer,
        }),
        RequestPageSchema,
      );
      expect(page).toMatchObject({ page: 2, pageSize: 5, total: PENDING });

      const next = await expectContract(
        await call('POST', '/api/requests/claim-next', { cookie: reviewer }),
        RequestDetailSchema,
      );
      const claimed = await call('POST', `/api/requests/${next.id}/claim`, { cookie: reviewer });
      expect(claimed.headers.get('Cache-Control')).toBe('private, no-store');
      await expectContract(claimed, RequestDetailSchema);

      const detail = await call('GET', `/api/requests/${next.id}`, { cookie: reviewer });
      expect(detail.headers.get('Cache-Control')).toBe('private, no-store');
      const opened = await expectContract(detail, RequestDetailSchema);
      expect(detail.headers.get('ETag')).toBe(`"${opened.version}"`);
      expect(opened.claim?.holder.displayName).toBe('张敏');

      await expectContract(
        await call('POST', `/api/requests/${next.id}/claim/heartbeat`, { cookie: reviewer }),
        ClaimSchema,
      );
      const mine = await expectContract(
        await call('GET', '/api/me/claims', { cookie: reviewer }),
        ListMyClaims200Schema,
      );
      expect(mine.items.map((r) => r.id)).toEqual([next.id]);
      const all = await expectContract(
        await call('GET', '/api/claims', { cookie: supervisor }),
        ListClaims200Schema,
      );
      expect(all.items.map((r) => r.id)).toEqual([next.id]);
      await expectContract(
        await call('GET', `/api/requests/${firstPendingId()}`, { cookie: supervisor }),
        RequestDetailSchema,
      );

      const released = await call('DELETE', `/api/requests/${next.id}/claim`, { cookie: reviewer });
      expect(released.status).toBe(204);
      expect(await released.text()).toBe('');

      await expectContract(await call('GET', '/api/__mock/settings'), MockStateSchema);
      await expectContract(
        await call('POST', '/api/__mock/settings', { body: { latencyMs: 0 } }),
        MockStateSchema,
      );
      await expectContract(
        await call('POST', '/api/__mock/clock', { body: { advanceSeconds: 1 } }),
        MockStateSchema,
      );
      await expectContract(
        await call('POST', '/api/__mock/reset', { body: { seed: 3, pendingCount: 0 } }),
        MockStateSchema,
      );

      // An empty queue: 204 without a body.
      const fresh = await signIn('reviewer2');
      const empty = await call('POST', '/api/requests/claim-next', { cookie: fresh });
      expect(empty.status).toBe(204);
      expect(await empty.text()).toBe('');
    });

    it('every error response is a problem document', async () => {
      const reviewer1 = await signIn('reviewer1');
      const reviewer2 = await signIn('reviewer2');
      const supervisor = await signIn('supervisor1');
      const [held, other] = waiting();
      if (!held || !other) throw new Error('the world has too few requests');
      await call('POST', `/api/requests/${held.id}/claim`, { cookie: reviewer1 });

      const cases: Array<[string, () => Promise<Response>, number, string]> = [
        ['no session', () => anonymous('GET', '/api/regions'), 401, 'unauthenticated'],
        [
          'wrong password',
          () => call('POST', '/api/session', { body: { username: 'reviewer1', password: 'wrong' } }),
          401,
          'invalid-credentials',
        ],
        [
          'sign-in without a password',
          () => call('POST', '/api/session', { body: { username: 'x' } }),
          400,
          'validation-failed',
        ],
        [
          'sign-in with broken JSON',
          () => call('POST', '/api/session', { rawBody: '{"username":' }),
          400,
          'validation-failed',
        ],
        ['sign-in without a body', () => call('POST', '/api/session'), 400, 'validation-failed'],
        [
          'a body over 64 KB',
          () => call('POST', '/api/session', { body: { username: 'x', password: 'y'.repeat(70_000) } }),
          413,
          'payload-too-large',
        ],
        [
          'a bad list query',
          () => call('GET', '/api/requests?page=0', { cookie: reviewer1 }),
          400,
          'validation-failed',
        ],
        [
          'a supervisor claiming',
          () => call('POST', '/api/requests/claim-next', { cookie: supervisor }),
          403,
          'forbidden',
        ],
        [
          'opening an unheld request',
          () => call('GET', `/api/requests/${other.id}`, { cookie: reviewer1 }),
          403,
          'forbidden',
        ],
        [
          'a reviewer listing all claims',
          () => call('GET', '/api/claims', { cookie: reviewer1 }),
          403,
          'forbidden',
        ],
        [
          'an unknown request',
          () => call('GET', '/api/requests/rq-unknown-1', { cookie: supervisor }),
          404,
          'not-found',
        ],
        [
          'a held request',
          () => call('POST', `/api/requests/${held.id}/claim`, { cookie: reviewer2 }),
          409,
          'claim-conflict',
        ],
        [
          'a heartbeat on an unheld request',
          () => call('POST', `/api/requests/${other.id}/claim/heartbeat`, { cookie: reviewer1 }),
          409,
          'lease-lost',
        ],
        [
          'releasing someone else’s claim',
          () => call('DELETE', `/api/requests/${held.id}/claim`, { cookie: reviewer2 }),
          409,
          'lease-lost',
        ],
        [
          'a photo of an unheld request',
          () => call('GET', `/api/photos/${other.newPhotoId}`, { cookie: reviewer1 }),
          403,
          'forbidden',
        ],
        [
          'an unknown photo',
          () => call('GET', '/api/photos/ph-unknown-photo-1', { cookie: supervisor }),
          404,
          'not-found',
        ],
        ['an unknown API path', () => call('GET', '/api/nothing/here'), 404, 'not-found'],
        ['an unknown method on a known path', () => call('PUT', '/api/session'), 404, 'not-found'],
        [
          'bad mock settings',
          () => call('POST', '/api/__mock/settings', { body: { failureRate: 2 } }),
          400,
          'validation-failed',
        ],
      ];
      for (const [name, send, status, slug] of cases) {
        await expect.soft(expectProblem(await send(), status, slug), name).resolves.toBeDefined();
      }
    });

    it('a claim conflict names the holder', async () => {
      const reviewer1 = await signIn('reviewer1');
      const reviewer2 = await signIn('reviewer2');
      const id = firstPendingId();
      await call('POST', `/api/requests/${id}/claim`, { cookie: reviewer1 });
      const problem = await expectProblem(
        await call('POST', `/api/requests/${id}/claim`, { cookie: reviewer2 }),
        409,
        'claim-conflict',
      );
      expect(problem.holder).toEqual({ id: 'u-reviewer1', displayName: '张敏' });
    });

    it('a validation problem lists the broken fields', async () => {
      const cookie = await signIn('reviewer1');
      const problem = await expectProblem(
        await call('GET', '/api/requests?status=open&pageSize=1000', { cookie }),
        400,
        'validation-failed',
      );
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(['pageSize', 'status']);
    });
  });

  describe('photos', () => {
    it('the holder gets the photo bytes, never to be cached', async () => {
      const cookie = await signIn('reviewer1');
      const detail = RequestDetailSchema.parse(
        await (await call('POST', '/api/requests/claim-next', { cookie })).json(),
      );
      for (const photo of [detail.newPhoto, detail.cardPhoto]) {
        const response = await call('GET', photo.url, { cookie });
        expect(response.status).toBe(200);
        expect(response.headers.get('Content-Type')).toBe('image/jpeg');
        expect(response.headers.get('Cache-Control')).toBe('private, no-store');
        expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
        const text = new TextDecoder().decode(await response.arrayBuffer());
        expect(text).toMatch(/^JPEG:p\d-/);
        expect(response.headers.get('Content-Length')).toBe(String(text.length));
      }
    });

    it('a supervisor may see any photo; nobody without a session may', async () => {
      const supervisor = await signIn('supervisor1');
      const photoId = waiting()[4]?.cardPhotoId;
      const response = await call('GET', `/api/photos/${photoId}`, { cookie: supervisor });
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('private, no-store');
      await expectProblem(await anonymous('GET', `/api/photos/${photoId}`), 401, 'unauthenticated');
    });
  });

  describe('mock controls', () => {
    it('reset rebuilds the world from a seed', async () => {
      const state = await expectContract(
        await call('POST', '/api/__mock/reset', { body: { seed: 42, pendingCount: 7 } }),
        MockStateSchema,
      );
      expect(state).toMatchObject({
        seed: 42,
        pendingCount: 7,
        failureRate: 0,
        latencyMs: 0,
        leaseTtlSeconds: 600,
      });
      const cookie = await signIn('supervisor1');
      const page = RequestPageSchema.parse(
        await (await call('GET', '/api/requests?status=pending', { cookie })).json(),
      );
      expect(page.total).toBe(7);
      // Without a body, reset keeps the seed and size.
      expect(await (await call('POST', '/api/__mock/reset')).json()).toMatchObject({
        seed: 42,
        pendingCount: 7,
      });
    });

    it('reset with hostileText puts hostile names in the world, served as they are', async () => {
      await expectContract(
        await call('POST', '/api/__mock/reset', {
          body: { seed: 3, pendingCount: PENDING, hostileText: true },
        }),
        MockStateSchema,
      );
      const supervisor = await signIn('supervisor1');
      const detail = await expectContract(
        await call('GET', `/api/requests/${firstPendingId()}`, { cookie: supervisor }),
        RequestDetailSchema,
      );
      expect(hostileNames).toContain(detail.applicant.name);
      const reviewer5 = backend.world.users.find((u) => u.username === 'reviewer5');
      expect(reviewer5?.displayName).toMatch(/^<img src=x onerror=/);
      await call('POST', '/api/__mock/reset', { body: { seed: 3, pendingCount: PENDING } });
      expect(backend.world.users.find((u) => u.username === 'reviewer5')?.displayName).toBe('赵丽');
    });

    it('settings change and are read back; omitted fields keep their value', async () => {
      await call('POST', '/api/__mock/settings', { body: { failureRate: 0.25, leaseTtlSeconds: 60 } });
      await call('POST', '/api/__mock/settings', { body: { latencyMs: 5 } });
      const state = await expectContract(await call('GET', '/api/__mock/settings'), MockStateSchema);
      expect(state).toMatchObject({ failureRate: 0.25, leaseTtlSeconds: 60, latencyMs: 5 });
    });

    it('a dropped connection loses the answer but not the work', async () => {
      const cookie = await signIn('reviewer1');
      const id = firstPendingId();
      await call('POST', '/api/__mock/settings', { body: { dropRate: 1 } });
      await expect(call('POST', `/api/requests/${id}/claim`, { cookie })).rejects.toThrow(TypeError);
      // Mock controls are exempt, so the world can be read and the faults turned off.
      await call('POST', '/api/__mock/settings', { body: { dropRate: 0 } });
      const mine = ListMyClaims200Schema.parse(
        await (await call('GET', '/api/me/claims', { cookie })).json(),
      );
      expect(mine.items.map((item) => item.id)).toEqual([id]);
    });

    it('latency jitter delays each answer by a different, bounded amount', async () => {
      await call('POST', '/api/__mock/settings', { body: { latencyMs: 5, latencyJitterMs: 60 } });
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const started = performance.now();
        await call('GET', '/api/session');
        times.push(performance.now() - started);
      }
      expect(Math.min(...times)).toBeGreaterThanOrEqual(4);
      expect(Math.max(...times)).toBeLessThan(400);
      expect(new Set(times.map((t) => Math.round(t / 10))).size).toBeGreaterThan(1);
    });

    it('the clock moves forward, expires leases and shows in the Date header', async () => {
      const cookie = await signIn('reviewer1');
      const id = firstPendingId();
      await call('POST', `/api/requests/${id}/claim`, { cookie });
      const before = Date.parse((await call('GET', '/api/__mock/settings')).headers.get('Date') ?? '');
      const state = await expectContract(
        await call('POST', '/api/__mock/clock', { body: { advanceSeconds: 600 } }),
        MockStateSchema,
      );
      expect(Date.parse(state.now) - before).toBeGreaterThanOrEqual(599_000);
      const after = await call('POST', `/api/requests/${id}/claim/heartbeat`, { cookie });
      expect(Date.parse(after.headers.get('Date') ?? '') - before).toBeGreaterThanOrEqual(599_000);
      await expectProblem(after, 409, 'lease-lost');
      const mine = ListMyClaims200Schema.parse(
        await (await call('GET', '/api/me/claims', { cookie })).json(),
      );
      expect(mine.items).toEqual([]);
    });

    it.each([
      ['/api/__mock/settings', { failureRate: 2 }, 'failureRate'],
      ['/api/__mock/settings', { latencyMs: 'slow' }, 'latencyMs'],
      ['/api/__mock/settings', { leaseTtlSeconds: 1 }, 'leaseTtlSeconds'],
      ['/api/__mock/settings', undefined, '(body)'],
      ['/api/__mock/clock', {}, 'advanceSeconds'],
      ['/api/__mock/clock', { advanceSeconds: -5 }, 'advanceSeconds'],
      ['/api/__mock/clock', { advanceSeconds: 1.5 }, 'advanceSeconds'],
      ['/api/__mock/reset', { seed: -1 }, 'seed'],
      ['/api/__mock/reset', { pendingCount: 1_000_000 }, 'pendingCount'],
      ['/api/__mock/reset', [1, 2], '(body)'],
    ])('%s refuses %j with a 400 naming %s', async (path, body, field) => {
      const { now: _before, ...before } = backend.state();
      const problem = await expectProblem(await call('POST', path, { body }), 400, 'validation-failed');
      expect(problem.errors?.map((e) => e.field)).toContain(field);
      const { now: _after, ...after } = backend.state();
      expect(after).toEqual(before);
    });

    it('a body that is not JSON is a 400', async () => {
      const problem = await expectProblem(
        await call('POST', '/api/__mock/clock', { rawBody: 'advance=5' }),
        400,
        'validation-failed',
      );
      expect(problem.errors?.[0]).toMatchObject({ field: '(body)', code: 'json' });
    });

    it('with failureRate 1 every API call fails with 503 while the mock controls still work', async () => {
      const cookie = await signIn('reviewer1');
      await expectContract(
        await call('POST', '/api/__mock/settings', { body: { failureRate: 1 } }),
        MockStateSchema,
      );

      for (const [method, path] of [
        ['GET', '/api/regions'],
        ['GET', '/api/session'],
        ['GET', '/api/requests'],
        ['POST', '/api/requests/claim-next'],
        ['POST', '/api/session'],
      ] as const) {
        const response = await call(method, path, { cookie });
        const problem = await expectProblem(response, 503, 'service-unavailable');
        expect(problem.retryAfterSeconds).toBe(1);
        expect(response.headers.get('Retry-After')).toBe('1');
      }
      expect(backend.world.claimed.size).toBe(0);

      await expectContract(await call('GET', '/api/__mock/settings'), MockStateSchema);
      await expectContract(
        await call('POST', '/api/__mock/clock', { body: { advanceSeconds: 0 } }),
        MockStateSchema,
      );
      await expectContract(
        await call('POST', '/api/__mock/settings', { body: { failureRate: 0 } }),
        MockStateSchema,
      );
      await expectContract(await call('GET', '/api/regions', { cookie }), ListRegions200Schema);
    });

    it('injected latency delays API calls but not the mock controls', async () => {
      const cookie = await signIn('reviewer1');
      await call('POST', '/api/__mock/settings', { body: { latencyMs: 150 } });
      let started = performance.now();
      await call('GET', '/api/regions', { cookie });
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      started = performance.now();
      await call('GET', '/api/__mock/settings');
      expect(performance.now() - started).toBeLessThan(140);
    });
  });
});

describe('decisions, undo, skip and history over HTTP', () => {
  const approval = {
    outcome: 'approved',
    checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
    reasonCodes: [],
    note: '',
  };
  const rejection = {
    ...approval,
    outcome: 'rejected',
    checks: { ...approval.checks, clarity: 'fail' },
    reasonCodes: ['blurred'],
    note: '照片模糊，请保持手机稳定、对焦清晰后重新拍摄。',
  };
  let keys = 0;

  /** Claims the oldest waiting request as the reviewer behind the cookie. */
  async function claimNext(cookie: string) {
    const response = await call('POST', '/api/requests/claim-next', { cookie });
    return RequestDetailSchema.parse(await response.json());
  }

  function decide(
    cookie: string,
    requestId: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return call('POST', `/api/requests/${requestId}/decision`, { cookie, body, headers });
  }

  const keyed = (version: number, key = `http-key-${++keys}`) => ({
    'Idempotency-Key': key,
    'If-Match': `"${version}"`,
  });

  it('every new success response validates against its operation’s schema', async () => {
    const reviewer = await signIn('reviewer1');
    const supervisor = await signIn('supervisor1');
    const held = await claimNext(reviewer);

    const history = await call('GET', `/api/requests/${held.id}/history`, { cookie: reviewer });
    expect(history.headers.get('Cache-Control')).toBe('private, no-store');
    const trail = await expectContract(history, GetRequestHistory200Schema);
    expect(trail.items.map((e) => e.action)).toEqual(['claim']);
    expect(trail.items[0]?.actor).toEqual({ id: 'u-reviewer1', displayName: '张敏' });

    const headers = keyed(held.version);
    const created = await decide(reviewer, held.id, approval, headers);
    expect(created.headers.get('Cache-Control')).toBe('no-store');
    const decision = await expectContract(created, DecisionSchema, 201);
    expect(decision).toMatchObject({ requestId: held.id, outcome: 'approved' });
    // A retry: 200 and the same decision.
    const replayed = await expectContract(
      await decide(reviewer, held.id, approval, headers),
      DecisionSchema,
      200,
    );
    expect(replayed).toEqual(decision);

    const decided = await expectContract(
      await call('GET', `/api/requests/${held.id}`, { cookie: supervisor }),
      RequestDetailSchema,
    );
    expect(decided.decision).toEqual(decision);

    const undone = await call('POST', `/api/decisions/${decision.id}/undo`, { cookie: reviewer });
    expect(undone.headers.get('Cache-Control')).toBe('private, no-store');
    const restored = await expectContract(undone, RequestDetailSchema);
    expect(restored).toMatchObject({ id: held.id, status: 'in_review', decision: null });

    const rejected = await expectContract(
      await decide(reviewer, held.id, rejection, keyed(restored.version)),
      DecisionSchema,
      201,
    );
    expect(rejected.reasonCodes).toEqual(['blurred']);
    const full = await expectContract(
      await call('GET', `/api/requests/${held.id}/history`, { cookie: supervisor }),
      GetRequestHistory200Schema,
    );
    expect(full.items.map((e) => e.action)).toEqual(['claim', 'decision', 'view', 'undo', 'decision']);

    const next = await claimNext(reviewer);
    const skipped = await call('POST', `/api/requests/${next.id}/skip`, {
      cookie: reviewer,
      body: { reason: 'needs-supervisor', note: '需要主管确认' },
    });
    expect(skipped.status).toBe(204);
    expect(await skipped.text()).toBe('');
    expect((await claimNext(reviewer)).id).not.toBe(next.id);
  });

  it('the mock’s card control shows the applicant’s card: an approval puts the new photo on it, an undo or a rejection does not', async () => {
    const reviewer = await signIn('reviewer1');
    const held = await claimNext(reviewer);
    const card = async (id: string) =>
      expectContract(await call('GET', `/api/__mock/requests/${id}/card`), MockRequestCardSchema);
    const before = await card(held.id);
    expect(before).toMatchObject({
      requestId: held.id,
      newPhoto: { url: held.newPhoto.url },
      cardPhoto: { url: held.cardPhoto.url },
    });
    expect(before.cardPhoto.id).not.toBe(before.newPhoto.id);

    const decision = await expectContract(
      await decide(reviewer, held.id, approval, keyed(held.version)),
      DecisionSchema,
      201,
    );
    expect((await card(held.id)).cardPhoto).toEqual(before.newPhoto);

    const restored = RequestDetailSchema.parse(
      await (await call('POST', `/api/decisions/${decision.id}/undo`, { cookie: reviewer })).json(),
    );
    expect((await card(held.id)).cardPhoto).toEqual(before.cardPhoto);
    await expectContract(
      await decide(reviewer, held.id, rejection, keyed(restored.version)),
      DecisionSchema,
      201,
    );
    expect(await card(held.id)).toEqual(before);

    await expectProblem(await call('GET', '/api/__mock/requests/no-such-request/card'), 404, 'not-found');
  });

  it('a resubmission’s details carry the earlier requests, which validate against the contract', async () => {
    const supervisor = await signIn('supervisor1');
    const earlier = backend.world.requests.filter((r) => r.status !== 'pending');
    expect(earlier.map((r) => r.status).sort()).toEqual(['approved', 'rejected']);
    for (const request of earlier) {
      const later = waiting().find((r) => r.applicantId === request.applicantId);
      const detail = await expectContract(
        await call('GET', `/api/requests/${later?.id}`, { cookie: supervisor }),
        RequestDetailSchema,
      );
      expect(detail.previousRequests).toEqual([
        expect.objectContaining({ id: request.id, status: request.status }),
      ]);
      const decided = await expectContract(
        await call('GET', `/api/requests/${request.id}`, { cookie: supervisor }),
        RequestDetailSchema,
      );
      expect(decided.decision?.outcome).toBe(request.status);
    }
  });

  it('every refusal is the problem the contract names', async () => {
    const reviewer1 = await signIn('reviewer1');
    const reviewer2 = await signIn('reviewer2');
    const supervisor = await signIn('supervisor1');
    const held = await claimNext(reviewer1);
    const other = waiting().find((r) => !r.claim);
    if (!other) throw new Error('the world has too few requests');
    const usedKey = keyed(held.version);
    const cases: Array<[string, () => Promise<Response>, number, string]> = [
      [
        'a decision without a session',
        () => anonymous('POST', `/api/requests/${held.id}/decision`),
        401,
        'unauthenticated',
      ],
      [
        'a decision without an Idempotency-Key',
        () => decide(reviewer1, held.id, approval, { 'If-Match': `"${held.version}"` }),
        400,
        'idempotency-key-missing',
      ],
      [
        'a decision without If-Match',
        () => decide(reviewer1, held.id, approval, { 'Idempotency-Key': 'http-key-no-if-match' }),
        400,
        'validation-failed',
      ],
      [
        'a decision with broken JSON',
        () =>
          call('POST', `/api/requests/${held.id}/decision`, {
            cookie: reviewer1,
            rawBody: '{"outcome":',
            headers: keyed(held.version),
          }),
        400,
        'validation-failed',
      ],
      [
        'a rejection without a note',
        () => decide(reviewer1, held.id, { ...rejection, note: ' ' }, keyed(held.version)),
        400,
        'validation-failed',
      ],
      [
        'a supervisor deciding',
        () => decide(supervisor, held.id, approval, keyed(held.version)),
        403,
        'forbidden',
      ],
      [
        'a decision on an unknown request',
        () => decide(reviewer1, 'rq-unknown-1', approval, keyed(1)),
        404,
        'not-found',
      ],
      [
        'a decision on an unheld request',
        () => decide(reviewer1, other.id, approval, keyed(other.version)),
        409,
        'lease-lost',
      ],
      [
        'a decision on a stale version',
        () => decide(reviewer1, held.id, approval, keyed(held.version - 1)),
        412,
        'version-mismatch',
      ],
      [
        'a skip of an unheld request',
        () =>
          call('POST', `/api/requests/${other.id}/skip`, { cookie: reviewer1, body: { reason: 'unsure' } }),
        409,
        'lease-lost',
      ],
      [
        'a skip without a reason',
        () => call('POST', `/api/requests/${held.id}/skip`, { cookie: reviewer1, body: {} }),
        400,
        'validation-failed',
      ],
      [
        'a skip by a supervisor',
        () =>
          call('POST', `/api/requests/${held.id}/skip`, { cookie: supervisor, body: { reason: 'unsure' } }),
        403,
        'forbidden',
      ],
      [
        'the history of an unheld request',
        () => call('GET', `/api/requests/${held.id}/history`, { cookie: reviewer2 }),
        403,
        'forbidden',
      ],
      [
        'the history of an unknown request',
        () => call('GET', '/api/requests/rq-unknown-1/history', { cookie: supervisor }),
        404,
        'not-found',
      ],
      [
        'undoing an unknown decision',
        () => call('POST', '/api/decisions/dc-unknown-1/undo', { cookie: reviewer1 }),
        404,
        'not-found',
      ],
    ];
    for (const [name, send, status, slug] of cases) {
      await expect.soft(expectProblem(await send(), status, slug), name).resolves.toBeDefined();
    }
    expect(backend.world.requestsById.get(held.id)?.status).toBe('pending');

    // After a decision: a retry with another body, a second decision, someone else's undo, a late undo.
    const decision = DecisionSchema.parse(await (await decide(reviewer1, held.id, approval, usedKey)).json());
    const after: Array<[string, () => Promise<Response>, number, string]> = [
      [
        'the same key with another body',
        () => decide(reviewer1, held.id, rejection, usedKey),
        422,
        'idempotency-key-reused',
      ],
      [
        'a second decision',
        () => decide(reviewer1, held.id, rejection, keyed(held.version + 1)),
        409,
        'not-claimable',
      ],
      [
        'an undo by another reviewer',
        () => call('POST', `/api/decisions/${decision.id}/undo`, { cookie: reviewer2 }),
        403,
        'forbidden',
      ],
      [
        'an undo after the minute',
        async () => {
          await call('POST', '/api/__mock/clock', { body: { advanceSeconds: 60 } });
          return call('POST', `/api/decisions/${decision.id}/undo`, { cookie: reviewer1 });
        },
        409,
        'undo-unavailable',
      ],
    ];
    for (const [name, send, status, slug] of after) {
      await expect.soft(expectProblem(await send(), status, slug), name).resolves.toBeDefined();
    }
  });

  it('the machine’s verdicts are recorded and returned: 201, a retry, the request; a disputed unsure is refused', async () => {
    const reviewer = await signIn('reviewer1');
    const supervisor = await signIn('supervisor1');
    const held = await claimNext(reviewer);
    const machine = {
      background: { verdict: 'likely-pass', disputed: false },
      clarity: { verdict: 'likely-fail', disputed: true },
      noOrnaments: { verdict: 'unsure', disputed: false },
    };
    const refused = await expectProblem(
      await decide(
        reviewer,
        held.id,
        { ...approval, machine: { ...machine, facialFeatures: { verdict: 'unsure', disputed: true } } },
        keyed(held.version),
      ),
      400,
      'validation-failed',
    );
    expect(refused.errors).toEqual([
      expect.objectContaining({ field: 'machine.facialFeatures', code: 'not-allowed' }),
    ]);

    const headers = keyed(held.version);
    const decision = await expectContract(
      await decide(reviewer, held.id, { ...approval, machine }, headers),
      DecisionSchema,
      201,
    );
    expect(decision.machine).toEqual(machine);
    const replayed = await expectContract(
      await decide(reviewer, held.id, { ...approval, machine }, headers),
      DecisionSchema,
      200,
    );
    expect(replayed).toEqual(decision);
    await expectProblem(
      await decide(
        reviewer,
        held.id,
        { ...approval, machine: { ...machine, clarity: { verdict: 'likely-fail', disputed: false } } },
        headers,
      ),
      422,
      'idempotency-key-reused',
    );
    const detail = await expectContract(
      await call('GET', `/api/requests/${held.id}`, { cookie: supervisor }),
      RequestDetailSchema,
    );
    expect(detail.decision?.machine).toEqual(machine);

    // Without verdicts the decision carries an empty set.
    const next = await claimNext(reviewer);
    const plain = await expectContract(
      await decide(reviewer, next.id, approval, keyed(next.version)),
      DecisionSchema,
      201,
    );
    expect(plain.machine).toEqual({});
  });

  it('a missing If-Match is named, and an unquoted version is accepted', async () => {
    const cookie = await signIn('reviewer1');
    const held = await claimNext(cookie);
    const problem = await expectProblem(
      await decide(cookie, held.id, approval, { 'Idempotency-Key': 'http-key-if-match' }),
      400,
      'validation-failed',
    );
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'If-Match', code: 'required' })]);
    await expectContract(
      await decide(cookie, held.id, approval, {
        'Idempotency-Key': 'http-key-if-match',
        'If-Match': String(held.version),
      }),
      DecisionSchema,
      201,
    );
  });

  it('a decision after the lease ran out is refused, and the photos are gone with it', async () => {
    const cookie = await signIn('reviewer1');
    const held = await claimNext(cookie);
    await call('POST', '/api/__mock/clock', { body: { advanceSeconds: 600 } });
    await expectProblem(await decide(cookie, held.id, approval, keyed(held.version)), 409, 'lease-lost');
    await expectProblem(await call('GET', held.newPhoto.url, { cookie }), 403, 'forbidden');
  });
});
