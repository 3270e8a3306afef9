// @vitest-environment node
import type { DecisionInput, Problem, RejectionReason } from '../../src/api/generated/zod';
import { libraryIndex } from '../library';
import { CLAIM_LIMIT, MockBackend } from './backend';
import { createClock } from './clock';
import { exportDecisionsCsv } from './decisions-export';
import type { ListQuery } from './list-query';
import { metricsReviewers, metricsSummary, type MetricsQuery } from './metrics';
import type { RequestRecord, UserRecord } from './records';
import { makeBackend, problemOf, T0, TTL_SECONDS, urn, user } from './test-kit';

const HOUR = 3600_000;

const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((e) => `${e.field}:${e.code}`);

function nthWaiting(backend: MockBackend, index: number): RequestRecord {
  const request = backend.world.requests.filter((r) => r.status === 'pending')[index];
  if (!request) throw new Error(`no waiting request at ${index}`);
  return request;
}

const allPass = { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' } as const;
const approval: DecisionInput = { outcome: 'approved', checks: allPass, reasonCodes: [], note: '' };
const rejectionFor = (reasonCodes: RejectionReason[]): DecisionInput => ({
  outcome: 'rejected',
  checks: { ...allPass, clarity: 'fail' },
  reasonCodes,
  note: '照片不够清晰，请重新拍摄。',
});

let keys = 0;
function decide(backend: MockBackend, actor: UserRecord, request: RequestRecord, body: DecisionInput) {
  return backend.decide(
    actor,
    request.id,
    { idempotencyKey: `supervision-key-${++keys}`, ifMatch: `"${request.version}"` },
    body,
  ).decision;
}

function auditOf(backend: MockBackend, request: RequestRecord) {
  return backend.world.audit.filter((e) => e.requestId === request.id);
}

describe('revoking a claim', () => {
  let backend: MockBackend;
  let reviewer1: UserRecord;
  let reviewer2: UserRecord;
  let supervisor: UserRecord;
  let request: RequestRecord;

  beforeEach(() => {
    backend = makeBackend();
    reviewer1 = user(backend, 'reviewer1');
    reviewer2 = user(backend, 'reviewer2');
    supervisor = user(backend, 'supervisor1');
    request = nthWaiting(backend, 0);
    backend.claim(reviewer1, request.id);
  });

  it('a supervisor releases a claim with a reason: the request waits again and the audit says who and why', () => {
    const version = request.version;
    backend.advanceClock(30);
    const summary = backend.revokeClaim(supervisor, request.id, { reason: '  张敏今天请假  ' });
    expect(summary).toMatchObject({ id: request.id, status: 'pending', claim: null, reReview: false });
    expect(request.version).toBe(version + 1);
    expect(backend.world.claimed.has(request.id)).toBe(false);
    expect(backend.myClaims(reviewer1).items).toEqual([]);
    expect(auditOf(backend, request).at(-1)).toMatchObject({
      action: 'revoke',
      actorId: supervisor.id,
      at: T0 + 30_000,
      detail: '张敏今天请假',
    });
    // Back in the queue for anyone.
    expect(backend.claimNext(reviewer2)?.id).toBe(request.id);
  });

  it('reassigning moves the claim to the other reviewer with a fresh lease', () => {
    backend.advanceClock(120);
    const summary = backend.revokeClaim(supervisor, request.id, {
      reason: '需要有经验的审核员',
      reassignTo: reviewer2.id,
    });
    expect(summary.status).toBe('in_review');
    expect(summary.claim).toEqual({
      holder: { id: reviewer2.id, displayName: '李伟' },
      claimedAt: new Date(T0 + 120_000).toISOString(),
      expiresAt: new Date(T0 + 120_000 + TTL_SECONDS * 1000).toISOString(),
    });
    expect(backend.myClaims(reviewer2).items.map((r) => r.id)).toEqual([request.id]);
    expect(backend.myClaims(reviewer1).items).toEqual([]);
    expect(backend.heartbeat(reviewer2, request.id).holder.id).toBe(reviewer2.id);
    expect(auditOf(backend, request).at(-1)).toMatchObject({
      action: 'revoke',
      actorId: supervisor.id,
      detail: '需要有经验的审核员 → 李伟',
    });
  });

  const touches: Array<[string, (b: MockBackend, actor: UserRecord, r: RequestRecord) => unknown]> = [
    ['heartbeat', (b, actor, r) => b.heartbeat(actor, r.id)],
    ['decide', (b, actor, r) => decide(b, actor, r, approval)],
    ['skip', (b, actor, r) => b.skip(actor, r.id, { reason: 'unsure' })],
    ['release', (b, actor, r) => b.release(actor, r.id)],
  ];

  it.each(touches)(
    'the former holder’s next %s is told that a supervisor took the request, with the reason, once',
    (_name, touch) => {
      backend.revokeClaim(supervisor, request.id, { reason: '重新分配工作', reassignTo: reviewer2.id });
      expect(problemOf(() => touch(backend, reviewer1, request))).toMatchObject({
        type: urn('claim-revoked'),
        status: 409,
        detail: '重新分配工作',
        revokedBy: { id: supervisor.id, displayName: '王芳' },
      });
      // Said once; then the usual rules.
      expect(problemOf(() => touch(backend, reviewer1, request))).toMatchObject({
        type: urn('lease-lost'),
        status: 409,
      });
      expect(request.claim?.holderId).toBe(reviewer2.id);
    },
  );

  it('after a release, too, and the new holder is not affected', () => {
    backend.revokeClaim(supervisor, request.id, { reason: '释放' });
    backend.claim(reviewer2, request.id);
    expect(backend.heartbeat(reviewer2, request.id).holder.id).toBe(reviewer2.id);
    expect(problemOf(() => backend.heartbeat(reviewer1, request.id)).type).toBe(urn('claim-revoked'));
  });

  it('once the request is decided the former holder gets the normal rules', () => {
    backend.revokeClaim(supervisor, request.id, { reason: '重新分配', reassignTo: reviewer2.id });
    decide(backend, reviewer2, request, approval);
    expect(problemOf(() => decide(backend, reviewer1, request, approval)).type).toBe(urn('not-claimable'));
    expect(problemOf(() => backend.heartbeat(reviewer1, request.id)).type).toBe(urn('lease-lost'));
    expect(backend.world.revocations.size).toBe(0);
  });

  it('a former holder who claims the request again holds it as before', () => {
    backend.revokeClaim(supervisor, request.id, { reason: '释放' });
    backend.claim(reviewer1, request.id);
    expect(backend.heartbeat(reviewer1, request.id).holder.id).toBe(reviewer1.id);
    // ...also when a supervisor gives it back to them.
    backend.revokeClaim(supervisor, request.id, { reason: '给李伟', reassignTo: reviewer2.id });
    backend.revokeClaim(supervisor, request.id, { reason: '还给张敏', reassignTo: reviewer1.id });
    expect(backend.heartbeat(reviewer1, request.id).holder.id).toBe(reviewer1.id);
    expect(problemOf(() => backend.heartbeat(reviewer2, request.id))).toMatchObject({
      type: urn('claim-revoked'),
      detail: '还给张敏',
    });
  });

  it('only supervisors may revoke, only an active claim, and never silently', () => {
    expect(problemOf(() => backend.revokeClaim(reviewer2, request.id, { reason: 'x' }))).toMatchObject({
      type: urn('forbidden'),
      status: 403,
    });
    expect(problemOf(() => backend.revokeClaim(supervisor, 'rq-unknown-1', { reason: 'x' })).status).toBe(
      404,
    );
    const unclaimed = nthWaiting(backend, 1);
    expect(problemOf(() => backend.revokeClaim(supervisor, unclaimed.id, { reason: 'x' }))).toMatchObject({
      type: urn('not-claimed'),
      status: 409,
    });
    backend.advanceClock(TTL_SECONDS);
    expect(problemOf(() => backend.revokeClaim(supervisor, request.id, { reason: 'x' })).type).toBe(
      urn('not-claimed'),
    );
    expect(backend.world.audit.some((e) => e.action === 'revoke')).toBe(false);
  });

  it('refuses a reason that is empty, too long or has control characters, and unknown members', () => {
    const version = request.version;
    const invalid: Array<[unknown, string[]]> = [
      [{}, ['reason:invalid_type']],
      [{ reason: '' }, ['reason:too_small']],
      [{ reason: '   ' }, ['reason:required']],
      [{ reason: 'x'.repeat(201) }, ['reason:too_big']],
      [{ reason: '第一行\n第二行' }, ['reason:control-character']],
      [{ reason: 'ok', why: 'x' }, ['why:unrecognized_keys']],
      [{ reason: 'ok', reassignTo: 42 }, ['reassignTo:invalid_type']],
    ];
    for (const [body, fields] of invalid) {
      const problem = problemOf(() => backend.revokeClaim(supervisor, request.id, body));
      expect.soft(problem.status).toBe(400);
      expect.soft(fieldsOf(problem), JSON.stringify(body)).toEqual(fields);
    }
    expect(backend.revokeClaim(supervisor, request.id, { reason: 'x'.repeat(200) }).claim).toBeNull();
    expect(request.version).toBe(version + 1);
  });

  it('reassigns only to another reviewer who may take one more request', () => {
    const version = request.version;
    const refused = (reassignTo: string) =>
      problemOf(() => backend.revokeClaim(supervisor, request.id, { reason: '重新分配', reassignTo }));
    expect(fieldsOf(refused(supervisor.id))).toEqual(['reassignTo:not-reviewer']);
    expect(fieldsOf(refused('u-nobody'))).toEqual(['reassignTo:not-reviewer']);
    expect(refused(reviewer1.id)).toMatchObject({ status: 400, errors: [{ code: 'current-holder' }] });
    for (let i = 0; i < CLAIM_LIMIT; i++) backend.claimNext(reviewer2);
    expect(refused(reviewer2.id)).toMatchObject({
      type: urn('claim-limit'),
      status: 409,
      detail: expect.stringContaining('李伟'),
    });
    expect(request).toMatchObject({ version, claim: { holderId: reviewer1.id } });
    expect(backend.world.revocations.size).toBe(0);
  });
});

describe('re-review', () => {
  let backend: MockBackend;
  let reviewer1: UserRecord;
  let reviewer2: UserRecord;
  let reviewer3: UserRecord;
  let supervisor: UserRecord;
  let request: RequestRecord;

  beforeEach(() => {
    backend = makeBackend();
    reviewer1 = user(backend, 'reviewer1');
    reviewer2 = user(backend, 'reviewer2');
    reviewer3 = user(backend, 'reviewer3');
    supervisor = user(backend, 'supervisor1');
    request = nthWaiting(backend, 0);
    backend.claim(reviewer1, request.id);
  });

  const note = '照片中的人与证件照不像同一人，\n请再核对一次。';

  it('sends an approval back: the decision is withdrawn but kept, the old card photo returns, the request waits marked', () => {
    const applicant = backend.world.applicants.get(request.applicantId);
    const oldCard = applicant?.cardPhotoId;
    const decision = decide(backend, reviewer1, request, approval);
    expect(applicant?.cardPhotoId).toBe(request.newPhotoId);
    backend.advanceClock(3600);
    const version = request.version;

    const detail = backend.reReview(supervisor, request.id, { note: `  ${note}  ` });
    expect(detail).toMatchObject({
      id: request.id,
      status: 'pending',
      claim: null,
      decision: null,
      reReview: true,
      reReviewNote: note,
      version: version + 1,
    });
    expect(applicant?.cardPhotoId).toBe(oldCard);
    expect(detail.cardPhoto.url).toBe(`/api/photos/${oldCard}`);
    const kept = backend.world.decisions.get(decision.id);
    expect(kept).toMatchObject({ withdrawnAt: T0 + 3600_000, undoneAt: null });
    const history = backend.history(supervisor, request.id).items.map((e) => [e.action, e.detail]);
    expect(history).toEqual([
      ['claim', undefined],
      ['decision', 'approved'],
      ['re-review', note],
    ]);
    expect(backend.listRequests(supervisor, listQuery({ status: ['pending'] })).items[0]).toMatchObject({
      id: request.id,
      reReview: true,
    });
    // Too late for the first reviewer's undo: the decision is no longer in force.
    expect(problemOf(() => backend.undo(reviewer1, decision.id)).type).toBe(urn('undo-unavailable'));
  });

  it('a rejection sent back keeps the card as it is', () => {
    const card = backend.world.applicants.get(request.applicantId)?.cardPhotoId;
    decide(backend, reviewer1, request, rejectionFor(['blurred']));
    const detail = backend.reReview(supervisor, request.id, { note: '原因选错了' });
    expect(detail.cardPhoto.url).toBe(`/api/photos/${card}`);
    expect(backend.world.applicants.get(request.applicantId)?.cardPhotoId).toBe(card);
  });

  it('the withdrawn decision stops counting in the metrics, long after its undo window', () => {
    decide(backend, reviewer1, request, rejectionFor(['blurred', 'exposure']));
    backend.advanceClock(2 * 3600);
    const today: MetricsQuery = { from: T0 - 10 * HOUR, to: T0 + 14 * HOUR, region: null, bucket: 'day' };
    const figures = () => metricsSummary(backend.metricsView(supervisor), today);
    const decidedBy = () =>
      metricsReviewers(backend.metricsView(supervisor), today).items.find(
        (r) => r.reviewer.id === reviewer1.id,
      )?.decided;
    const before = figures();
    expect(before).toMatchObject({ decidedInRange: 1, rejectedInRange: 1 });
    expect(decidedBy()).toBe(1);

    backend.reReview(supervisor, request.id, { note: '请复核' });
    expect(figures()).toMatchObject({
      decidedInRange: before.decidedInRange - 1,
      rejectedInRange: 0,
      pendingNow: before.pendingNow + 1,
    });
    expect(decidedBy()).toBe(0);
  });

  it('also when the metrics index is built after the re-review', () => {
    decide(backend, reviewer1, request, approval);
    backend.reReview(supervisor, request.id, { note: '请复核' });
    backend.world = { ...backend.world }; // a new world object: the index is rebuilt from the records
    const today: MetricsQuery = { from: T0 - HOUR, to: T0 + HOUR, region: null, bucket: 'day' };
    expect(metricsSummary(backend.metricsView(supervisor), today).decidedInRange).toBe(0);
  });

  it('four eyes: claim-next passes it over for the reviewer who decided, claiming it is refused, another reviewer takes it', () => {
    decide(backend, reviewer1, request, approval);
    backend.reReview(supervisor, request.id, { note: '请复核' });
    // The oldest waiting request again, yet not for reviewer1.
    const instead = backend.claimNext(reviewer1);
    expect(instead?.id).not.toBe(request.id);
    expect(instead?.id).toBe(nthWaiting(backend, 1).id);
    expect(problemOf(() => backend.claim(reviewer1, request.id))).toMatchObject({
      type: urn('four-eyes'),
      status: 409,
    });
    const taken = backend.claimNext(reviewer2);
    expect(taken).toMatchObject({ id: request.id, reReview: true, reReviewNote: '请复核' });

    const second = decide(backend, reviewer2, request, rejectionFor(['blurred']));
    expect(request).toMatchObject({ status: 'rejected', decisionId: second.id });
    expect(backend.getRequest(supervisor, request.id)).toMatchObject({ reReview: false, reReviewNote: null });
  });

  it('an undone second decision leaves the request a re-review still', () => {
    decide(backend, reviewer1, request, approval);
    backend.reReview(supervisor, request.id, { note: '请复核' });
    backend.claim(reviewer2, request.id);
    const second = decide(backend, reviewer2, request, approval);
    expect(backend.undo(reviewer2, second.id)).toMatchObject({ reReview: true, reReviewNote: '请复核' });
    expect(request.reReview?.excludedReviewerId).toBe(reviewer1.id);
  });

  it('a decided re-review can be sent back again, and then excludes the second reviewer', () => {
    decide(backend, reviewer1, request, approval);
    backend.reReview(supervisor, request.id, { note: '第一次复核' });
    backend.claim(reviewer2, request.id);
    decide(backend, reviewer2, request, approval);
    backend.reReview(supervisor, request.id, { note: '第二次复核' });
    expect(problemOf(() => backend.claim(reviewer2, request.id)).type).toBe(urn('four-eyes'));
    expect(backend.claim(reviewer1, request.id).reReviewNote).toBe('第二次复核');
  });

  it('reassigning a re-review to the reviewer who decided it is refused (four eyes)', () => {
    decide(backend, reviewer1, request, approval);
    backend.reReview(supervisor, request.id, { note: '请复核' });
    backend.claim(reviewer2, request.id);
    expect(
      problemOf(() =>
        backend.revokeClaim(supervisor, request.id, { reason: '转交', reassignTo: reviewer1.id }),
      ),
    ).toMatchObject({ type: urn('four-eyes'), status: 409 });
    expect(
      backend.revokeClaim(supervisor, request.id, { reason: '转交', reassignTo: reviewer3.id }).claim?.holder
        .id,
    ).toBe(reviewer3.id);
  });

  it('only supervisors, only decided requests, and a note of 1 to 500 characters without control characters', () => {
    decide(backend, reviewer1, request, approval);
    expect(problemOf(() => backend.reReview(reviewer2, request.id, { note: 'x' })).status).toBe(403);
    expect(problemOf(() => backend.reReview(supervisor, 'rq-unknown-1', { note: 'x' })).status).toBe(404);
    for (const waiting of [nthWaiting(backend, 0), nthWaiting(backend, 1)]) {
      if (waiting.id === nthWaiting(backend, 1).id) backend.claim(reviewer2, waiting.id);
      expect(problemOf(() => backend.reReview(supervisor, waiting.id, { note: 'x' }))).toMatchObject({
        type: urn('not-claimable'),
        status: 409,
      });
    }
    const invalid: Array<[unknown, string[]]> = [
      [{}, ['note:invalid_type']],
      [{ note: '' }, ['note:too_small']],
      [{ note: ' \n ' }, ['note:required']],
      [{ note: 'x'.repeat(501) }, ['note:too_big']],
      [{ note: '请\t复核' }, ['note:control-character']],
      [{ note: '请\u0007复核' }, ['note:control-character']],
      [{ note: 'ok', extra: 1 }, ['extra:unrecognized_keys']],
    ];
    for (const [body, fields] of invalid) {
      const problem = problemOf(() => backend.reReview(supervisor, request.id, body));
      expect.soft(problem.status).toBe(400);
      expect.soft(fieldsOf(problem), JSON.stringify(body)).toEqual(fields);
    }
    expect(request.status).toBe('approved');
    expect(backend.reReview(supervisor, request.id, { note: 'x'.repeat(500) }).reReview).toBe(true);
  });
});

// ---- drill-down filters on the list --------------------------------------------------------------

function listQuery(overrides: Partial<ListQuery> = {}): ListQuery {
  return {
    status: [],
    region: [],
    submittedFrom: null,
    submittedTo: null,
    q: '',
    sort: 'submittedAt',
    page: 1,
    pageSize: 100,
    decidedBy: null,
    reason: null,
    decidedFrom: null,
    decidedTo: null,
    ...overrides,
  };
}

describe('listing requests by their decision', () => {
  /**
   * Live decisions, a minute apart from T0 (10:00 Shanghai):
   *   a: reviewer1 approves            at +1 min
   *   b: reviewer1 rejects (blurred)   at +2 min
   *   c: reviewer2 rejects (blurred, exposure) at +3 min
   *   d: reviewer2 approves            at +4 min, then undone
   *   e: reviewer1 rejects (exposure)  at +5 min, then sent back for re-review
   * plus the seed's earlier decided requests (all decided before T0).
   */
  const backend = makeBackend();
  const [reviewer1, reviewer2, supervisor] = ['reviewer1', 'reviewer2', 'supervisor1'].map((name) =>
    user(backend, name),
  ) as [UserRecord, UserRecord, UserRecord];
  /** The seed's decided requests, before any live decision. */
  const earlier = backend.world.requests.filter((r) => r.status !== 'pending');
  const ids: Record<'a' | 'b' | 'c' | 'd' | 'e', string> = { a: '', b: '', c: '', d: '', e: '' };
  const plan: Array<[keyof typeof ids, UserRecord, DecisionInput]> = [
    ['a', reviewer1, approval],
    ['b', reviewer1, rejectionFor(['blurred'])],
    ['c', reviewer2, rejectionFor(['blurred', 'exposure'])],
    ['d', reviewer2, approval],
    ['e', reviewer1, rejectionFor(['exposure'])],
  ];
  for (const [name, reviewer, body] of plan) {
    backend.advanceClock(60);
    const claimed = backend.claimNext(reviewer);
    const request = backend.world.requestsById.get(claimed?.id ?? '');
    if (!request) throw new Error('nothing to claim');
    ids[name] = request.id;
    const decision = decide(backend, reviewer, request, body);
    if (name === 'd') backend.undo(reviewer, decision.id);
  }
  backend.reReview(supervisor, ids.e, { note: '请复核' });
  backend.release(reviewer2, ids.d);
  const minute = (n: number) => T0 + n * 60_000;

  const found = (overrides: Partial<ListQuery>) =>
    backend.listRequests(supervisor, listQuery(overrides)).items.map((r) => r.id);
  const named = (...names: Array<keyof typeof ids>) =>
    backend.world.requests.filter((r) => names.some((n) => ids[n] === r.id)).map((r) => r.id);

  it('by who decided, counting only decisions in force', () => {
    const byReviewer1 = found({ decidedBy: reviewer1.id, decidedFrom: T0 });
    expect(byReviewer1).toEqual(named('a', 'b'));
    expect(found({ decidedBy: reviewer2.id, decidedFrom: T0 })).toEqual(named('c'));
    expect(found({ decidedBy: supervisor.id })).toEqual([]);
    expect(found({ decidedBy: 'u-nobody' })).toEqual([]);
  });

  it('by reason: rejections listing it', () => {
    expect(found({ reason: 'blurred', decidedFrom: T0 })).toEqual(named('b', 'c'));
    expect(found({ reason: 'exposure', decidedFrom: T0 })).toEqual(named('c'));
    expect(found({ reason: 'eyes', decidedFrom: T0 })).toEqual([]);
  });

  it('by decision time, from inclusive and to exclusive', () => {
    expect(found({ decidedFrom: minute(2), decidedTo: minute(3) })).toEqual(named('b'));
    expect(found({ decidedFrom: minute(2), decidedTo: minute(3) + 1 })).toEqual(named('b', 'c'));
    expect(found({ decidedFrom: T0 })).toEqual(named('a', 'b', 'c'));
    expect(found({ decidedTo: T0 })).toEqual(earlier.map((r) => r.id));
    expect(found({ decidedFrom: T0, decidedTo: T0 })).toEqual([]);
  });

  it('combined with each other and with the other filters', () => {
    expect(found({ decidedBy: reviewer2.id, reason: 'blurred', decidedFrom: T0 })).toEqual(named('c'));
    expect(found({ decidedBy: reviewer1.id, reason: 'exposure' })).toEqual([]);
    expect(found({ decidedBy: reviewer1.id, status: ['approved'], decidedFrom: T0 })).toEqual(named('a'));
    const region = backend.world.requestsById.get(ids.c)?.region ?? '';
    expect(found({ reason: 'blurred', region: [region], decidedFrom: T0 })).toEqual(
      named('b', 'c').filter((id) => backend.world.requestsById.get(id)?.region === region),
    );
    const page = backend.listRequests(
      supervisor,
      listQuery({ decidedFrom: T0, sort: '-submittedAt', pageSize: 2, page: 2 }),
    );
    expect(page).toMatchObject({ total: 3, page: 2 });
    expect(page.items.map((r) => r.id)).toEqual(named('a'));
  });

  it('agree with the records for every reviewer and reason, decisions in force only', () => {
    const inForce = backend.world.requests.flatMap((r) => {
      const decision = r.decisionId === null ? undefined : backend.world.decisions.get(r.decisionId);
      return decision ? [{ id: r.id, decision }] : [];
    });
    for (const reviewer of backend.world.users) {
      expect(found({ decidedBy: reviewer.id })).toEqual(
        inForce.filter((x) => x.decision.decidedBy === reviewer.id).map((x) => x.id),
      );
    }
    for (const reason of ['blurred', 'exposure', 'background', 'other'] as const) {
      expect(found({ reason })).toEqual(
        inForce.filter((x) => x.decision.reasonCodes.includes(reason)).map((x) => x.id),
      );
    }
    expect(found({ decidedFrom: 0 })).not.toContain(ids.d);
    expect(found({ decidedFrom: 0 })).not.toContain(ids.e);
  });
});

describe('performance on 100,000 requests and 100,000 past decisions', () => {
  it('the decision filters answer in well under a second, the export in a few seconds', () => {
    const big = new MockBackend({
      library: libraryIndex(),
      seed: 11,
      pendingCount: 1000,
      historyDecisions: 100_000,
      clock: createClock(() => T0),
    });
    const supervisor = user(big, 'supervisor1');
    const reviewer = user(big, 'reviewer3');
    expect(big.world.requests.length).toBeGreaterThan(100_000);
    const timings: number[] = [];
    const queries: Array<Partial<ListQuery>> = [
      { decidedBy: reviewer.id },
      { reason: 'blurred', decidedFrom: T0 - 7 * 24 * HOUR, sort: '-number' },
      { decidedBy: reviewer.id, reason: 'background', region: ['310115'], page: 2, pageSize: 50 },
    ];
    for (const query of queries) {
      const started = performance.now();
      const page = big.listRequests(supervisor, listQuery(query));
      timings.push(performance.now() - started);
      expect(page.total).toBeGreaterThan(0);
    }
    console.log(
      `[perf] decision filters on 100,000 requests: ${timings.map((t) => t.toFixed(1)).join(', ')} ms`,
    );
    for (const ms of timings) expect(ms).toBeLessThan(500);

    // The whole month as one CSV file: a download, not a dashboard figure, so a looser budget.
    const started = performance.now();
    const csv = exportDecisionsCsv(big.metricsView(supervisor), {
      from: T0 - 31 * 24 * HOUR,
      to: T0 + 24 * HOUR,
      region: null,
      decidedBy: null,
      reason: null,
    });
    const exportMs = performance.now() - started;
    console.log(
      `[perf] export of 100,000 decisions: ${(csv.length / 1e6).toFixed(1)} MB in ${exportMs.toFixed(0)} ms`,
    );
    expect(csv.split('\r\n').length).toBeGreaterThan(100_000);
    expect(exportMs).toBeLessThan(5000);
  }, 60_000);
});
