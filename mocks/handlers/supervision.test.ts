// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { z } from 'zod/mini';
import {
  ClaimSchema,
  DecisionSchema,
  GetRequestHistory200Schema,
  ListMyClaims200Schema,
  MetricsSummarySchema,
  ProblemSchema,
  ProblemTypeSchema,
  RequestDetailSchema,
  RequestPageSchema,
  RequestSummarySchema,
  type Problem,
  type RequestDetail,
} from '../../src/api/generated/zod';
import { maskIdNumber } from '../../src/lib/mask';
import { MockBackend } from '../domain/backend';
import { createClock } from '../domain/clock';
import { EXPORT_HEADER } from '../domain/decisions-export';
import { libraryIndex } from '../library';
import { createHandlers, type PhotoStore } from './index';

const BASE = 'http://localhost';
/** Thursday 2026-11-26, 10:00 in Shanghai. */
const T0 = Date.parse('2026-11-26T02:00:00Z');
const photoStore: PhotoStore = { read: () => Promise.resolve(new ArrayBuffer(8)) };

const backend = new MockBackend({
  library: libraryIndex(),
  seed: 20261126,
  pendingCount: 30,
  historyDecisions: 400,
  clock: createClock(() => T0),
});
const forgetCookies = http.post(
  '/__test/forget-cookies',
  () => new HttpResponse(null, { status: 204, headers: { 'Set-Cookie': 'sid=; Path=/; Max-Age=0' } }),
);
const server = setupServer(forgetCookies, ...createHandlers(backend, photoStore));

beforeAll(() => {
  // MSW resolves the handlers' relative paths against `location`, which Node lacks.
  vi.stubGlobal('location', new URL('/', BASE));
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  backend.reset(20261126, 30, 400);
});
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
});

