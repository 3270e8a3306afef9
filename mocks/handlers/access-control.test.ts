// @vitest-environment node
/**
 * Who may call what: every operation of the contract, for every role, against the mock's handlers.
 * The operations come from openapi.yaml itself, so an endpoint without a row here fails the suite.
 * Each row says who the operation is for and how to make a call that can succeed (a held claim for
 * a decision, a decision for an undo...), so that a 2xx is really reached by those allowed, and a
 * 401 or 403 for the others is the rule at work, not a bad input.
 */
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { parse } from 'yaml';
import { DecisionSchema, ProblemSchema, RequestDetailSchema } from '../../src/api/generated/zod';
import { MockBackend } from '../domain/backend';
import type { PhotoLibraryIndex } from '../domain/world';
import { createHandlers, type PhotoStore } from './index';

const BASE = 'http://localhost';
const WORLD_NOW = Date.parse('2026-11-26T08:00:00Z');
const roles = ['anonymous', 'reviewer', 'supervisor'] as const;
type Role = (typeof roles)[number];
const callerOf: Record<Exclude<Role, 'anonymous'>, string> = {
  reviewer: 'reviewer1',
  supervisor: 'supervisor1',
};

/**
 * Who an operation is for. `public`: anyone, with or without a session (`security: []`);
 * `signed-in`: any role (some refuse by resource, which the rows avoid); a role: that role only.
 */
type Access = 'public' | 'signed-in' | 'reviewer' | 'supervisor';

function library(): PhotoLibraryIndex {
  const people = ['p1', 'p2'].map((personId) => ({
    personId,
    cardPhotoId: `${personId}-card`,
    newPhotoIds: [`${personId}-new-ok`],
  }));
  const photos = new Map<string, { width: number; height: number; bytes: number; variant: string }>();
  for (const person of people) {
    photos.set(person.cardPhotoId, { width: 358, height: 441, bytes: 8, variant: 'compliant' });
    photos.set(`${person.personId}-new-ok`, { width: 358, height: 441, bytes: 8, variant: 'compliant' });
  }
  return { people, photos };
}
const photoStore: PhotoStore = {
  read: (libraryId) => Promise.resolve(new TextEncoder().encode(`JPEG:${libraryId}`).buffer as ArrayBuffer),
};
const backend = new MockBackend({ library: library(), seed: 5, pendingCount: 10, historyDecisions: 40 });
// MSW keeps the last Set-Cookie in its own jar and the mock falls back to it; this clears it, so that
// an anonymous call is really anonymous (see handlers.test.ts).
const forgetCookies = http.post(
  '/__test/forget-cookies',
  () => new HttpResponse(null, { status: 204, headers: { 'Set-Cookie': 'sid=; Path=/; Max-Age=0' } }),
);
const server = setupServer(forgetCookies, ...createHandlers(backend, photoStore));

beforeAll(() => {
  vi.stubGlobal('location', new URL('/', BASE));
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  backend.reset(5, 10, 40, WORLD_NOW);
});
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
});

interface Send {
  body?: unknown;
  headers?: Record<string, string>;
}

async function raw(method: string, path: string, cookie: string | null, send: Send = {}) {
  const headers: Record<string, string> = { Accept: 'application/json', ...send.headers };
  if (cookie) headers.Cookie = cookie;
  if (send.body !== undefined) headers['Content-Type'] = 'application/json';
  const body = send.body === undefined ? undefined : JSON.stringify(send.body);
  return fetch(new URL(path, BASE), { method, headers, body });
}

