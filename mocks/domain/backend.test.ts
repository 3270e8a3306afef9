// @vitest-environment node
import type { DecisionInput, Problem, RequestSort, RequestSummary } from '../../src/api/generated/zod';
import { CLAIM_LIMIT, MockBackend, SESSION_TTL_MS, type DecisionHeaders } from './backend';
import type { ListQuery } from './list-query';
import { OLDEST_WAITING_FIRST } from './seed';
import type { RequestRecord, UserRecord } from './records';
import { createClock } from './clock';
import { makeBackend, problemOf, T0, TTL_SECONDS, urn, user } from './test-kit';

function query(overrides: Partial<ListQuery> = {}): ListQuery {
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

/** The waiting requests, oldest first (the world also holds decided, earlier requests). */
function waiting(backend: MockBackend): RequestRecord[] {
  return backend.world.requests.filter((r) => r.status === 'pending');
}

/** The index-th oldest waiting request. */
function nthWaiting(backend: MockBackend, index: number): RequestRecord {
  const request = waiting(backend)[index];
  if (!request) throw new Error(`no waiting request at ${index}`);
  return request;
}

describe('MockBackend', () => {
  let backend: MockBackend;
  let reviewer1: UserRecord;
  let reviewer2: UserRecord;
  let supervisor: UserRecord;

  beforeEach(() => {
    backend = makeBackend();
    reviewer1 = user(backend, 'reviewer1');
    reviewer2 = user(backend, 'reviewer2');
    supervisor = user(backend, 'supervisor1');
  });

  describe('leases', () => {
    it('a claim lasts until its lease runs out, then the request waits again and the audit says why', () => {
      const request = nthWaiting(backend, 0);
      const detail = backend.claim(reviewer1, request.id);
      expect(detail.status).toBe('in_review');
      expect(detail.claim?.holder).toEqual({ id: reviewer1.id, displayName: reviewer1.displayName });
      expect(Date.parse(detail.claim?.expiresAt ?? '')).toBe(T0 + TTL_SECONDS * 1000);

      backend.advanceClock(TTL_SECONDS - 1);
      expect(backend.getRequest(supervisor, request.id).status).toBe('in_review');

      backend.advanceClock(1);
      const after = backend.getRequest(supervisor, request.id);
      expect(after.status).toBe('pending');
      expect(after.claim).toBeNull();
      expect(request.claim).toBeNull();
      expect(backend.world.claimed.has(request.id)).toBe(false);
      expect(backend.myClaims(reviewer1).items).toEqual([]);
      const expired = backend.world.audit.filter((e) => e.action === 'lease-expired');
      expect(expired).toEqual([
        expect.objectContaining({
          requestId: request.id,
          actorId: reviewer1.id,
          at: T0 + TTL_SECONDS * 1000,
        }),
      ]);
    });

    it('the lease length follows the leaseTtlSeconds setting', () => {
      backend.updateSettings({ leaseTtlSeconds: 30 });
      const detail = backend.claim(reviewer1, nthWaiting(backend, 0).id);
      expect(Date.parse(detail.claim?.expiresAt ?? '')).toBe(T0 + 30_000);
      backend.advanceClock(30);
      expect(backend.myClaims(reviewer1).items).toEqual([]);
    });

    it('a second reviewer is refused with a claim conflict that names the holder', () => {
      const request = nthWaiting(backend, 0);
      backend.claim(reviewer1, request.id);
      const problem = problemOf(() => backend.claim(reviewer2, request.id));
      expect(problem).toMatchObject({
        type: urn('claim-conflict'),
        status: 409,
        holder: { id: reviewer1.id, displayName: '张敏' },
      });
      expect(problem.detail).toContain('张敏');
      expect(request.claim?.holderId).toBe(reviewer1.id);
    });

    it('after the lease expires another reviewer may claim the request', () => {
      const request = nthWaiting(backend, 0);
      backend.claim(reviewer1, request.id);
      backend.advanceClock(TTL_SECONDS);
      expect(backend.claim(reviewer2, request.id).claim?.holder.id).toBe(reviewer2.id);
    });

    it('claiming again is idempotent for the holder and renews the lease', () => {
      const request = nthWaiting(backend, 0);
      const first = backend.claim(reviewer1, request.id);
      backend.advanceClock(400);
      const second = backend.claim(reviewer1, request.id);
      expect(second.claim?.claimedAt).toBe(first.claim?.claimedAt);
      expect(Date.parse(second.claim?.expiresAt ?? '')).toBe(T0 + 400_000 + TTL_SECONDS * 1000);
      expect(second.version).toBe(first.version);
      expect(
        backend.world.audit.filter((e) => e.action === 'claim' && e.requestId === request.id),
      ).toHaveLength(1);
      expect(backend.myClaims(reviewer1).items.map((r) => r.id)).toEqual([request.id]);

      // Still held 500 s after the first lease would have ended.
      backend.advanceClock(TTL_SECONDS - 100);
      expect(backend.myClaims(reviewer1).items).toHaveLength(1);
    });

    it('a heartbeat renews the lease', () => {
      const request = nthWaiting(backend, 0);
      backend.claim(reviewer1, request.id);
      backend.advanceClock(500);
      const claim = backend.heartbeat(reviewer1, request.id);
      expect(claim.holder).toEqual({ id: reviewer1.id, displayName: reviewer1.displayName });
      expect(Date.parse(claim.claimedAt)).toBe(T0);
      expect(Date.parse(claim.expiresAt)).toBe(T0 + 500_000 + TTL_SECONDS * 1000);
      backend.advanceClock(500);
      expect(backend.myClaims(reviewer1).items).toHaveLength(1);
    });

    it('a page being left shortens the lease: closed, it gives the request back; reloaded, it renews', () => {
      const [first, second] = [nthWaiting(backend, 0), nthWaiting(backend, 1)];
      backend.claim(reviewer1, first.id);
      backend.claim(reviewer1, second.id);
      const short = backend.heartbeat(reviewer1, first.id, { leaseSeconds: 60 });
      expect(Date.parse(short.expiresAt)).toBe(T0 + 60_000);
      backend.heartbeat(reviewer1, second.id, { leaseSeconds: 60 });
      backend.advanceClock(30);
      backend.heartbeat(reviewer1, second.id); // the reloaded page renews at once
      backend.advanceClock(31);
      expect(backend.myClaims(reviewer1).items.map((r) => r.id)).toEqual([second.id]);
      expect(first.claim).toBeNull();
      // It only ever shortens a lease; nonsense is refused.
      const kept = backend.heartbeat(reviewer1, second.id, { leaseSeconds: 3600 });
      expect(Date.parse(kept.expiresAt)).toBe(T0 + 30_000 + TTL_SECONDS * 1000);
      const shorter = backend.heartbeat(reviewer1, second.id, { leaseSeconds: 3600 - 1 });
      expect(Date.parse(shorter.expiresAt)).toBe(Date.parse(kept.expiresAt));
      for (const body of [{ leaseSeconds: 5 }, { leaseSeconds: 'soon' }, { ttl: 60 }]) {
        expect(problemOf(() => backend.heartbeat(reviewer1, second.id, body)).type).toBe(
          urn('validation-failed'),
        );
      }
    });

    it('a heartbeat after the lease expired says the lease is lost', () => {
      const request = nthWaiting(backend, 0);
      backend.claim(reviewer1, request.id);
      backend.advanceClock(TTL_SECONDS + 1);
      expect(problemOf(() => backend.heartbeat(reviewer1, request.id))).toMatchObject({
        type: urn('lease-lost'),
        status: 409,
      });
    });

    it('a heartbeat from someone who does not hold the request says the lease is lost', () => {
      const request = nthWaiting(backend, 0);
      backend.claim(reviewer1, request.id);
      expect(problemOf(() => backend.heartbeat(reviewer2, request.id)).type).toBe(urn('lease-lost'));
      expect(request.claim?.holderId).toBe(reviewer1.id);
    });

    it('the holder can release a claim, and the request waits again', () => {
      const request = nthWaiting(backend, 0);
      backend.claim(reviewer1, request.id);
      backend.release(reviewer1, request.id);
      expect(request.claim).toBeNull();
      expect(backend.getRequest(supervisor, request.id).status).toBe('pending');
      expect(backend.world.audit.map((e) => e.action)).toContain('release');
      expect(problemOf(() => backend.release(reviewer1, request.id)).type).toBe(urn('lease-lost'));
    });

    it('a release by someone who does not hold the request says the lease is lost and changes nothing', () => {
      const request = nthWaiting(backend, 0);
      backend.claim(reviewer1, request.id);
      expect(problemOf(() => backend.release(reviewer2, request.id))).toMatchObject({
        type: urn('lease-lost'),
        status: 409,
      });
      expect(request.claim?.holderId).toBe(reviewer1.id);
    });

    it('every change of claim raises the request version', () => {
      const request = nthWaiting(backend, 0);
      const start = request.version;
      backend.claim(reviewer1, request.id);
      backend.release(reviewer1, request.id);
      backend.claim(reviewer2, request.id);
      backend.advanceClock(TTL_SECONDS);
      backend.sweep();
      expect(request.version).toBe(start + 4);
    });

    it('a decided request cannot be claimed', () => {
      const request = nthWaiting(backend, 0);
      request.status = 'approved';
      expect(problemOf(() => backend.claim(reviewer1, request.id))).toMatchObject({
        type: urn('not-claimable'),
        status: 409,
      });
    });

    it('an unknown request is not found', () => {
      expect(problemOf(() => backend.claim(reviewer1, 'rq-does-not-exist'))).toMatchObject({
        type: urn('not-found'),
        status: 404,
      });
    });
  });

  describe('claim next', () => {
    it('takes the oldest pending request nobody holds', () => {
      const [first, second, third, fourth] = waiting(backend);
      backend.claim(reviewer2, first?.id ?? '');
      if (second) second.status = 'rejected';
      const next = backend.claimNext(reviewer1);
      expect(next?.id).toBe(third?.id);
      expect(next?.claim?.holder.id).toBe(reviewer1.id);
      expect(backend.claimNext(reviewer1)?.id).toBe(fourth?.id);
    });

    it('gives a request back to the queue when its lease has expired', () => {
      const first = backend.claimNext(reviewer2);
      backend.advanceClock(TTL_SECONDS);
      expect(backend.claimNext(reviewer1)?.id).toBe(first?.id);
    });

    it('returns null when nothing waits', () => {
      const small = makeBackend({ pendingCount: 3 });
      const [a, b] = [user(small, 'reviewer1'), user(small, 'reviewer2')];
      expect(small.claimNext(a)).not.toBeNull();
      expect(small.claimNext(a)).not.toBeNull();
      expect(small.claimNext(b)).not.toBeNull();
      expect(small.claimNext(b)).toBeNull();
      expect(makeBackend({ pendingCount: 0 }).claimNext(a)).toBeNull();
    });
  });

  describe('claim limit', () => {
    it(`a reviewer may hold at most ${CLAIM_LIMIT} requests at once`, () => {
      for (let i = 0; i < CLAIM_LIMIT; i++) expect(backend.claimNext(reviewer1)).not.toBeNull();
      const limit = { type: urn('claim-limit'), status: 409 };
      expect(problemOf(() => backend.claimNext(reviewer1))).toMatchObject(limit);
      expect(problemOf(() => backend.claim(reviewer1, nthWaiting(backend, 20).id))).toMatchObject(limit);
      // The limit is per reviewer.
      expect(backend.claimNext(reviewer2)).not.toBeNull();
    });

    it('renewing a held claim does not count against the limit', () => {
      for (let i = 0; i < CLAIM_LIMIT; i++) backend.claimNext(reviewer1);
      const held = nthWaiting(backend, 0);
      expect(backend.claim(reviewer1, held.id).claim?.holder.id).toBe(reviewer1.id);
    });

    it('releasing or losing a claim makes room for another', () => {
      const claimed = Array.from({ length: CLAIM_LIMIT }, () => backend.claimNext(reviewer1));
      backend.release(reviewer1, claimed[0]?.id ?? '');
      expect(backend.claimNext(reviewer1)).not.toBeNull();
      backend.advanceClock(TTL_SECONDS);
      expect(backend.myClaims(reviewer1).items).toEqual([]);
      expect(backend.claimNext(reviewer1)).not.toBeNull();
    });
  });

  describe('permissions', () => {
    it('a supervisor cannot claim, renew or release', () => {
      const id = nthWaiting(backend, 0).id;
      const forbidden = { type: urn('forbidden'), status: 403 };
      expect(problemOf(() => backend.claimNext(supervisor))).toMatchObject(forbidden);
      expect(problemOf(() => backend.claim(supervisor, id))).toMatchObject(forbidden);
      backend.claim(reviewer1, id);
      expect(problemOf(() => backend.heartbeat(supervisor, id))).toMatchObject(forbidden);
      expect(problemOf(() => backend.release(supervisor, id))).toMatchObject(forbidden);
      expect(nthWaiting(backend, 0).claim?.holderId).toBe(reviewer1.id);
    });

    it('a reviewer cannot open a request they do not hold', () => {
      const id = nthWaiting(backend, 0).id;
      expect(problemOf(() => backend.getRequest(reviewer1, id))).toMatchObject({
        type: urn('forbidden'),
        status: 403,
      });
      backend.claim(reviewer2, id);
      expect(problemOf(() => backend.getRequest(reviewer1, id)).status).toBe(403);
    });

    it('the holder and supervisors can open a request, and each opening is audited', () => {
      const id = nthWaiting(backend, 0).id;
      backend.claim(reviewer1, id);
      expect(backend.getRequest(reviewer1, id).applicant.idNumberMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(backend.getRequest(supervisor, nthWaiting(backend, 5).id).id).toBe(nthWaiting(backend, 5).id);
      const views = backend.world.audit.filter((e) => e.action === 'view');
      expect(views.map((e) => e.actorId)).toEqual([reviewer1.id, supervisor.id]);
    });

    it('a holder whose lease expired can no longer open the request', () => {
      const id = nthWaiting(backend, 0).id;
      backend.claim(reviewer1, id);
      backend.advanceClock(TTL_SECONDS);
      expect(problemOf(() => backend.getRequest(reviewer1, id)).status).toBe(403);
    });

    it('only supervisors see every claim, oldest first', () => {
      expect(problemOf(() => backend.allClaims(reviewer1))).toMatchObject({
        type: urn('forbidden'),
        status: 403,
      });
      const a = backend.claim(reviewer2, nthWaiting(backend, 7).id);
      backend.advanceClock(10);
      const b = backend.claim(reviewer1, nthWaiting(backend, 3).id);
      expect(backend.allClaims(supervisor).items.map((r) => r.id)).toEqual([a.id, b.id]);
      expect(backend.myClaims(reviewer1).items.map((r) => r.id)).toEqual([b.id]);
    });

    it('photos are shown only to the holder of a request that shows them, or to a supervisor', () => {
      const request = nthWaiting(backend, 0);
      const forbidden = { type: urn('forbidden'), status: 403 };
      expect(problemOf(() => backend.photoFor(reviewer1, request.newPhotoId))).toMatchObject(forbidden);
      backend.claim(reviewer1, request.id);
      expect(backend.photoFor(reviewer1, request.newPhotoId).id).toBe(request.newPhotoId);
      expect(backend.photoFor(reviewer1, request.cardPhotoId).id).toBe(request.cardPhotoId);
      expect(problemOf(() => backend.photoFor(reviewer2, request.newPhotoId))).toMatchObject(forbidden);
      expect(problemOf(() => backend.photoFor(reviewer1, nthWaiting(backend, 1).newPhotoId))).toMatchObject(
        forbidden,
      );
      expect(backend.photoFor(supervisor, nthWaiting(backend, 1).newPhotoId).id).toBe(
        nthWaiting(backend, 1).newPhotoId,
      );
      expect(problemOf(() => backend.photoFor(supervisor, 'ph-unknown-photo'))).toMatchObject({
        status: 404,
      });

      backend.advanceClock(TTL_SECONDS);
      expect(problemOf(() => backend.photoFor(reviewer1, request.newPhotoId))).toMatchObject(forbidden);
    });
  });

  describe('sessions', () => {
    it('signs in with good credentials for eight hours', () => {
      const { session, user: signedIn } = backend.signIn('reviewer1', 'demo');
      expect(signedIn.id).toBe(reviewer1.id);
      expect(session.expiresAt).toBe(T0 + SESSION_TTL_MS);
      expect(backend.authenticate(session.id).user.id).toBe(reviewer1.id);
      expect(backend.sessionView(session, signedIn)).toEqual({
        user: {
          id: reviewer1.id,
          username: 'reviewer1',
          displayName: reviewer1.displayName,
          role: 'reviewer',
        },
        expiresAt: new Date(T0 + SESSION_TTL_MS).toISOString(),
      });
    });

    it('ignores spaces around the username', () => {
      expect(backend.signIn('  supervisor1 ', 'demo').user.role).toBe('supervisor');
    });

    it('refuses a wrong password and an unknown user alike', () => {
      const wrong = problemOf(() => backend.signIn('reviewer1', 'nope'));
      const unknown = problemOf(() => backend.signIn('nobody', 'demo'));
      expect(wrong).toMatchObject({ type: urn('invalid-credentials'), status: 401 });
      expect(unknown).toEqual(wrong);
      expect(problemOf(() => backend.signIn('reviewer1', 'demo '))).toMatchObject({ status: 401 });
    });

    it('gives every sign-in its own session id', () => {
      const a = backend.signIn('reviewer1', 'demo').session.id;
      const b = backend.signIn('reviewer1', 'demo').session.id;
      expect(a).not.toBe(b);
    });

    it('answers 401 without a session, with an unknown one, and after sign-out', () => {
      const unauthenticated = { type: urn('unauthenticated'), status: 401 };
      expect(problemOf(() => backend.authenticate(undefined))).toMatchObject(unauthenticated);
      expect(problemOf(() => backend.authenticate('1.made-up'))).toMatchObject(unauthenticated);
      const { session } = backend.signIn('reviewer1', 'demo');
      backend.signOut(session.id);
      expect(problemOf(() => backend.authenticate(session.id))).toMatchObject(unauthenticated);
    });

    it('answers 401 once the session has expired, and forgets it', () => {
      const { session } = backend.signIn('reviewer1', 'demo');
      backend.advanceClock(SESSION_TTL_MS / 1000 - 1);
      expect(backend.authenticate(session.id).user.id).toBe(reviewer1.id);
      backend.advanceClock(1);
      expect(problemOf(() => backend.authenticate(session.id))).toMatchObject({ status: 401 });
      expect(backend.world.sessions.has(session.id)).toBe(false);
    });
  });

  describe('determinism', () => {
    it('two worlds from the same seed and clock are identical', () => {
      const a = makeBackend({ seed: 99 });
      const b = makeBackend({ seed: 99 });
      expect(a.world).toEqual(b.world);
      expect(waiting(a)).toHaveLength(40);
    });

    it('a different seed gives a different world', () => {
      const a = makeBackend({ seed: 99 });
      const b = makeBackend({ seed: 100 });
      expect(a.world.requests.map((r) => r.id)).not.toEqual(b.world.requests.map((r) => r.id));
      expect([...a.world.applicants.values()].map((p) => p.name)).not.toEqual(
        [...b.world.applicants.values()].map((p) => p.name),
      );
    });

    it('reset rebuilds the same world from the seed and restores the default settings', () => {
      const fresh = makeBackend({ seed: 5 });
      const used = makeBackend({ seed: 5 });
      used.claimNext(user(used, 'reviewer1'));
      used.updateSettings({ failureRate: 0.5, latencyMs: 100 });
      const state = used.reset();
      expect(used.world).toEqual(fresh.world);
      expect(state).toMatchObject({
        seed: 5,
        pendingCount: 40,
        failureRate: 0,
        latencyMs: 0,
        leaseTtlSeconds: 600,
      });
      used.reset(6, 10);
      expect(waiting(used)).toHaveLength(10);
      expect(used.world.requests).toEqual(makeBackend({ seed: 6, pendingCount: 10 }).world.requests);
    });

    it('reset signs everyone out, or on request keeps them, with the time their session had left', () => {
      const backend = makeBackend({ seed: 5 });
      const { session: gone } = backend.signIn('reviewer2', 'demo');
      backend.reset();
      expect(() => backend.authenticate(gone.id)).toThrow();
      const { session } = backend.signIn('reviewer1', 'demo');
      backend.advanceClock(3600);
      backend.reset(6, 10, 0, Date.parse('2026-11-20T08:00:00Z'), { keepSessions: true });
      const { user: again } = backend.authenticate(session.id);
      expect(again.username).toBe('reviewer1');
      const kept = backend.world.sessions.get(session.id);
      expect(kept && kept.expiresAt - backend.clock.now()).toBe(SESSION_TTL_MS - 3600_000);
      backend.advanceClock(SESSION_TTL_MS / 1000);
      expect(() => backend.authenticate(session.id)).toThrow();
    });

    it('injected failures follow the seed', () => {
      const draw = (b: MockBackend) => Array.from({ length: 50 }, () => b.shouldFail());
      const a = makeBackend({ settings: { failureRate: 0.5 } });
      const b = makeBackend({ settings: { failureRate: 0.5 } });
      const sequence = draw(a);
      expect(draw(b)).toEqual(sequence);
      expect(sequence).toContain(true);
      expect(sequence).toContain(false);
      expect(draw(makeBackend())).not.toContain(true);
    });

    it('requests are numbered by day and sorted by submission time', () => {
      const times = backend.world.requests.map((r) => r.submittedAt);
      expect(times).toEqual([...times].sort((x, y) => x - y));
      for (const r of backend.world.requests) {
        expect(r.number).toMatch(/^PR\d{8}\d{6}$/);
        expect(r.submittedAt).toBeLessThan(T0);
      }
      expect(new Set(backend.world.requests.map((r) => r.number)).size).toBe(backend.world.requests.length);
    });
  });

  describe('listing requests', () => {
    const list = (overrides: Partial<ListQuery> = {}) => backend.listRequests(reviewer1, query(overrides));
    const ids = (items: RequestSummary[]) => items.map((r) => r.id);
    /** 40 waiting and 7 decided earlier requests (seed 7). */
    const TOTAL = 47;

    it('the world holds the waiting requests and the decided earlier ones', () => {
      expect(backend.world.requests).toHaveLength(TOTAL);
      expect(waiting(backend)).toHaveLength(40);
    });

    it('pages through every request in submission order by default', () => {
      const pages = [1, 2, 3, 4].map((page) => list({ pageSize: 15, page }));
      expect(pages.map((p) => p.total)).toEqual([TOTAL, TOTAL, TOTAL, TOTAL]);
      expect(pages.map((p) => p.items.length)).toEqual([15, 15, 15, TOTAL - 45]);
      expect(pages.flatMap((p) => ids(p.items))).toEqual(backend.world.requests.map((r) => r.id));
      expect(pages[1]).toMatchObject({ page: 2, pageSize: 15 });
    });

    it('a page beyond the end is empty but still gives the total', () => {
      expect(list({ page: 99, pageSize: 25 })).toEqual({ items: [], page: 99, pageSize: 25, total: TOTAL });
      expect(list({ page: 2, status: ['in_review'] })).toEqual({
        items: [],
        page: 2,
        pageSize: 100,
        total: 0,
      });
    });

    it('filters by status', () => {
      const held = [backend.claimNext(reviewer1), backend.claimNext(reviewer2)].map((d) => d?.id);
      const inReview = list({ status: ['in_review'] });
      expect(inReview.total).toBe(2);
      expect(ids(inReview.items)).toEqual(held);
      expect(inReview.items.every((r) => r.status === 'in_review' && r.claim !== null)).toBe(true);
      const pending = list({ status: ['pending'] });
      expect(pending.total).toBe(38);
      expect(pending.items.every((r) => r.status === 'pending' && r.claim === null)).toBe(true);
      expect(list({ status: ['pending', 'in_review'] }).total).toBe(40);
      const decided = backend.world.requests.filter((r) => r.status !== 'pending');
      const approved = decided.filter((r) => r.status === 'approved');
      expect(approved.length).toBeGreaterThan(0);
      expect(ids(list({ status: ['approved'] }).items)).toEqual(approved.map((r) => r.id));
      expect(list({ status: ['approved', 'rejected'] }).total).toBe(decided.length);
    });

    it('filters by region', () => {
      const regions = ['310115', '310104'];
      const page = list({ region: regions });
      const expected = backend.world.requests.filter((r) => regions.includes(r.region));
      expect(expected.length).toBeGreaterThan(0);
      expect(page.total).toBe(expected.length);
      expect(ids(page.items)).toEqual(expected.map((r) => r.id));
      expect(list({ region: ['999999'] }).total).toBe(0);
    });

    it('finds a request by part of its number, in any case', () => {
      const target = nthWaiting(backend, 12);
      expect(ids(list({ q: target.number.toLowerCase() }).items)).toEqual([target.id]);
      const day = target.number.slice(0, 10);
      const sameDay = backend.world.requests.filter((r) => r.number.startsWith(day));
      expect(list({ q: day.toLowerCase() }).total).toBe(sameDay.length);
      expect(list({ q: 'XYZ' }).total).toBe(0);
    });

    it('filters by submission time, from inclusive and to exclusive', () => {
      const all = backend.world.requests;
      const from = all[10]?.submittedAt ?? 0;
      const to = all[20]?.submittedAt ?? 0;
      const page = list({ submittedFrom: from, submittedTo: to });
      expect(ids(page.items)).toEqual(all.slice(10, 20).map((r) => r.id));
      expect(list({ submittedFrom: from }).total).toBe(TOTAL - 10);
      expect(list({ submittedTo: to }).total).toBe(20);
    });

    it('combines filters', () => {
      backend.claimNext(reviewer1);
      const region = nthWaiting(backend, 0).region;
      const page = list({
        status: ['pending'],
        region: [region],
        submittedFrom: nthWaiting(backend, 0).submittedAt,
      });
      const expected = waiting(backend).filter((r) => r.region === region && !r.claim);
      expect(ids(page.items)).toEqual(expected.map((r) => r.id));
    });

    const sortKeys = {
      submittedAt: (r: RequestSummary) => r.submittedAt,
      number: (r: RequestSummary) => r.number,
      region: (r: RequestSummary) => r.region,
      status: (r: RequestSummary) => r.status,
    };
    const sorts = Object.keys(sortKeys).flatMap((key) => [key, `-${key}`]) as RequestSort[];

    it.each(sorts)('sorts by %s', (sort) => {
      backend.claimNext(reviewer1);
      backend.claim(reviewer2, nthWaiting(backend, 30).id);
      const key = sortKeys[sort.replace('-', '') as keyof typeof sortKeys];
      const items = list({ sort }).items;
      expect(items).toHaveLength(TOTAL);
      const values = items.map(key);
      const expected = [...values].sort();
      if (sort.startsWith('-')) expected.reverse();
      expect(values).toEqual(expected);
    });

    it('keeps submission order among equal keys when sorting ascending, so that paging is stable', () => {
      const items = list({ sort: 'region' }).items;
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [items[i - 1], items[i]] as [RequestSummary, RequestSummary];
        if (a.region === b.region) expect(a.submittedAt <= b.submittedAt).toBe(true);
      }
    });

    // backend.ts says "Ties keep submission order (oldest first)", but a descending sort multiplies the
    // tie-breaker by -1 too, so among equal keys the newest comes first.
    it('keeps submission order (oldest first) among equal keys when sorting descending too', () => {
      for (const sort of ['-region', '-status'] as const) {
        backend.claimNext(reviewer1);
        const items = list({ sort }).items;
        const key = sortKeys[sort.slice(1) as 'region' | 'status'];
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1], items[i]] as [RequestSummary, RequestSummary];
          if (key(a) === key(b)) expect(a.submittedAt <= b.submittedAt).toBe(true);
        }
      }
    });

    it('sorted pages fit together without gaps or repeats', () => {
      const all = ids(list({ sort: '-region' }).items);
      const paged = [1, 2, 3, 4, 5].flatMap((page) =>
        ids(list({ sort: '-region', page, pageSize: 11 }).items),
      );
      expect(paged).toHaveLength(TOTAL);
      expect(paged).toEqual(all);
    });

    it('a reviewer listing requests sees no personal data', () => {
      backend.claimNext(reviewer1);
      const [first] = list().items;
      expect(Object.keys(first ?? {}).sort()).toEqual(
        ['channel', 'claim', 'id', 'number', 'reReview', 'region', 'status', 'submittedAt'].sort(),
      );
    });
  });

  describe('performance', () => {
    it('a world of 100,000 requests answers a filtered, sorted page in well under a second', () => {
      const big = makeBackend({ pendingCount: 100_000, seed: 11 });
      const reviewer = user(big, 'reviewer1');
      for (let i = 0; i < CLAIM_LIMIT; i++) big.claimNext(reviewer);
      const started = performance.now();
      const page = big.listRequests(
        reviewer,
        query({
          status: ['pending'],
          region: ['310115', '310112'],
          q: 'pr2026',
          sort: '-number',
          page: 3,
          pageSize: 50,
        }),
      );
      const elapsed = performance.now() - started;
      console.log(`[perf] 100,000 requests: filtered and sorted page in ${elapsed.toFixed(1)} ms`);
      expect(page.items).toHaveLength(50);
      expect(page.total).toBeGreaterThan(10_000);
      expect(elapsed).toBeLessThan(1500);
    });
  });
});

