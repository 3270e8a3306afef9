// @vitest-environment node
import type { Problem, RequestSort, RequestSummary } from '../../src/api/generated/zod';
import { CLAIM_LIMIT, MockBackend, SESSION_TTL_MS, type BackendOptions } from './backend';
import { createClock } from './clock';
import type { ListQuery } from './list-query';
import { ProblemError } from './problems';
import type { RequestRecord, UserRecord } from './records';
import type { PhotoLibraryIndex } from './world';

/** 2026-11-26 10:00 in Shanghai: a fixed instant, so that worlds built in different runs agree. */
const T0 = Date.parse('2026-11-26T02:00:00Z');
const TTL_SECONDS = 600;

/** A hand-made photo library: three people, each with a card photo and two new photos. */
function smallLibrary(): PhotoLibraryIndex {
  const people = ['p1', 'p2', 'p3'].map((personId) => ({
    personId,
    cardPhotoId: `${personId}-card`,
    newPhotoIds: [`${personId}-new-ok`, `${personId}-new-blur`],
  }));
  const photos = new Map<string, { width: number; height: number; bytes: number; variant: string }>();
  for (const person of people) {
    photos.set(person.cardPhotoId, { width: 358, height: 441, bytes: 20_000, variant: 'compliant' });
    photos.set(`${person.personId}-new-ok`, { width: 358, height: 441, bytes: 21_000, variant: 'compliant' });
    photos.set(`${person.personId}-new-blur`, { width: 358, height: 441, bytes: 18_000, variant: 'blurred' });
  }
  return { people, photos };
}

const library = smallLibrary();

function makeBackend(options: Partial<BackendOptions> = {}): MockBackend {
  return new MockBackend({ library, seed: 7, pendingCount: 40, clock: createClock(() => T0), ...options });
}

function user(backend: MockBackend, username: string): UserRecord {
  const found = backend.world.users.find((u) => u.username === username);
  if (!found) throw new Error(`no user ${username}`);
  return found;
}

/** Runs a call that must break a rule and returns the problem document it was refused with. */
function problemOf(call: () => unknown): Problem {
  try {
    call();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected the call to be refused with a problem');
}

const urn = (slug: string) => `urn:photo-review:problem:${slug}`;

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
    ...overrides,
  };
}