async function signIn(username: string): Promise<string> {
  const response = await raw('POST', '/api/session', null, { body: { username, password: 'demo' } });
  if (response.status !== 200) throw new Error(`sign-in as ${username}: ${response.status}`);
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

/** A call as the role under test: with its session, or with none at all. */
interface Caller {
  role: Role;
  send(method: string, path: string, send?: Send): Promise<Response>;
}

function callerFor(role: Role, cookie: string | null): Caller {
  return {
    role,
    async send(method, path, send) {
      if (!cookie) expect((await raw('POST', '/__test/forget-cookies', null)).status).toBe(204);
      return raw(method, path, cookie, send);
    },
  };
}

/** Setup done by other people at other desks, through the API as well. */
async function asUser(username: string) {
  const cookie = await signIn(username);
  const ok = async (method: string, path: string, send?: Send) => {
    const response = await raw(method, path, cookie, send);
    if (!response.ok) throw new Error(`${username} ${method} ${path}: ${response.status}`);
    return response;
  };
  return {
    claim: async (id: string) =>
      RequestDetailSchema.parse(await (await ok('POST', `/api/requests/${id}/claim`)).json()),
    decide: async (id: string) => {
      const detail = RequestDetailSchema.parse(await (await ok('GET', `/api/requests/${id}`)).json());
      const response = await ok('POST', `/api/requests/${id}/decision`, {
        body: approval,
        headers: { 'Idempotency-Key': crypto.randomUUID(), 'If-Match': `"${detail.version}"` },
      });
      return DecisionSchema.parse(await response.json());
    },
  };
}

const approval = {
  outcome: 'approved',
  checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: [],
  note: '',
};
const waitingId = (index = 0): string => {
  const found = backend.world.requests.filter((r) => r.status === 'pending' && !r.claim)[index];
  if (!found) throw new Error('no waiting request');
  return found.id;
};
const range = '?from=2026-11-19T00:00:00%2B08:00&to=2026-11-27T00:00:00%2B08:00';

/** A request for the caller to act on: held by the caller if a reviewer, else by reviewer2. */
async function heldRequest(caller: Caller) {
  if (caller.role === 'reviewer') {
    const id = waitingId();
    const detail = RequestDetailSchema.parse(
      await (await raw('POST', `/api/requests/${id}/claim`, await signIn('reviewer1'))).json(),
    );
    return detail;
  }
  return (await asUser('reviewer2')).claim(waitingId());
}

/** A decision the caller may undo if anyone may: the caller's own if a reviewer, else reviewer2's. */
async function recentDecision(caller: Caller) {
  const id = waitingId();
  const decider = await asUser(caller.role === 'reviewer' ? 'reviewer1' : 'reviewer2');
  await decider.claim(id);
  return decider.decide(id);
}

interface Row {
  access: Access;
  call: (caller: Caller) => Promise<Response>;
}

/** One row per operation of the contract, keyed `METHOD /path` as openapi.yaml writes the path. */
const table: Record<string, Row> = {
  'GET /api/session': { access: 'signed-in', call: (c) => c.send('GET', '/api/session') },
  'POST /api/session': {
    access: 'public',
    call: (c) => c.send('POST', '/api/session', { body: { username: 'reviewer3', password: 'demo' } }),
  },
  'DELETE /api/session': { access: 'public', call: (c) => c.send('DELETE', '/api/session') },
  'GET /api/regions': { access: 'signed-in', call: (c) => c.send('GET', '/api/regions') },
  'GET /api/requests': {
    access: 'signed-in',
    call: (c) => c.send('GET', '/api/requests?status=pending&sort=-submittedAt&pageSize=5'),
  },
  'POST /api/requests/claim-next': {
    access: 'reviewer',
    call: (c) => c.send('POST', '/api/requests/claim-next'),
  },
  'GET /api/requests/{requestId}': {
    access: 'signed-in',
    call: async (c) => c.send('GET', `/api/requests/${(await heldRequest(c)).id}`),
  },
  'POST /api/requests/{requestId}/claim': {
    access: 'reviewer',
    call: (c) => c.send('POST', `/api/requests/${waitingId()}/claim`),
  },
  'DELETE /api/requests/{requestId}/claim': {
    access: 'reviewer',
    call: async (c) => c.send('DELETE', `/api/requests/${(await heldRequest(c)).id}/claim`),
  },
  'POST /api/requests/{requestId}/id-number': {
    access: 'reviewer',
    call: async (c) =>
      c.send('POST', `/api/requests/${(await heldRequest(c)).id}/id-number`, {
        body: { reason: 'Applicant at the counter asked to confirm' },
      }),
  },
  'POST /api/requests/{requestId}/claim/heartbeat': {
    access: 'reviewer',
    call: async (c) => c.send('POST', `/api/requests/${(await heldRequest(c)).id}/claim/heartbeat`),
  },
  'POST /api/requests/{requestId}/decision': {
    access: 'reviewer',
    call: async (c) => {
      const held = await heldRequest(c);
      return c.send('POST', `/api/requests/${held.id}/decision`, {
        body: approval,
        headers: { 'Idempotency-Key': crypto.randomUUID(), 'If-Match': `"${held.version}"` },
      });
    },
  },
  'POST /api/decisions/{decisionId}/undo': {
    access: 'reviewer',
    call: async (c) => c.send('POST', `/api/decisions/${(await recentDecision(c)).id}/undo`),
  },
  'POST /api/requests/{requestId}/skip': {
    access: 'reviewer',
    call: async (c) =>
      c.send('POST', `/api/requests/${(await heldRequest(c)).id}/skip`, { body: { reason: 'unsure' } }),
  },
  'POST /api/requests/{requestId}/claim/revoke': {
    access: 'supervisor',
    call: async (c) => {
      const held = await (await asUser('reviewer2')).claim(waitingId());
      return c.send('POST', `/api/requests/${held.id}/claim/revoke`, {
        body: { reason: 'Out sick', reassignTo: 'u-reviewer3' },
      });
    },
  },
  'POST /api/requests/{requestId}/re-review': {
    access: 'supervisor',
    call: async (c) => {
      const decision = await recentDecision({ ...c, role: 'supervisor' });
      return c.send('POST', `/api/requests/${decision.requestId}/re-review`, {
        body: { note: 'Please look at the ears again' },
      });
    },
  },
  'GET /api/decisions/export': {
    access: 'supervisor',
    call: (c) => c.send('GET', `/api/decisions/export${range}`),
  },
  'GET /api/requests/{requestId}/history': {
    access: 'signed-in',
    call: async (c) => c.send('GET', `/api/requests/${(await heldRequest(c)).id}/history`),
  },
  'GET /api/me/claims': { access: 'signed-in', call: (c) => c.send('GET', '/api/me/claims') },
  'GET /api/claims': { access: 'supervisor', call: (c) => c.send('GET', '/api/claims') },
  'GET /api/photos/{photoId}': {
    access: 'signed-in',
    call: async (c) => c.send('GET', (await heldRequest(c)).newPhoto.url),
  },
  'GET /api/metrics/summary': metric('summary'),
  'GET /api/metrics/throughput': metric('throughput'),
  'GET /api/metrics/backlog': metric('backlog'),
  'GET /api/metrics/reviewers': metric('reviewers'),
  'GET /api/metrics/rejection-reasons': metric('rejection-reasons'),
  'GET /api/metrics/handling-time': metric('handling-time'),
  'GET /api/metrics/machine-agreement': metric('machine-agreement'),
  // Mock controls: open to anyone (see the contract's mock-controls tag and the README).
  'POST /api/__mock/reset': {
    access: 'public',
    call: (c) =>
      c.send('POST', '/api/__mock/reset', { body: { seed: 5, pendingCount: 10, historyDecisions: 0 } }),
  },
  'GET /api/__mock/settings': { access: 'public', call: (c) => c.send('GET', '/api/__mock/settings') },
  'POST /api/__mock/settings': {
    access: 'public',
    call: (c) => c.send('POST', '/api/__mock/settings', { body: { latencyMs: 0 } }),
  },
  'GET /api/__mock/requests': {
    access: 'public',
    call: (c) => c.send('GET', '/api/__mock/requests?variant=compliant'),
  },
  'GET /api/__mock/requests/{requestId}/card': {
    access: 'public',
    call: (c) => c.send('GET', `/api/__mock/requests/${waitingId()}/card`),
  },
  'POST /api/__mock/clock': {
    access: 'public',
    call: (c) => c.send('POST', '/api/__mock/clock', { body: { advanceSeconds: 1 } }),
  },
};

function metric(name: string): Row {
  return { access: 'supervisor', call: (c) => c.send('GET', `/api/metrics/${name}${range}`) };
}

// ---- the contract's own words ----------------------------------------------------------------

interface OperationDoc {
  security?: unknown[];
  'x-roles'?: string[];
  responses: Record<string, unknown>;
}
const spec = parse(readFileSync(new URL('../../src/api/openapi.yaml', import.meta.url), 'utf8')) as {
  security?: unknown[];
  paths: Record<string, Record<string, OperationDoc>>;
};
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => methods.includes(method))
    .map(([method, doc]) => ({ key: `${method.toUpperCase()} ${path}`, doc })),
);