describe('signing out', () => {
  it('gives back the claims of a user who has no other session', () => {
    const backend = makeBackend({ pendingCount: 5 });
    const { session, user } = backend.signIn('reviewer1', 'demo');
    const claimed = backend.claimNext(user);
    expect(claimed).not.toBeNull();
    backend.signOut(session.id);
    const request = backend.world.requestsById.get(claimed?.id ?? '');
    expect(request?.claim).toBeNull();
    expect(backend.world.audit.at(-1)).toMatchObject({
      action: 'release',
      actorId: user.id,
      detail: 'signed out',
    });
  });

  it('keeps the claims while the same user is signed in elsewhere', () => {
    const backend = makeBackend({ pendingCount: 5 });
    const first = backend.signIn('reviewer1', 'demo');
    backend.signIn('reviewer1', 'demo');
    const claimed = backend.claimNext(first.user);
    backend.signOut(first.session.id);
    expect(backend.world.requestsById.get(claimed?.id ?? '')?.claim?.holderId).toBe(first.user.id);
  });
});

// ---- decisions, undo, skip, history ---------------------------------------------------------

const allPass = { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' } as const;
const approval: DecisionInput = { outcome: 'approved', checks: allPass, reasonCodes: [], note: '' };
const rejection: DecisionInput = {
  outcome: 'rejected',
  checks: { ...allPass, background: 'fail' },
  reasonCodes: ['background'],
  note: '照片背景不是白色，请在白色背景前重新拍摄。',
};

let keys = 0;
const newKey = () => `test-key-${++keys}`;

/** A decision as the console sends it: a fresh key and the version the reviewer saw. */
function decide(
  backend: MockBackend,
  actor: UserRecord,
  request: RequestRecord,
  body: unknown,
  headers: Partial<DecisionHeaders> = {},
) {
  return backend.decide(
    actor,
    request.id,
    { idempotencyKey: newKey(), ifMatch: `"${request.version}"`, ...headers },
    body,
  );
}

/** The applicant sends another photo: a new waiting request, compared with the card as it is now. */
function resubmit(backend: MockBackend, earlier: RequestRecord): RequestRecord {
  const applicant = backend.world.applicants.get(earlier.applicantId);
  const last = backend.world.requests.at(-1);
  if (!applicant || !last) throw new Error('the world is empty');
  const request: RequestRecord = {
    ...earlier,
    id: `rq-later-${backend.world.requests.length}`,
    number: 'PR20261126999999',
    submittedAt: last.submittedAt + 1000,
    newPhotoId: nthWaiting(backend, 1).newPhotoId,
    cardPhotoId: applicant.cardPhotoId,
    status: 'pending',
    claim: null,
    version: 1,
    decisionId: null,
  };
  backend.world.requests.push(request);
  backend.world.requestsById.set(request.id, request);
  return request;
}

function fieldsOf(problem: Problem): string[] {
  return (problem.errors ?? []).map((e) => `${e.field}:${e.code}`);
}

describe('decisions', () => {
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

  describe('deciding', () => {
    it('an approval decides the request, ends the claim, raises the version and is audited', () => {
      const version = request.version;
      const { decision, replayed } = decide(backend, reviewer1, request, approval);
      expect(replayed).toBe(false);
      expect(decision).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9_-]{6,64}$/) as string,
        requestId: request.id,
        outcome: 'approved',
        checks: allPass,
        machine: {},
        reasonCodes: [],
        note: '',
        decidedBy: { id: reviewer1.id, displayName: '张敏' },
        decidedAt: new Date(T0).toISOString(),
        undoableUntil: new Date(T0 + 60_000).toISOString(),
      });
      expect(request).toMatchObject({ status: 'approved', claim: null, version: version + 1 });
      expect(backend.world.claimed.has(request.id)).toBe(false);
      expect(backend.myClaims(reviewer1).items).toEqual([]);
      expect(backend.world.audit.at(-1)).toMatchObject({
        requestId: request.id,
        actorId: reviewer1.id,
        action: 'decision',
        at: T0,
        detail: 'approved',
      });
      const detail = backend.getRequest(supervisor, request.id);
      expect(detail.status).toBe('approved');
      expect(detail.decision).toEqual(decision);
    });

    it('a rejection keeps its reasons and the note, trimmed', () => {
      const body = { ...rejection, reasonCodes: ['background', 'exposure'], note: '  请重新拍摄。\n' };
      const { decision } = decide(backend, reviewer1, request, body);
      expect(decision).toMatchObject({ outcome: 'rejected', reasonCodes: ['background', 'exposure'] });
      expect(decision.note).toBe('请重新拍摄。');
      expect(request.status).toBe('rejected');
      expect(backend.world.audit.at(-1)?.detail).toBe('rejected: background, exposure');
    });

    it('an approval puts the new photo on the card, and a later request of the applicant is compared with it', () => {
      const later = resubmit(backend, request);
      const oldCard = request.cardPhotoId;
      const laterVersion = later.version;
      expect(backend.getRequest(supervisor, later.id).cardPhoto.url).toBe(`/api/photos/${oldCard}`);

      decide(backend, reviewer1, request, approval);
      expect(backend.world.applicants.get(request.applicantId)?.cardPhotoId).toBe(request.newPhotoId);
      // The decided request keeps the photo it was compared with.
      expect(request.cardPhotoId).toBe(oldCard);
      const detail = backend.getRequest(supervisor, later.id);
      expect(detail.cardPhoto.url).toBe(`/api/photos/${request.newPhotoId}`);
      expect(later.version).toBe(laterVersion + 1);
      expect(detail.previousRequests).toEqual([
        expect.objectContaining({ id: request.id, status: 'approved', reasonCodes: [], note: '' }),
      ]);
      // Its reviewer may see the card photo it is now compared with.
      backend.claim(reviewer2, later.id);
      expect(backend.photoFor(reviewer2, request.newPhotoId).id).toBe(request.newPhotoId);
    });

    it('a rejection leaves the card as it was', () => {
      const card = request.cardPhotoId;
      decide(backend, reviewer1, request, rejection);
      expect(backend.world.applicants.get(request.applicantId)?.cardPhotoId).toBe(card);
    });

    it.each<[string, Partial<DecisionInput>, string[]]>([
      [
        'an approval with a failed check',
        { checks: { ...allPass, clarity: 'fail' } },
        ['checks.clarity:must-pass'],
      ],
      ['an approval with reasons', { reasonCodes: ['background'] }, ['reasonCodes:not-allowed']],
      ['an approval with a control character in the note', { note: 'ok\u0007' }, ['note:control-character']],
    ])('refuses %s', (_name, change, fields) => {
      const version = request.version;
      const problem = problemOf(() => decide(backend, reviewer1, request, { ...approval, ...change }));
      expect(problem).toMatchObject({ type: urn('validation-failed'), status: 400 });
      expect(fieldsOf(problem)).toEqual(fields);
      expect(request).toMatchObject({ status: 'pending', version });
      expect(request.claim?.holderId).toBe(reviewer1.id);
    });

    it.each<[string, Partial<DecisionInput>, string[]]>([
      ['a rejection without reasons', { reasonCodes: [] }, ['reasonCodes:required']],
      ['a rejection with a reason twice', { reasonCodes: ['blurred', 'blurred'] }, ['reasonCodes:duplicate']],
      ['a rejection without a note', { note: '' }, ['note:required']],
      ['a rejection whose note is only spaces', { note: ' \n\t\u3000 ' }, ['note:required']],
      ['a note over 500 characters', { note: '照'.repeat(501) }, ['note:too_big']],
      ['a note with a NUL', { note: '照片\u0000背景' }, ['note:control-character']],
      ['a note with an escape', { note: '\u001b[31m红色' }, ['note:control-character']],
      ['a note with a C1 control', { note: '照片\u0085背景' }, ['note:control-character']],
      ['a note with a lone surrogate', { note: '照片\ud800' }, ['note:control-character']],
    ])('refuses %s', (_name, change, fields) => {
      const problem = problemOf(() => decide(backend, reviewer1, request, { ...rejection, ...change }));
      expect(problem.status).toBe(400);
      expect(fieldsOf(problem)).toEqual(fields);
      expect(request.status).toBe('pending');
    });

    it('accepts line breaks, tabs and bidirectional marks in a note, and an approval without one', () => {
      const note = '第一行\r\n第二行\t\u202bمرحبا\u202c \u2067名字\u2069';
      const { decision } = decide(backend, reviewer1, request, { ...rejection, note });
      expect(decision.note).toBe(note);
      const other = nthWaiting(backend, 0);
      backend.claim(reviewer1, other.id);
      expect(decide(backend, reviewer1, other, approval).decision.note).toBe('');
      const third = nthWaiting(backend, 0);
      backend.claim(reviewer1, third.id);
      expect(decide(backend, reviewer1, third, { ...approval, note: '  照片合格  ' }).decision.note).toBe(
        '照片合格',
      );
    });

    it('refuses bodies that are not a decision, naming the fields', () => {
      const cases: Array<[unknown, string[]]> = [
        [{ ...approval, extra: true }, ['extra:unrecognized_keys']],
        [{ ...approval, outcome: 'maybe' }, ['outcome:invalid_value']],
        [
          { ...approval, checks: { background: 'pass' } },
          [
            'checks.clarity:invalid_value',
            'checks.facialFeatures:invalid_value',
            'checks.noOrnaments:invalid_value',
          ],
        ],
        [{ outcome: 'approved' }, ['checks:invalid_type', 'reasonCodes:invalid_type', 'note:invalid_type']],
        [[approval], ['(body):invalid_type']],
      ];
      for (const [body, fields] of cases) {
        const problem = problemOf(() => decide(backend, reviewer1, request, body));
        expect.soft(problem.status).toBe(400);
        expect.soft(fieldsOf(problem), JSON.stringify(body)).toEqual(fields);
      }
      expect(request.status).toBe('pending');
    });

    it('needs an Idempotency-Key of 8 to 100 characters', () => {
      for (const idempotencyKey of [null, '', '   ']) {
        expect(
          problemOf(() => decide(backend, reviewer1, request, approval, { idempotencyKey })),
        ).toMatchObject({
          type: urn('idempotency-key-missing'),
          status: 400,
        });
      }
      for (const idempotencyKey of ['1234567', 'k'.repeat(101)]) {
        const problem = problemOf(() => decide(backend, reviewer1, request, approval, { idempotencyKey }));
        expect(problem.type).toBe(urn('validation-failed'));
        expect(fieldsOf(problem)).toEqual(['Idempotency-Key:length']);
      }
      expect(request.status).toBe('pending');
    });

    it('needs If-Match with the version, quoted or not', () => {
      const missing = problemOf(() => decide(backend, reviewer1, request, approval, { ifMatch: null }));
      expect(missing).toMatchObject({ type: urn('validation-failed'), status: 400 });
      expect(fieldsOf(missing)).toEqual(['If-Match:required']);
      for (const ifMatch of ['*', 'W/"2"', '"2", "3"', '"abc"', '"0"', 'seven']) {
        expect(fieldsOf(problemOf(() => decide(backend, reviewer1, request, approval, { ifMatch })))).toEqual(
          ['If-Match:format'],
        );
      }
      // Header and body errors come together.
      const both = problemOf(() =>
        decide(backend, reviewer1, request, { ...rejection, note: '' }, { ifMatch: null }),
      );
      expect(fieldsOf(both)).toEqual(['If-Match:required', 'note:required']);
      expect(
        decide(backend, reviewer1, request, approval, { ifMatch: ` ${request.version} ` }).decision.outcome,
      ).toBe('approved');
    });

    it('a stale If-Match is refused with 412 and changes nothing', () => {
      const version = request.version;
      const problem = problemOf(() =>
        decide(backend, reviewer1, request, approval, { ifMatch: `"${version - 1}"` }),
      );
      expect(problem).toMatchObject({ type: urn('version-mismatch'), status: 412 });
      expect(problem.detail).toContain(String(version));
      expect(request).toMatchObject({ status: 'pending', version });
      expect(
        problemOf(() => decide(backend, reviewer1, request, approval, { ifMatch: `"${version + 1}"` }))
          .status,
      ).toBe(412);
    });

    it('a decision after the lease has expired is refused: the lease is lost', () => {
      const seen = `"${request.version}"`;
      backend.advanceClock(TTL_SECONDS);
      expect(problemOf(() => decide(backend, reviewer1, request, approval, { ifMatch: seen }))).toMatchObject(
        {
          type: urn('lease-lost'),
          status: 409,
        },
      );
      expect(request).toMatchObject({ status: 'pending', claim: null });
    });

    it('only the holder may decide; a decided request cannot be decided again', () => {
      expect(problemOf(() => decide(backend, reviewer2, request, approval)).type).toBe(urn('lease-lost'));
      decide(backend, reviewer1, request, rejection);
      expect(problemOf(() => decide(backend, reviewer1, request, approval))).toMatchObject({
        type: urn('not-claimable'),
        status: 409,
      });
      expect(request.status).toBe('rejected');
    });

    it('supervisors may not decide, and an unknown request is not found', () => {
      expect(problemOf(() => decide(backend, supervisor, request, approval))).toMatchObject({
        type: urn('forbidden'),
        status: 403,
      });
      expect(
        problemOf(() =>
          backend.decide(reviewer1, 'rq-unknown-1', { idempotencyKey: newKey(), ifMatch: '"1"' }, approval),
        ),
      ).toMatchObject({ type: urn('not-found'), status: 404 });
    });
  });

  describe("the machine's verdicts", () => {
    const machine = {
      noOrnaments: { verdict: 'unsure', disputed: false },
      background: { verdict: 'likely-fail', disputed: true },
      clarity: { verdict: 'likely-pass', disputed: false },
    } as const;

    it('are recorded with the decision and returned in the checks’ order, on the decision and the request', () => {
      const headers = { idempotencyKey: newKey(), ifMatch: `"${request.version}"` };
      const { decision, replayed } = backend.decide(reviewer1, request.id, headers, { ...approval, machine });
      expect(replayed).toBe(false);
      expect(decision.machine).toEqual(machine);
      expect(Object.keys(decision.machine)).toEqual(['background', 'clarity', 'noOrnaments']);
      const record = backend.world.decisions.get(decision.id);
      expect(record?.machine).toEqual(machine);
      expect(backend.getRequest(supervisor, request.id).decision?.machine).toEqual(machine);
      // A retry gets them again; the answer is a copy, the record stays as it was.
      const retry = backend.decide(reviewer1, request.id, headers, { ...approval, machine });
      expect(retry).toEqual({ decision, replayed: true });
      retry.decision.machine.background = { verdict: 'unsure', disputed: false };
      expect(backend.world.decisions.get(decision.id)?.machine).toEqual(machine);
    });

    it('are empty when the client sent none, and an empty object is the same body', () => {
      const headers = { idempotencyKey: newKey(), ifMatch: `"${request.version}"` };
      const { decision } = backend.decide(reviewer1, request.id, headers, approval);
      expect(decision.machine).toEqual({});
      expect(backend.decide(reviewer1, request.id, headers, { ...approval, machine: {} })).toEqual({
        decision,
        replayed: true,
      });
    });

    it('are part of the body a key stands for: other verdicts or disputes are another decision', () => {
      const headers = { idempotencyKey: newKey(), ifMatch: `"${request.version}"` };
      backend.decide(reviewer1, request.id, headers, { ...approval, machine });
      const reused = { type: urn('idempotency-key-reused'), status: 422 };
      for (const other of [
        {},
        { ...machine, background: { verdict: 'likely-fail', disputed: false } },
        { ...machine, facialFeatures: { verdict: 'unsure', disputed: false } },
      ]) {
        expect(
          problemOf(() => backend.decide(reviewer1, request.id, headers, { ...approval, machine: other })),
        ).toMatchObject(reused);
      }
      // Member order does not matter.
      const reordered = {
        clarity: machine.clarity,
        background: machine.background,
        noOrnaments: machine.noOrnaments,
      };
      expect(
        backend.decide(reviewer1, request.id, headers, { ...approval, machine: reordered }).replayed,
      ).toBe(true);
    });

    it('an unsure verdict cannot be disputed: 400 naming each such check, and nothing is decided', () => {
      const version = request.version;
      const problem = problemOf(() =>
        decide(backend, reviewer1, request, {
          ...approval,
          machine: {
            background: { verdict: 'likely-pass', disputed: true },
            facialFeatures: { verdict: 'unsure', disputed: true },
            noOrnaments: { verdict: 'unsure', disputed: true },
          },
        }),
      );
      expect(problem).toMatchObject({ type: urn('validation-failed'), status: 400 });
      expect(fieldsOf(problem)).toEqual([
        'machine.facialFeatures:not-allowed',
        'machine.noOrnaments:not-allowed',
      ]);
      expect(request).toMatchObject({ status: 'pending', version });
    });

    it('refuses verdicts that are not the contract’s, naming the fields', () => {
      const cases: Array<[unknown, string[]]> = [
        [{ eyes: { verdict: 'likely-pass', disputed: false } }, ['machine.eyes:unrecognized_keys']],
        [{ clarity: { verdict: 'pass', disputed: false } }, ['machine.clarity.verdict:invalid_value']],
        [{ clarity: { verdict: 'likely-pass' } }, ['machine.clarity.disputed:invalid_type']],
        [
          { clarity: { verdict: 'likely-pass', disputed: false, score: 3 } },
          ['machine.clarity.score:unrecognized_keys'],
        ],
        [['likely-pass'], ['machine:invalid_type']],
        [null, ['machine:invalid_type']],
      ];
      for (const [value, fields] of cases) {
        const problem = problemOf(() => decide(backend, reviewer1, request, { ...approval, machine: value }));
        expect.soft(problem.status).toBe(400);
        expect.soft(fieldsOf(problem), JSON.stringify(value)).toEqual(fields);
      }
      expect(request.status).toBe('pending');
    });
  });

  describe('idempotency', () => {
    it('a retry with the same key and body gets the first decision again, once recorded', () => {
      const headers = { idempotencyKey: newKey(), ifMatch: `"${request.version}"` };
      const first = backend.decide(reviewer1, request.id, headers, rejection);
      const version = request.version;
      // The claim went with the decision and the clock moved on: a retry is still answered.
      backend.advanceClock(TTL_SECONDS * 2);
      const retry = backend.decide(reviewer1, request.id, headers, { ...rejection });
      expect(retry).toEqual({ decision: first.decision, replayed: true });
      // Member order does not make a different body.
      const reordered = {
        note: rejection.note,
        reasonCodes: ['background'],
        checks: rejection.checks,
        outcome: 'rejected',
      };
      expect(backend.decide(reviewer1, request.id, headers, reordered).decision.id).toBe(first.decision.id);
      expect(
        backend.world.audit.filter((e) => e.requestId === request.id && e.action === 'decision'),
      ).toHaveLength(1);
      expect([...backend.world.decisions.values()].filter((d) => d.requestId === request.id)).toHaveLength(1);
      expect(request.version).toBe(version);
    });

    it('the same key with a different body or for another request is refused with 422', () => {
      const headers = { idempotencyKey: newKey(), ifMatch: `"${request.version}"` };
      backend.decide(reviewer1, request.id, headers, rejection);
      const reused = { type: urn('idempotency-key-reused'), status: 422 };
      expect(
        problemOf(() =>
          backend.decide(reviewer1, request.id, headers, { ...rejection, note: '另一条说明。' }),
        ),
      ).toMatchObject(reused);
      expect(problemOf(() => backend.decide(reviewer1, request.id, headers, approval))).toMatchObject(reused);
      const other = nthWaiting(backend, 0);
      backend.claim(reviewer1, other.id);
      expect(
        problemOf(() =>
          backend.decide(reviewer1, other.id, { ...headers, ifMatch: `"${other.version}"` }, rejection),
        ),
      ).toMatchObject(reused);
      expect(other.status).toBe('pending');
    });

    it('keys belong to a user: another reviewer may use the same key for their own decision', () => {
      const idempotencyKey = newKey();
      decide(backend, reviewer1, request, approval, { idempotencyKey });
      const other = nthWaiting(backend, 0);
      backend.claim(reviewer2, other.id);
      const { decision, replayed } = decide(backend, reviewer2, other, approval, { idempotencyKey });
      expect(replayed).toBe(false);
      expect(decision.requestId).toBe(other.id);
    });

    it('a retry of an undone decision still gets the first answer, and never decides again', () => {
      const headers = { idempotencyKey: newKey(), ifMatch: `"${request.version}"` };
      const first = backend.decide(reviewer1, request.id, headers, approval);
      backend.undo(reviewer1, first.decision.id);
      const retry = backend.decide(reviewer1, request.id, headers, approval);
      expect(retry).toEqual({ decision: first.decision, replayed: true });
      expect(request.status).toBe('pending');
      expect(request.claim?.holderId).toBe(reviewer1.id);
    });
  });

  describe('undo', () => {
    it('the reviewer who approved takes it back within the minute: the old card photo returns and the request is theirs again', () => {
      const later = resubmit(backend, request);
      const oldCard = request.cardPhotoId;
      const { decision } = decide(backend, reviewer1, request, approval);
      backend.advanceClock(59);
      const versionAfterDecision = request.version;
      const detail = backend.undo(reviewer1, decision.id);
      expect(detail).toMatchObject({
        id: request.id,
        status: 'in_review',
        decision: null,
        version: versionAfterDecision + 1,
      });
      expect(detail.claim).toEqual({
        holder: { id: reviewer1.id, displayName: '张敏' },
        claimedAt: new Date(T0 + 59_000).toISOString(),
        expiresAt: new Date(T0 + 59_000 + TTL_SECONDS * 1000).toISOString(),
      });
      expect(detail.cardPhoto.url).toBe(`/api/photos/${oldCard}`);
      expect(backend.world.applicants.get(request.applicantId)?.cardPhotoId).toBe(oldCard);
      expect(backend.getRequest(supervisor, later.id).cardPhoto.url).toBe(`/api/photos/${oldCard}`);
      expect(backend.myClaims(reviewer1).items.map((r) => r.id)).toEqual([request.id]);
      expect(backend.world.audit.filter((e) => e.requestId === request.id).at(-1)).toMatchObject({
        action: 'undo',
        actorId: reviewer1.id,
        detail: 'approved',
      });
      // Decided again, with a new key: a new decision.
      const again = decide(backend, reviewer1, request, rejection);
      expect(again.decision.id).not.toBe(decision.id);
      expect(request.status).toBe('rejected');
    });

    it('an undone rejection waits again, held by its reviewer', () => {
      const { decision } = decide(backend, reviewer1, request, rejection);
      const detail = backend.undo(reviewer1, decision.id);
      expect(detail.status).toBe('in_review');
      expect(detail.previousRequests).toEqual([]);
      expect(request).toMatchObject({ status: 'pending', decisionId: null });
    });

    it('only the reviewer who decided may undo; an unknown decision is not found', () => {
      const { decision } = decide(backend, reviewer1, request, approval);
      for (const actor of [reviewer2, supervisor]) {
        expect(problemOf(() => backend.undo(actor, decision.id))).toMatchObject({
          type: urn('forbidden'),
          status: 403,
        });
      }
      expect(problemOf(() => backend.undo(reviewer1, 'dc-unknown-1'))).toMatchObject({
        type: urn('not-found'),
        status: 404,
      });
      expect(request.status).toBe('approved');
    });

    it('is refused once the minute has passed', () => {
      const { decision } = decide(backend, reviewer1, request, approval);
      backend.advanceClock(60);
      expect(problemOf(() => backend.undo(reviewer1, decision.id))).toMatchObject({
        type: urn('undo-unavailable'),
        status: 409,
      });
      expect(request.status).toBe('approved');
      expect(backend.world.applicants.get(request.applicantId)?.cardPhotoId).toBe(request.newPhotoId);
    });

    it('is refused once someone has acted on the request since', () => {
      const { decision } = decide(backend, reviewer1, request, rejection);
      request.version += 1; // as any later change of the request would
      expect(problemOf(() => backend.undo(reviewer1, decision.id)).type).toBe(urn('undo-unavailable'));
      expect(request.status).toBe('rejected');
    });

    it('is refused once a later approval has replaced the card photo again', () => {
      const later = resubmit(backend, request);
      const { decision } = decide(backend, reviewer1, request, approval);
      backend.claim(reviewer2, later.id);
      decide(backend, reviewer2, later, approval);
      expect(problemOf(() => backend.undo(reviewer1, decision.id)).type).toBe(urn('undo-unavailable'));
      expect(backend.world.applicants.get(request.applicantId)?.cardPhotoId).toBe(later.newPhotoId);
    });

    it('a decision is undone once', () => {
      const { decision } = decide(backend, reviewer1, request, approval);
      backend.undo(reviewer1, decision.id);
      expect(problemOf(() => backend.undo(reviewer1, decision.id))).toMatchObject({
        type: urn('undo-unavailable'),
        status: 409,
      });
      expect(backend.world.audit.filter((e) => e.action === 'undo')).toHaveLength(1);
    });

    it('gives the request back even to a reviewer at the claim limit', () => {
      const { decision } = decide(backend, reviewer1, request, approval);
      for (let i = 0; i < CLAIM_LIMIT; i++) backend.claimNext(reviewer1);
      backend.undo(reviewer1, decision.id);
      expect(backend.myClaims(reviewer1).items).toHaveLength(CLAIM_LIMIT + 1);
    });
  });

  describe('skip', () => {
    it('gives the request back with the reason in the audit', () => {
      const version = request.version;
      backend.skip(reviewer1, request.id, { reason: 'needs-supervisor', note: ' 证件号与姓名不一致 ' });
      expect(request).toMatchObject({ status: 'pending', claim: null, version: version + 1 });
      expect(backend.world.claimed.has(request.id)).toBe(false);
      expect(backend.world.audit.at(-1)).toMatchObject({
        requestId: request.id,
        actorId: reviewer1.id,
        action: 'skip',
        detail: 'needs-supervisor: 证件号与姓名不一致',
      });
      const other = nthWaiting(backend, 1);
      backend.claim(reviewer1, other.id);
      backend.skip(reviewer1, other.id, { reason: 'unsure' });
      expect(backend.world.audit.at(-1)?.detail).toBe('unsure');
    });

    it('claim-next passes the request over for the reviewer who skipped it for 30 minutes, not for others', () => {
      backend.skip(reviewer1, request.id, { reason: 'unsure' });
      const instead = backend.claimNext(reviewer1);
      expect(instead?.id).not.toBe(request.id);
      expect(instead?.id).toBe(nthWaiting(backend, 1).id);
      expect(backend.claimNext(reviewer2)?.id).toBe(request.id);

      backend.advanceClock(30 * 60 - 1); // every lease has run out by now
      expect(backend.claimNext(reviewer1)?.id).not.toBe(request.id);
      backend.advanceClock(1);
      for (const held of backend.myClaims(reviewer1).items) backend.release(reviewer1, held.id);
      expect(backend.claimNext(reviewer1)?.id).toBe(request.id);
    });

    it('the skipper may still claim the request on purpose', () => {
      backend.skip(reviewer1, request.id, { reason: 'technical-problem' });
      expect(backend.claim(reviewer1, request.id).claim?.holder.id).toBe(reviewer1.id);
    });

    it('an empty queue apart from a skipped request has nothing for the skipper', () => {
      const small = makeBackend({ pendingCount: 1 });
      const [a, b] = [user(small, 'reviewer1'), user(small, 'reviewer2')];
      const only = small.claimNext(a);
      small.skip(a, only?.id ?? '', { reason: 'unsure' });
      expect(small.claimNext(a)).toBeNull();
      expect(small.claimNext(b)?.id).toBe(only?.id);
    });

    it('needs the claim and a valid body', () => {
      expect(problemOf(() => backend.skip(reviewer2, request.id, { reason: 'unsure' }))).toMatchObject({
        type: urn('lease-lost'),
        status: 409,
      });
      expect(problemOf(() => backend.skip(supervisor, request.id, { reason: 'unsure' })).status).toBe(403);
      expect(problemOf(() => backend.skip(reviewer1, 'rq-unknown-1', { reason: 'unsure' })).status).toBe(404);
      const invalid: Array<[unknown, string[]]> = [
        [{ reason: 'bored' }, ['reason:invalid_value']],
        [{}, ['reason:invalid_value']],
        [{ reason: 'other', note: 'x'.repeat(201) }, ['note:too_big']],
        [{ reason: 'other', note: '第一行\n第二行' }, ['note:control-character']],
        [{ reason: 'other', why: 'x' }, ['why:unrecognized_keys']],
      ];
      for (const [body, fields] of invalid) {
        const problem = problemOf(() => backend.skip(reviewer1, request.id, body));
        expect.soft(problem.status).toBe(400);
        expect.soft(fieldsOf(problem), JSON.stringify(body)).toEqual(fields);
      }
      expect(request.claim?.holderId).toBe(reviewer1.id);
      backend.advanceClock(TTL_SECONDS);
      expect(problemOf(() => backend.skip(reviewer1, request.id, { reason: 'unsure' })).type).toBe(
        urn('lease-lost'),
      );
    });
  });

  describe('history', () => {
    it('lists the request’s events oldest first, with their actors, for its holder and supervisors', () => {
      backend.getRequest(reviewer1, request.id);
      backend.skip(reviewer1, request.id, { reason: 'unsure' });
      backend.claim(reviewer2, request.id);
      backend.advanceClock(TTL_SECONDS);
      backend.claim(reviewer2, request.id);
      const { items } = backend.history(reviewer2, request.id);
      expect(items.map((e) => [e.action, e.actor?.displayName])).toEqual([
        ['claim', '张敏'],
        ['view', '张敏'],
        ['skip', '张敏'],
        ['claim', '李伟'],
        ['lease-expired', '李伟'],
        ['claim', '李伟'],
      ]);
      expect(items[2]?.detail).toBe('unsure');
      expect(items[4]?.at).toBe(new Date(T0 + TTL_SECONDS * 1000).toISOString());
      expect(items.map((e) => e.id)).toEqual([...items.map((e) => e.id)].sort((a, b) => a - b));
      // Reading the history is not an opening of the request's personal data.
      const views = backend.world.audit.filter((e) => e.action === 'view').length;
      expect(backend.history(supervisor, request.id).items).toEqual(items);
      expect(backend.world.audit.filter((e) => e.action === 'view')).toHaveLength(views);
    });

    it('is refused to reviewers who do not hold the request; an unknown request is not found', () => {
      expect(problemOf(() => backend.history(reviewer2, request.id))).toMatchObject({
        type: urn('forbidden'),
        status: 403,
      });
      expect(problemOf(() => backend.history(supervisor, 'rq-unknown-1')).status).toBe(404);
    });

    it('shows a decision and its undo', () => {
      const { decision } = decide(backend, reviewer1, request, rejection);
      backend.undo(reviewer1, decision.id);
      const items = backend.history(reviewer1, request.id).items;
      expect(items.slice(-2).map((e) => [e.action, e.detail])).toEqual([
        ['decision', 'rejected: background'],
        ['undo', 'rejected'],
      ]);
    });
  });
});