function call(
  method: string,
  path: string,
  cookie?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(new URL(path, BASE), {
    method,
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(cookie ? { Cookie: cookie } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function signIn(username: string): Promise<string> {
  const response = await call('POST', '/api/session', undefined, { username, password: 'demo' });
  expect(response.status).toBe(200);
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
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

async function expectProblem(response: Response, status: number, slug: string): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const parsed = ProblemSchema.safeParse(await response.json());
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  const problem = parsed.data as Problem;
  expect(ProblemTypeSchema.options).toContain(problem.type);
  expect(problem).toMatchObject({ type: `urn:photo-review:problem:${slug}`, status });
  return problem;
}

const approval = {
  outcome: 'approved',
  checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: [],
  note: '',
};
let keys = 0;

async function claimNext(cookie: string): Promise<RequestDetail> {
  return expectContract(await call('POST', '/api/requests/claim-next', cookie), RequestDetailSchema);
}

async function decide(cookie: string, request: RequestDetail, body: unknown = approval) {
  return call('POST', `/api/requests/${request.id}/decision`, cookie, body, {
    'Idempotency-Key': `supervision-http-${++keys}`,
    'If-Match': `"${request.version}"`,
  });
}

/** Today in Shanghai, as the dashboard asks. */
const TODAY = `from=${encodeURIComponent('2026-11-26T00:00:00+08:00')}&to=${encodeURIComponent('2026-11-27T00:00:00+08:00')}`;

describe('revoking a claim over HTTP', () => {
  let supervisor: string;
  let reviewer1: string;
  let reviewer2: string;
  let held: RequestDetail;
  beforeEach(async () => {
    supervisor = await signIn('supervisor1');
    reviewer1 = await signIn('reviewer1');
    reviewer2 = await signIn('reviewer2');
    held = await claimNext(reviewer1);
  });
  const revoke = (cookie: string, body: unknown, id = held.id) =>
    call('POST', `/api/requests/${id}/claim/revoke`, cookie, body);

  it('releases with a reason: 200 with the request as it is now, audited, and the reviewer is told why', async () => {
    const summary = await expectContract(
      await revoke(supervisor, { reason: '张敏被调去窗口' }),
      RequestSummarySchema,
    );
    expect(summary).toMatchObject({ id: held.id, status: 'pending', claim: null, reReview: false });
    const history = await expectContract(
      await call('GET', `/api/requests/${held.id}/history`, supervisor),
      GetRequestHistory200Schema,
    );
    expect(history.items.at(-1)).toMatchObject({
      action: 'revoke',
      actor: { id: 'u-supervisor1', displayName: '王芳' },
      detail: '张敏被调去窗口',
    });

    const told = await expectProblem(
      await call('POST', `/api/requests/${held.id}/claim/heartbeat`, reviewer1),
      409,
      'claim-revoked',
    );
    expect(told.detail).toBe('张敏被调去窗口');
    expect(told.revokedBy).toEqual({ id: 'u-supervisor1', displayName: '王芳' });
    // Said once: the next call is answered by the usual rules.
    await expectProblem(
      await call('POST', `/api/requests/${held.id}/claim/heartbeat`, reviewer1),
      409,
      'lease-lost',
    );
  });

  it('reassigns with a fresh lease; the former holder’s decision is refused with the reason', async () => {
    const summary = await expectContract(
      await revoke(supervisor, { reason: '转给李伟', reassignTo: 'u-reviewer2' }),
      RequestSummarySchema,
    );
    expect(summary.claim?.holder).toEqual({ id: 'u-reviewer2', displayName: '李伟' });
    expect(summary.claim?.claimedAt).toBe(new Date(T0).toISOString());
    const mine = await expectContract(await call('GET', '/api/me/claims', reviewer2), ListMyClaims200Schema);
    expect(mine.items.map((r) => r.id)).toEqual([held.id]);
    await expectContract(
      await call('POST', `/api/requests/${held.id}/claim/heartbeat`, reviewer2),
      ClaimSchema,
    );

    const refused = await expectProblem(await decide(reviewer1, held), 409, 'claim-revoked');
    expect(refused).toMatchObject({ detail: '转给李伟', revokedBy: { id: 'u-supervisor1' } });
    expect(backend.world.requestsById.get(held.id)?.status).toBe('pending');
  });

  it('the former holder’s skip and release are refused the same way', async () => {
    await revoke(supervisor, { reason: '原因一' });
    await expectProblem(
      await call('POST', `/api/requests/${held.id}/skip`, reviewer1, { reason: 'unsure' }),
      409,
      'claim-revoked',
    );
    const other = await claimNext(reviewer1);
    await revoke(supervisor, { reason: '原因二' }, other.id);
    const problem = await expectProblem(
      await call('DELETE', `/api/requests/${other.id}/claim`, reviewer1),
      409,
      'claim-revoked',
    );
    expect(problem.detail).toBe('原因二');
  });

  it('answers every refusal with its problem', async () => {
    for (let i = 0; i < 5; i++) await claimNext(reviewer2);
    const unclaimed = backend.world.requests.find((r) => r.status === 'pending' && !r.claim);
    expect((await call('POST', '/__test/forget-cookies')).status).toBe(204);
    const cases: Array<[string, () => Promise<Response>, number, string]> = [
      ['no session', () => revoke('', { reason: 'x' }), 401, 'unauthenticated'],
      ['a reviewer', () => revoke(reviewer2, { reason: 'x' }), 403, 'forbidden'],
      ['an unknown request', () => revoke(supervisor, { reason: 'x' }, 'rq-unknown-1'), 404, 'not-found'],
      [
        'no body',
        () => call('POST', `/api/requests/${held.id}/claim/revoke`, supervisor),
        400,
        'validation-failed',
      ],
      ['an empty reason', () => revoke(supervisor, { reason: '  ' }), 400, 'validation-failed'],
      ['a reason of 201', () => revoke(supervisor, { reason: 'x'.repeat(201) }), 400, 'validation-failed'],
      ['a control character', () => revoke(supervisor, { reason: 'a\u0000b' }), 400, 'validation-failed'],
      [
        'a supervisor as new holder',
        () => revoke(supervisor, { reason: 'x', reassignTo: 'u-supervisor1' }),
        400,
        'validation-failed',
      ],
      [
        'the current holder as new holder',
        () => revoke(supervisor, { reason: 'x', reassignTo: 'u-reviewer1' }),
        400,
        'validation-failed',
      ],
      [
        'a new holder at the limit',
        () => revoke(supervisor, { reason: 'x', reassignTo: 'u-reviewer2' }),
        409,
        'claim-limit',
      ],
      ['an unclaimed request', () => revoke(supervisor, { reason: 'x' }, unclaimed?.id), 409, 'not-claimed'],
    ];
    for (const [name, send, status, slug] of cases) {
      await expect.soft(expectProblem(await send(), status, slug), name).resolves.toBeDefined();
    }
    expect(backend.world.requestsById.get(held.id)?.claim?.holderId).toBe('u-reviewer1');
  });
});

describe('re-review over HTTP', () => {
  let supervisor: string;
  let reviewer1: string;
  let reviewer2: string;
  beforeEach(async () => {
    supervisor = await signIn('supervisor1');
    reviewer1 = await signIn('reviewer1');
    reviewer2 = await signIn('reviewer2');
  });

  it('withdraws the decision from the figures, restores the card and hands the request to another reviewer', async () => {
    const summary = async () =>
      expectContract(await call('GET', `/api/metrics/summary?${TODAY}`, supervisor), MetricsSummarySchema);
    const request = await claimNext(reviewer1);
    const before = await summary();
    expect((await decide(reviewer1, request)).status).toBe(201);
    backend.advanceClock(300); // past the undo window
    const decided = await summary();
    expect(decided.decidedInRange).toBe(before.decidedInRange + 1);

    const response = await call('POST', `/api/requests/${request.id}/re-review`, supervisor, {
      note: '请核对是否本人',
    });
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    const detail = await expectContract(response, RequestDetailSchema);
    expect(detail).toMatchObject({
      status: 'pending',
      decision: null,
      reReview: true,
      reReviewNote: '请核对是否本人',
      version: request.version + 2,
    });
    expect(detail.cardPhoto.url).toBe(request.cardPhoto.url);
    const after = await summary();
    expect(after.decidedInRange).toBe(decided.decidedInRange - 1);
    expect(after.approvedInRange).toBe(decided.approvedInRange - 1);

    const list = await expectContract(
      await call('GET', '/api/requests?status=pending&pageSize=100', supervisor),
      RequestPageSchema,
    );
    expect(list.items.find((r) => r.id === request.id)?.reReview).toBe(true);
    expect(list.items.filter((r) => r.reReview)).toHaveLength(1);

    // Four eyes: not for reviewer1, by claim-next or by hand.
    expect((await claimNext(reviewer1)).id).not.toBe(request.id);
    await expectProblem(await call('POST', `/api/requests/${request.id}/claim`, reviewer1), 409, 'four-eyes');
    const taken = await expectContract(
      await call('POST', `/api/requests/${request.id}/claim`, reviewer2),
      RequestDetailSchema,
    );
    expect(taken).toMatchObject({ reReview: true, reReviewNote: '请核对是否本人' });
    const second = await decide(reviewer2, taken, {
      outcome: 'rejected',
      checks: { ...approval.checks, facialFeatures: 'fail' },
      reasonCodes: ['different-person'],
      note: '照片与证件照不是同一人。',
    });
    const decision = await expectContract(second, DecisionSchema, 201);
    expect(decision.decidedBy.id).toBe('u-reviewer2');
    const final = await expectContract(
      await call('GET', `/api/requests/${request.id}`, supervisor),
      RequestDetailSchema,
    );
    expect(final).toMatchObject({ status: 'rejected', reReview: false, reReviewNote: null });
    const history = await expectContract(
      await call('GET', `/api/requests/${request.id}/history`, supervisor),
      GetRequestHistory200Schema,
    );
    expect(history.items.filter((e) => e.action !== 'view').map((e) => e.action)).toEqual([
      'claim',
      'decision',
      're-review',
      'claim',
      'decision',
    ]);
  });

  it('reassigning a re-review to the reviewer who decided it is four-eyes', async () => {
    const request = await claimNext(reviewer1);
    await decide(reviewer1, request);
    await call('POST', `/api/requests/${request.id}/re-review`, supervisor, { note: '复核' });
    await call('POST', `/api/requests/${request.id}/claim`, reviewer2);
    await expectProblem(
      await call('POST', `/api/requests/${request.id}/claim/revoke`, supervisor, {
        reason: '转交',
        reassignTo: 'u-reviewer1',
      }),
      409,
      'four-eyes',
    );
  });

  it('answers every refusal with its problem', async () => {
    const request = await claimNext(reviewer1);
    const waitingId = backend.world.requests.find((r) => r.status === 'pending' && !r.claim)?.id;
    await decide(reviewer1, request);
    const send = (cookie: string, body: unknown, id = request.id) =>
      call('POST', `/api/requests/${id}/re-review`, cookie, body);
    await expectProblem(await send(reviewer1, { note: 'x' }), 403, 'forbidden');
    await expectProblem(await send(supervisor, { note: 'x' }, 'rq-unknown-1'), 404, 'not-found');
    await expectProblem(await send(supervisor, { note: 'x' }, waitingId), 409, 'not-claimable');
    for (const body of [
      {},
      { note: '' },
      { note: '\n' },
      { note: 'x'.repeat(501) },
      { note: 'a\tb' },
      { note: 'x', y: 1 },
    ]) {
      await expectProblem(await send(supervisor, body), 400, 'validation-failed');
    }
    expect(backend.world.requestsById.get(request.id)?.status).toBe('approved');
  });
});

describe('the list’s decision filters over HTTP', () => {
  it('filter by reviewer, reason and decision time, together and with the others', async () => {
    const supervisor = await signIn('supervisor1');
    const list = async (query: string) =>
      expectContract(await call('GET', `/api/requests?pageSize=100&${query}`, supervisor), RequestPageSchema);
    const inForce = backend.world.requests.flatMap((r) => {
      const decision = r.decisionId === null ? undefined : backend.world.decisions.get(r.decisionId);
      return decision ? [{ request: r, decision }] : [];
    });
    const from = '2026-11-20T00:00:00+08:00';
    const to = '2026-11-25T00:00:00+08:00';
    const expected = inForce.filter(
      ({ decision }) =>
        decision.decidedBy === 'u-reviewer3' &&
        decision.reasonCodes.includes('background') &&
        decision.decidedAt >= Date.parse(from) &&
        decision.decidedAt < Date.parse(to),
    );
    expect(expected.length).toBeGreaterThan(0);
    const page = await list(
      `decidedBy=u-reviewer3&reason=background&decidedFrom=${encodeURIComponent(from)}&decidedTo=${encodeURIComponent(to)}`,
    );
    expect(page.total).toBe(expected.length);
    expect(page.items.map((r) => r.id)).toEqual(expected.slice(0, 100).map((x) => x.request.id));
    expect(page.items.every((r) => r.status === 'rejected')).toBe(true);

    const region = expected[0]?.request.region ?? '';
    const narrowed = await list(
      `decidedBy=u-reviewer3&reason=background&decidedFrom=${encodeURIComponent(from)}&decidedTo=${encodeURIComponent(to)}&region=${region}&status=rejected`,
    );
    expect(narrowed.total).toBe(expected.filter((x) => x.request.region === region).length);
    expect((await list('decidedBy=u-reviewer3&status=pending')).total).toBe(0);
    expect((await list('decidedBy=u-reviewer3')).total).toBe(
      inForce.filter((x) => x.decision.decidedBy === 'u-reviewer3').length,
    );
  });

  it('a bad value is a 400 naming the parameter', async () => {
    const supervisor = await signIn('supervisor1');
    const problem = await expectProblem(
      await call(
        'GET',
        `/api/requests?decidedBy=${'u'.repeat(65)}&reason=blurry&decidedFrom=yesterday&decidedTo=2026-11-26`,
        supervisor,
      ),
      400,
      'validation-failed',
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(['decidedBy', 'reason', 'decidedFrom', 'decidedTo']);
  });
});

describe('the decisions export over HTTP', () => {
  const exportPath = (query = TODAY) => `/api/decisions/export?${query}`;
  const LAST_30_DAYS = `from=${encodeURIComponent('2026-10-28T00:00:00+08:00')}&to=${encodeURIComponent('2026-11-27T00:00:00+08:00')}`;

  it('answers a CSV file for spreadsheets: headers, BOM, bilingual header row, masked IDs, no names', async () => {
    const supervisor = await signIn('supervisor1');
    const response = await call('GET', exportPath(LAST_30_DAYS), supervisor, undefined, {
      Accept: 'text/csv',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="decisions-20261028-20261126.csv"',
    );
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(response.headers.get('Date')).toMatch(/GMT$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(EXPORT_HEADER.map((h) => `"${h}"`).join(','));
    const inForce = [...backend.world.decisions.values()].filter(
      (d) => d.undoneAt === null && !d.withdrawnAt && d.decidedAt >= Date.parse('2026-10-28T00:00:00+08:00'),
    );
    expect(lines).toHaveLength(inForce.length + 2); // header, rows, and the empty string after the last CRLF
    for (const applicant of [...backend.world.applicants.values()].slice(0, 50)) {
      expect(text).not.toContain(applicant.idNumber);
      expect(text).not.toContain(applicant.name);
    }
    const first = inForce.sort((a, b) => a.decidedAt - b.decidedAt)[0];
    const request = backend.world.requestsById.get(first?.requestId ?? '');
    const applicant = backend.world.applicants.get(request?.applicantId ?? '');
    expect(lines[1]).toContain(`"${request?.number}"`);
    expect(lines[1]).toContain(`"${maskIdNumber(applicant?.idNumber ?? '')}"`);
  });

  it('defuses a note that starts with =', async () => {
    const supervisor = await signIn('supervisor1');
    const reviewer = await signIn('reviewer1');
    const request = await claimNext(reviewer);
    const response = await decide(reviewer, request, {
      outcome: 'rejected',
      checks: { ...approval.checks, background: 'fail' },
      reasonCodes: ['background'],
      note: '=1+2',
    });
    expect(response.status).toBe(201);
    const text = await (
      await call('GET', exportPath(`${TODAY}&decidedBy=u-reviewer1&reason=background`), supervisor)
    ).text();
    const rows = text.split('\r\n').filter((line) => line.includes(request.number));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/,"'=1\+2"$/);
  });

  it('refuses reviewers, strangers and bad queries with problem documents', async () => {
    const reviewer = await signIn('reviewer1');
    const supervisor = await signIn('supervisor1');
    await expectProblem(await call('GET', exportPath(), reviewer), 403, 'forbidden');
    const bad = await expectProblem(
      await call('GET', exportPath('from=2026-11-26T00:00:00Z&region=nowhere&reason=x'), supervisor),
      400,
      'validation-failed',
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(['to', 'region', 'reason']);
    await expectProblem(
      await call('GET', exportPath('from=2025-01-01T00:00:00Z&to=2026-02-05T00:00:01Z'), supervisor),
      400,
      'validation-failed',
    );
    expect((await call('POST', '/__test/forget-cookies')).status).toBe(204);
    await expectProblem(await call('GET', exportPath()), 401, 'unauthenticated');
  });
});