function contractAccess(doc: OperationDoc): Access {
  const security = doc.security ?? spec.security ?? [];
  if (security.length === 0) return 'public';
  const allowed = doc['x-roles'] ?? [];
  if (allowed.length === 0) return 'signed-in';
  if (allowed.length === 1 && (allowed[0] === 'reviewer' || allowed[0] === 'supervisor')) return allowed[0];
  throw new Error(`unexpected x-roles ${JSON.stringify(allowed)}`);
}

function expectedStatus(access: Access, role: Role): '2xx' | 401 | 403 {
  if (access === 'public') return '2xx';
  if (role === 'anonymous') return 401;
  if (access === 'signed-in' || access === role) return '2xx';
  return 403;
}

describe('access control', () => {
  it('has a row for every operation of the contract, and none for an operation it lacks', () => {
    const keys = operations.map((o) => o.key).sort();
    expect(keys.length).toBeGreaterThan(30);
    expect(Object.keys(table).sort()).toEqual(keys);
  });

  it.each(operations.map((o) => [o.key, o.doc] as const))(
    '%s: the row says what the contract says, and the contract declares each refusal',
    (key, doc) => {
      const row = table[key];
      if (!row) throw new Error(`no row for ${key}`);
      expect(row.access).toBe(contractAccess(doc));
      for (const role of roles) {
        const expected = expectedStatus(row.access, role);
        if (expected !== '2xx') expect(Object.keys(doc.responses), `${role}`).toContain(String(expected));
      }
    },
  );

  const cases = Object.entries(table).flatMap(([key, row]) =>
    roles.map((role) => [key, role, expectedStatus(row.access, role), row] as const),
  );
  it.each(cases)('%s as %s: %s', async (key, role, expected, row) => {
    const cookie = role === 'anonymous' ? null : await signIn(callerOf[role]);
    const response = await row.call(callerFor(role, cookie));
    const text = await response.text();
    if (expected === '2xx') {
      expect(response.status, text).toBeGreaterThanOrEqual(200);
      expect(response.status, text).toBeLessThan(300);
    } else {
      expect(response.status, text).toBe(expected);
      const problem = ProblemSchema.parse(JSON.parse(text));
      expect(problem.type).toBe(
        `urn:photo-review:problem:${expected === 401 ? 'unauthenticated' : 'forbidden'}`,
      );
    }
  });
});