describe('the seeded history', () => {
  const backend = makeBackend();
  const supervisor = user(backend, 'supervisor1');
  const decided = backend.world.requests.filter((r) => r.status !== 'pending');
  const laterOf = (earlier: RequestRecord) => {
    const later = waiting(backend).find((r) => r.applicantId === earlier.applicantId);
    if (!later) throw new Error(`no resubmission for ${earlier.id}`);
    return later;
  };

  it('about 12% of the waiting requests resubmit after a rejection and 5% after an approval', () => {
    expect(decided.filter((r) => r.status === 'rejected')).toHaveLength(5); // of 40
    expect(decided.filter((r) => r.status === 'approved')).toHaveLength(2);
    const big = makeBackend({ pendingCount: 300 }).world.requests;
    expect(big.filter((r) => r.status === 'pending')).toHaveLength(300);
    expect(big.filter((r) => r.status === 'rejected')).toHaveLength(36);
    expect(big.filter((r) => r.status === 'approved')).toHaveLength(15);
  });

  it('keeps exactly the asked number of waiting requests, and the oldest of them first', () => {
    for (const pendingCount of [0, 1, 3, 12, 40]) {
      const world = makeBackend({ pendingCount }).world;
      expect(world.requests.filter((r) => r.status === 'pending')).toHaveLength(pendingCount);
      const firstDecided = world.requests.findIndex((r) => r.status !== 'pending');
      if (firstDecided !== -1)
        expect(firstDecided).toBeGreaterThanOrEqual(Math.min(OLDEST_WAITING_FIRST, pendingCount));
    }
  });

  it('a resubmission after a rejection shows why the earlier request was rejected', () => {
    for (const earlier of decided.filter((r) => r.status === 'rejected')) {
      const later = laterOf(earlier);
      const detail = backend.getRequest(supervisor, later.id);
      const decision = backend.world.decisions.get(earlier.decisionId ?? '');
      expect(detail.previousRequests).toHaveLength(1);
      const previous = detail.previousRequests[0];
      expect(previous).toMatchObject({ id: earlier.id, number: earlier.number, status: 'rejected' });
      expect(previous?.reasonCodes.length).toBeGreaterThanOrEqual(1);
      expect(previous?.reasonCodes.length).toBeLessThanOrEqual(2);
      expect(previous?.reasonCodes).toEqual(decision?.reasonCodes);
      expect(previous?.note).toMatch(/[\u4e00-\u9fff]/);
      expect(previous?.note).toMatch(/。$/);
      const decidedAt = Date.parse(previous?.decidedAt ?? '');
      expect(later.submittedAt - decidedAt).toBeGreaterThanOrEqual(24 * 3600 * 1000);
      expect(later.submittedAt - decidedAt).toBeLessThanOrEqual(21 * 24 * 3600 * 1000);
      // Compared with the same card as before: a rejection changes nothing on it.
      expect(earlier.cardPhotoId).toBe(later.cardPhotoId);
      expect(detail.decision).toBeNull();
    }
  });

  it('a resubmission after an approval is compared with the approved photo', () => {
    for (const earlier of decided.filter((r) => r.status === 'approved')) {
      const later = laterOf(earlier);
      expect(later.cardPhotoId).toBe(earlier.newPhotoId);
      expect(backend.world.applicants.get(later.applicantId)?.cardPhotoId).toBe(earlier.newPhotoId);
      expect(backend.getRequest(supervisor, later.id).previousRequests).toEqual([
        expect.objectContaining({ id: earlier.id, status: 'approved', reasonCodes: [], note: '' }),
      ]);
    }
  });

  it('earlier requests are whole: a decision by a reviewer, checks that fit, and audited claim and decision', () => {
    const reviewers = new Set(backend.world.users.filter((u) => u.role === 'reviewer').map((u) => u.id));
    for (const earlier of decided) {
      const decision = backend.world.decisions.get(earlier.decisionId ?? '');
      if (!decision) throw new Error(`no decision for ${earlier.id}`);
      expect(decision.outcome).toBe(earlier.status);
      expect(reviewers.has(decision.decidedBy)).toBe(true);
      if (decision.outcome === 'approved')
        expect(Object.values(decision.checks)).toEqual(['pass', 'pass', 'pass', 'pass']);
      else expect(Object.values(decision.checks)).toContain('fail');
      const detail = backend.getRequest(supervisor, earlier.id);
      expect(detail.decision?.id).toBe(decision.id);
      const events = backend.history(supervisor, earlier.id).items.filter((e) => e.action !== 'view');
      expect(events.map((e) => e.action)).toEqual(['claim', 'decision']);
      expect(events.every((e) => e.actor?.id === decision.decidedBy)).toBe(true);
      const [claimedAt, decidedAt] = events.map((e) => Date.parse(e.at));
      expect(earlier.submittedAt).toBeLessThan(claimedAt ?? 0);
      expect(claimedAt).toBeLessThan(decidedAt ?? 0);
      expect(decidedAt).toBe(decision.decidedAt);
      // Long past: not even its reviewer can undo it now.
      const decider = backend.world.users.find((u) => u.id === decision.decidedBy);
      if (!decider) throw new Error('no decider');
      expect(problemOf(() => backend.undo(decider, decision.id)).type).toBe(urn('undo-unavailable'));
    }
    const ids = backend.world.audit.map((e) => e.id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
  });
});

describe('resetting and auditing photo views', () => {
  it('puts the clock back, so that the same seed gives the same world after time has moved', () => {
    const backend = makeBackend({ pendingCount: 10 });
    const before = backend.world.requests.map((r) => [r.id, r.submittedAt]);
    backend.advanceClock(3600);
    backend.reset(7, 10);
    expect(backend.world.requests.map((r) => [r.id, r.submittedAt])).toEqual(before);
  });

  it('builds the same world at a given instant whatever the real time, and keeps time from there', () => {
    let real = T0;
    const backend = makeBackend({ pendingCount: 10, clock: createClock(() => real) });
    const at = T0 - 5 * 3600_000;
    backend.reset(7, 10, 0, at);
    const first = backend.world.requests.map((r) => [r.number, r.submittedAt]);
    expect(backend.clock.now()).toBe(at);
    real += 90_000;
    expect(backend.clock.now()).toBe(at + 90_000);
    real += 7 * 3600_000;
    backend.reset(7, 10, 0, at);
    expect(backend.world.requests.map((r) => [r.number, r.submittedAt])).toEqual(first);
  });

  it('records who saw a photo, once per person and request within ten minutes', () => {
    const backend = makeBackend({ pendingCount: 5 });
    const reviewer = user(backend, 'reviewer1');
    const detail = backend.claimNext(reviewer);
    const photoId = detail?.newPhoto.url.split('/').pop() ?? '';
    backend.photoFor(reviewer, photoId);
    backend.photoFor(reviewer, photoId);
    const views = () =>
      backend.world.audit.filter(
        (e) => e.requestId === detail?.id && e.action === 'view' && e.detail === 'photo',
      );
    expect(views()).toHaveLength(1);
    backend.advanceClock(5 * 60);
    backend.heartbeat(reviewer, detail?.id ?? '');
    backend.advanceClock(6 * 60);
    backend.photoFor(reviewer, photoId);
    expect(views()).toHaveLength(2);
  });
});

describe('the ground-truth mock control', () => {
  it('finds waiting, unclaimed requests by the variant of their new photo', () => {
    const backend = makeBackend();
    const blurred = backend.findByVariant('blurred').items;
    expect(blurred.length).toBeGreaterThan(0);
    for (const item of blurred) {
      const request = backend.world.requestsById.get(item.id);
      const libraryId = request ? backend.world.photos.get(request.newPhotoId)?.libraryId : undefined;
      expect(libraryId?.endsWith('-new-blur')).toBe(true);
    }
    const first = blurred[0];
    if (!first) throw new Error('no blurred request');
    backend.claim(user(backend, 'reviewer1'), first.id);
    expect(backend.findByVariant('blurred').items.map((i) => i.id)).not.toContain(first.id);
    expect(backend.findByVariant('no-such-variant').items).toEqual([]);
  });

  it('says which requests compare against another person: a few, deliberately', () => {
    const backend = makeBackend({ pendingCount: 300 });
    const person = (photoId: string) => backend.world.photos.get(photoId)?.libraryId.split('-')[0];
    const waiting = backend.world.requests.filter((r) => r.status === 'pending');
    const different = waiting.filter((r) => person(r.newPhotoId) !== person(r.cardPhotoId));
    expect(different.length).toBeGreaterThan(0);
    expect(different.length).toBeLessThan(waiting.length * 0.1);
    const found = backend.findByVariant('different-person').items;
    expect(found.map((i) => i.id).sort()).toEqual(different.map((r) => r.id).sort());
    expect(found.every((i) => !i.samePerson)).toBe(true);
    const compliant = backend.findByVariant('compliant').items;
    expect(compliant.length).toBeGreaterThan(100);
    expect(compliant.filter((i) => i.samePerson).length).toBeGreaterThan(compliant.length * 0.8);
  });
});

describe('revealing an ID number', () => {
  it('shows the holder the full number and writes the reason to the audit; everyone else is refused', () => {
    const backend = makeBackend();
    const reviewer1 = user(backend, 'reviewer1');
    const reviewer2 = user(backend, 'reviewer2');
    const supervisor = user(backend, 'supervisor1');
    const held = backend.claimNext(reviewer1);
    if (!held) throw new Error('nothing to claim');
    const reason = 'Applicant at the counter asked to confirm';
    const { idNumber } = backend.revealIdNumber(reviewer1, held.id, { reason });
    expect(idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(idNumber.slice(0, 6) + '********' + idNumber.slice(14)).toBe(held.applicant.idNumberMasked);
    expect(backend.world.audit.at(-1)).toMatchObject({
      requestId: held.id,
      actorId: reviewer1.id,
      action: 'reveal',
      detail: reason,
    });

    expect(problemOf(() => backend.revealIdNumber(reviewer2, held.id, { reason })).status).toBe(409);
    expect(problemOf(() => backend.revealIdNumber(supervisor, held.id, { reason })).status).toBe(403);
    expect(problemOf(() => backend.revealIdNumber(reviewer1, held.id, { reason: '  ok ' })).status).toBe(400);
    expect(problemOf(() => backend.revealIdNumber(reviewer1, held.id, {})).status).toBe(400);
    expect(backend.world.audit.filter((event) => event.action === 'reveal')).toHaveLength(1);
  });
});