function nthRequest(backend: MockBackend, index: number): RequestRecord {
  const request = backend.world.requests[index];
  if (!request) throw new Error(`no request at ${index}`);
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
      const request = nthRequest(backend, 0);
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
      const detail = backend.claim(reviewer1, nthRequest(backend, 0).id);
      expect(Date.parse(detail.claim?.expiresAt ?? '')).toBe(T0 + 30_000);
      backend.advanceClock(30);
      expect(backend.myClaims(reviewer1).items).toEqual([]);
    });

    it('a second reviewer is refused with a claim conflict that names the holder', () => {
      const request = nthRequest(backend, 0);
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
      const request = nthRequest(backend, 0);
      backend.claim(reviewer1, request.id);
      backend.advanceClock(TTL_SECONDS);
      expect(backend.claim(reviewer2, request.id).claim?.holder.id).toBe(reviewer2.id);
    });

    it('claiming again is idempotent for the holder and renews the lease', () => {
      const request = nthRequest(backend, 0);
      const first = backend.claim(reviewer1, request.id);
      backend.advanceClock(400);
      const second = backend.claim(reviewer1, request.id);
      expect(second.claim?.claimedAt).toBe(first.claim?.claimedAt);
      expect(Date.parse(second.claim?.expiresAt ?? '')).toBe(T0 + 400_000 + TTL_SECONDS * 1000);
      expect(second.version).toBe(first.version);
      expect(backend.world.audit.filter((e) => e.action === 'claim')).toHaveLength(1);
      expect(backend.myClaims(reviewer1).items.map((r) => r.id)).toEqual([request.id]);

      // Still held 500 s after the first lease would have ended.
      backend.advanceClock(TTL_SECONDS - 100);
      expect(backend.myClaims(reviewer1).items).toHaveLength(1);
    });

    it('a heartbeat renews the lease', () => {
      const request = nthRequest(backend, 0);
      backend.claim(reviewer1, request.id);
      backend.advanceClock(500);
      const claim = backend.heartbeat(reviewer1, request.id);
      expect(claim.holder).toEqual({ id: reviewer1.id, displayName: reviewer1.displayName });
      expect(Date.parse(claim.claimedAt)).toBe(T0);
      expect(Date.parse(claim.expiresAt)).toBe(T0 + 500_000 + TTL_SECONDS * 1000);
      backend.advanceClock(500);
      expect(backend.myClaims(reviewer1).items).toHaveLength(1);
    });

    it('a heartbeat after the lease expired says the lease is lost', () => {
      const request = nthRequest(backend, 0);
      backend.claim(reviewer1, request.id);
      backend.advanceClock(TTL_SECONDS + 1);
      expect(problemOf(() => backend.heartbeat(reviewer1, request.id))).toMatchObject({
        type: urn('lease-lost'),
        status: 409,
      });
    });

    it('a heartbeat from someone who does not hold the request says the lease is lost', () => {
      const request = nthRequest(backend, 0);
      backend.claim(reviewer1, request.id);
      expect(problemOf(() => backend.heartbeat(reviewer2, request.id)).type).toBe(urn('lease-lost'));
      expect(request.claim?.holderId).toBe(reviewer1.id);
    });

    it('the holder can release a claim, and the request waits again', () => {
      const request = nthRequest(backend, 0);
      backend.claim(reviewer1, request.id);
      backend.release(reviewer1, request.id);
      expect(request.claim).toBeNull();
      expect(backend.getRequest(supervisor, request.id).status).toBe('pending');
      expect(backend.world.audit.map((e) => e.action)).toContain('release');
      expect(problemOf(() => backend.release(reviewer1, request.id)).type).toBe(urn('lease-lost'));
    });

    it('a release by someone who does not hold the request says the lease is lost and changes nothing', () => {
      const request = nthRequest(backend, 0);
      backend.claim(reviewer1, request.id);
      expect(problemOf(() => backend.release(reviewer2, request.id))).toMatchObject({
        type: urn('lease-lost'),
        status: 409,
      });
      expect(request.claim?.holderId).toBe(reviewer1.id);
    });

    it('every change of claim raises the request version', () => {
      const request = nthRequest(backend, 0);
      const start = request.version;
      backend.claim(reviewer1, request.id);
      backend.release(reviewer1, request.id);
      backend.claim(reviewer2, request.id);
      backend.advanceClock(TTL_SECONDS);
      backend.sweep();
      expect(request.version).toBe(start + 4);
    });

    it('a decided request cannot be claimed', () => {
      const request = nthRequest(backend, 0);
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
      backend.claim(reviewer2, nthRequest(backend, 0).id);
      nthRequest(backend, 1).status = 'rejected';
      const next = backend.claimNext(reviewer1);
      expect(next?.id).toBe(nthRequest(backend, 2).id);
      expect(next?.claim?.holder.id).toBe(reviewer1.id);
      expect(backend.claimNext(reviewer1)?.id).toBe(nthRequest(backend, 3).id);
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
      expect(problemOf(() => backend.claim(reviewer1, nthRequest(backend, 20).id))).toMatchObject(limit);
      // The limit is per reviewer.
      expect(backend.claimNext(reviewer2)).not.toBeNull();
    });

    it('renewing a held claim does not count against the limit', () => {
      for (let i = 0; i < CLAIM_LIMIT; i++) backend.claimNext(reviewer1);
      const held = nthRequest(backend, 0);
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
      const id = nthRequest(backend, 0).id;
      const forbidden = { type: urn('forbidden'), status: 403 };
      expect(problemOf(() => backend.claimNext(supervisor))).toMatchObject(forbidden);
      expect(problemOf(() => backend.claim(supervisor, id))).toMatchObject(forbidden);
      backend.claim(reviewer1, id);
      expect(problemOf(() => backend.heartbeat(supervisor, id))).toMatchObject(forbidden);
      expect(problemOf(() => backend.release(supervisor, id))).toMatchObject(forbidden);
      expect(nthRequest(backend, 0).claim?.holderId).toBe(reviewer1.id);
    });

    it('a reviewer cannot open a request they do not hold', () => {
      const id = nthRequest(backend, 0).id;
      expect(problemOf(() => backend.getRequest(reviewer1, id))).toMatchObject({
        type: urn('forbidden'),
        status: 403,
      });
      backend.claim(reviewer2, id);
      expect(problemOf(() => backend.getRequest(reviewer1, id)).status).toBe(403);
    });

    it('the holder and supervisors can open a request, and each opening is audited', () => {
      const id = nthRequest(backend, 0).id;
      backend.claim(reviewer1, id);
      expect(backend.getRequest(reviewer1, id).applicant.idNumberMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(backend.getRequest(supervisor, nthRequest(backend, 5).id).id).toBe(nthRequest(backend, 5).id);
      const views = backend.world.audit.filter((e) => e.action === 'view');
      expect(views.map((e) => e.actorId)).toEqual([reviewer1.id, supervisor.id]);
    });

    it('a holder whose lease expired can no longer open the request', () => {
      const id = nthRequest(backend, 0).id;
      backend.claim(reviewer1, id);
      backend.advanceClock(TTL_SECONDS);
      expect(problemOf(() => backend.getRequest(reviewer1, id)).status).toBe(403);
    });

    it('only supervisors see every claim, oldest first', () => {
      expect(problemOf(() => backend.allClaims(reviewer1))).toMatchObject({
        type: urn('forbidden'),
        status: 403,
      });
      const a = backend.claim(reviewer2, nthRequest(backend, 7).id);
      backend.advanceClock(10);
      const b = backend.claim(reviewer1, nthRequest(backend, 3).id);
      expect(backend.allClaims(supervisor).items.map((r) => r.id)).toEqual([a.id, b.id]);
      expect(backend.myClaims(reviewer1).items.map((r) => r.id)).toEqual([b.id]);
    });

    it('photos are shown only to the holder of a request that shows them, or to a supervisor', () => {
      const request = nthRequest(backend, 0);
      const forbidden = { type: urn('forbidden'), status: 403 };
      expect(problemOf(() => backend.photoFor(reviewer1, request.newPhotoId))).toMatchObject(forbidden);
      backend.claim(reviewer1, request.id);
      expect(backend.photoFor(reviewer1, request.newPhotoId).id).toBe(request.newPhotoId);
      expect(backend.photoFor(reviewer1, request.cardPhotoId).id).toBe(request.cardPhotoId);
      expect(problemOf(() => backend.photoFor(reviewer2, request.newPhotoId))).toMatchObject(forbidden);
      expect(problemOf(() => backend.photoFor(reviewer1, nthRequest(backend, 1).newPhotoId))).toMatchObject(
        forbidden,
      );
      expect(backend.photoFor(supervisor, nthRequest(backend, 1).newPhotoId).id).toBe(
        nthRequest(backend, 1).newPhotoId,
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
      expect(a.world.requests.length).toBe(40);
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
      expect(used.world.requests).toHaveLength(10);
      expect(used.world.requests).toEqual(makeBackend({ seed: 6, pendingCount: 10 }).world.requests);
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
      expect(new Set(backend.world.requests.map((r) => r.number)).size).toBe(40);
    });
  });

  describe('listing requests', () => {
    const list = (overrides: Partial<ListQuery> = {}) => backend.listRequests(reviewer1, query(overrides));
    const ids = (items: RequestSummary[]) => items.map((r) => r.id);

    it('pages through every request in submission order by default', () => {
      const first = list({ pageSize: 15 });
      const second = list({ pageSize: 15, page: 2 });
      const third = list({ pageSize: 15, page: 3 });
      expect([first.total, second.total, third.total]).toEqual([40, 40, 40]);
      expect([first.items.length, second.items.length, third.items.length]).toEqual([15, 15, 10]);
      expect([...ids(first.items), ...ids(second.items), ...ids(third.items)]).toEqual(
        backend.world.requests.map((r) => r.id),
      );
      expect(second).toMatchObject({ page: 2, pageSize: 15 });
    });

    it('a page beyond the end is empty but still gives the total', () => {
      expect(list({ page: 99, pageSize: 25 })).toEqual({ items: [], page: 99, pageSize: 25, total: 40 });
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
      expect(list({ status: ['approved'] }).total).toBe(0);
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
      const target = nthRequest(backend, 12);
      expect(ids(list({ q: target.number.toLowerCase() }).items)).toEqual([target.id]);
      const day = target.number.slice(0, 10);
      const sameDay = backend.world.requests.filter((r) => r.number.startsWith(day));
      expect(list({ q: day.toLowerCase() }).total).toBe(sameDay.length);
      expect(list({ q: 'XYZ' }).total).toBe(0);
    });

    it('filters by submission time, from inclusive and to exclusive', () => {
      const from = nthRequest(backend, 10).submittedAt;
      const to = nthRequest(backend, 20).submittedAt;
      const page = list({ submittedFrom: from, submittedTo: to });
      expect(ids(page.items)).toEqual(backend.world.requests.slice(10, 20).map((r) => r.id));
      expect(list({ submittedFrom: from }).total).toBe(30);
      expect(list({ submittedTo: to }).total).toBe(20);
    });

    it('combines filters', () => {
      backend.claimNext(reviewer1);
      const region = nthRequest(backend, 0).region;
      const page = list({
        status: ['pending'],
        region: [region],
        submittedFrom: nthRequest(backend, 0).submittedAt,
      });
      const expected = backend.world.requests.filter((r) => r.region === region && !r.claim);
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
      backend.claim(reviewer2, nthRequest(backend, 30).id);
      const key = sortKeys[sort.replace('-', '') as keyof typeof sortKeys];
      const items = list({ sort }).items;
      expect(items).toHaveLength(40);
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
      const paged = [1, 2, 3, 4].flatMap((page) => ids(list({ sort: '-region', page, pageSize: 11 }).items));
      expect(paged).toEqual(all);
    });

    it('a reviewer listing requests sees no personal data', () => {
      backend.claimNext(reviewer1);
      const [first] = list().items;
      expect(Object.keys(first ?? {}).sort()).toEqual(
        ['channel', 'claim', 'id', 'number', 'region', 'status', 'submittedAt'].sort(),
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
