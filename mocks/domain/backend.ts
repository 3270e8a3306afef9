import type {
  Claim,
  MockSettingsPatch,
  MockState,
  RequestDetail,
  RequestPage,
  RequestSummary,
} from '../../src/api/generated/zod';
import { createRandom, type Random } from '../lib/random';
import { createClock, type Clock } from './clock';
import type { ListQuery } from './list-query';
import { problems } from './problems';
import type { AuditAction, PhotoRecord, RequestRecord, SessionRecord, UserRecord } from './records';
import { DEFAULT_PENDING_COUNT, DEFAULT_SEED, seedWorld } from './seed';
import { iso, statusOf, toDetail, toRegion, toSummary, toUser } from './serialize';
import type { PhotoLibraryIndex, World } from './world';

export interface MockSettings {
  latencyMs: number;
  failureRate: number;
  leaseTtlSeconds: number;
}

export const defaultSettings: MockSettings = { latencyMs: 0, failureRate: 0, leaseTtlSeconds: 600 };
export const SESSION_TTL_MS = 8 * 3600 * 1000;
/** How many requests one reviewer may hold at once, so that nobody hoards the queue. */
export const CLAIM_LIMIT = 5;

export interface BackendOptions {
  library: PhotoLibraryIndex;
  seed?: number;
  pendingCount?: number;
  clock?: Clock;
  settings?: Partial<MockSettings>;
}

const sortKeys = {
  submittedAt: (r: RequestRecord) => r.submittedAt,
  number: (r: RequestRecord) => r.number,
  region: (r: RequestRecord) => r.region,
  status: (r: RequestRecord) => statusOf(r),
} as const;

/**
 * The mock bureau server's rules, independent of HTTP: sessions, permissions, leases, conflicts and
 * queries. MSW handlers (browser, Node and the local HTTP server) are thin adapters over this class.
 */
export class MockBackend {
  readonly clock: Clock;
  settings: MockSettings;
  world: World;
  private readonly library: PhotoLibraryIndex;
  private pendingCount: number;
  private faults: Random;
  private sessionCounter = 0;

  constructor(options: BackendOptions) {
    this.library = options.library;
    this.clock = options.clock ?? createClock();
    this.settings = { ...defaultSettings, ...options.settings };
    this.pendingCount = options.pendingCount ?? DEFAULT_PENDING_COUNT;
    const seed = options.seed ?? DEFAULT_SEED;
    this.world = seedWorld({
      seed,
      pendingCount: this.pendingCount,
      now: this.clock.now(),
      library: this.library,
    });
    this.faults = createRandom(seed ^ 0x5eed);
  }

  // ---- mock controls ------------------------------------------------------------------------

  reset(seed = this.world.seed, pendingCount = this.pendingCount): MockState {
    this.pendingCount = pendingCount;
    this.world = seedWorld({ seed, pendingCount, now: this.clock.now(), library: this.library });
    this.faults = createRandom(seed ^ 0x5eed);
    this.settings = { ...defaultSettings };
    return this.state();
  }

  updateSettings(patch: MockSettingsPatch): MockState {
    this.settings = { ...this.settings, ...patch };
    return this.state();
  }

  advanceClock(seconds: number): MockState {
    this.clock.advance(seconds);
    this.sweep();
    return this.state();
  }

  state(): MockState {
    return {
      seed: this.world.seed,
      pendingCount: this.pendingCount,
      ...this.settings,
      now: iso(this.clock.now()),
    };
  }

  /** Whether fault injection fails this call; deterministic for a seed and a sequence of calls. */
  shouldFail(): boolean {
    return this.settings.failureRate > 0 && this.faults.next() < this.settings.failureRate;
  }

  // ---- sessions -----------------------------------------------------------------------------

  signIn(username: string, password: string): { session: SessionRecord; user: UserRecord } {
    const user = this.world.users.find((u) => u.username === username.trim());
    if (!user || user.password !== password) throw problems.invalidCredentials();
    const now = this.clock.now();
    this.sessionCounter += 1;
    const session: SessionRecord = {
      id: `${this.sessionCounter}.${crypto.randomUUID()}`,
      userId: user.id,
      createdAt: now,
      expiresAt: now + SESSION_TTL_MS,
    };
    this.world.sessions.set(session.id, session);
    return { session, user };
  }

  /** The user behind a session id; 401 when there is none or it has expired. */
  authenticate(sessionId: string | undefined): { session: SessionRecord; user: UserRecord } {
    const session = sessionId ? this.world.sessions.get(sessionId) : undefined;
    if (!session || session.expiresAt <= this.clock.now()) {
      if (session) this.world.sessions.delete(session.id);
      throw problems.unauthenticated();
    }
    const user = this.world.users.find((u) => u.id === session.userId);
    if (!user) throw problems.unauthenticated();
    return { session, user };
  }

  signOut(sessionId: string | undefined): void {
    if (sessionId) this.world.sessions.delete(sessionId);
  }

  sessionView(session: SessionRecord, user: UserRecord) {
    return { user: toUser(user), expiresAt: iso(session.expiresAt) };
  }

  // ---- reference data -----------------------------------------------------------------------

  listRegions() {
    return { items: this.world.regions.map(toRegion) };
  }

  // ---- requests -----------------------------------------------------------------------------

  listRequests(_actor: UserRecord, query: ListQuery): RequestPage {
    this.sweep();
    const q = query.q.toUpperCase();
    const statuses = new Set(query.status);
    const regions = new Set(query.region);
    const matches = (r: RequestRecord): boolean =>
      (statuses.size === 0 || statuses.has(statusOf(r))) &&
      (regions.size === 0 || regions.has(r.region)) &&
      (query.submittedFrom === null || r.submittedAt >= query.submittedFrom) &&
      (query.submittedTo === null || r.submittedAt < query.submittedTo) &&
      (q === '' || r.number.includes(q));

    const descending = query.sort.startsWith('-');
    const key = query.sort.replace('-', '') as keyof typeof sortKeys;
    let rows = this.world.requests.filter(matches);
    if (key !== 'submittedAt') {
      const keyOf = sortKeys[key];
      // Ties keep submission order (oldest first), so paging is stable.
      rows = rows
        .map((r, index) => ({ r, k: keyOf(r), index }))
        .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0) * (descending ? -1 : 1) || a.index - b.index)
        .map((entry) => entry.r);
    } else if (descending) {
      rows.reverse();
    }
    const start = (query.page - 1) * query.pageSize;
    return {
      items: rows.slice(start, start + query.pageSize).map((r) => toSummary(this.world, r)),
      page: query.page,
      pageSize: query.pageSize,
      total: rows.length,
    };
  }

  getRequest(actor: UserRecord, requestId: string): RequestDetail {
    this.sweep();
    const request = this.requireRequest(requestId);
    this.requireMayView(actor, request);
    this.record(request.id, actor.id, 'view');
    return toDetail(this.world, request);
  }

  myClaims(actor: UserRecord): { items: RequestSummary[] } {
    this.sweep();
    const held = [...this.world.claimed]
      .map((id) => this.world.requestsById.get(id))
      .filter((r): r is RequestRecord => r?.claim?.holderId === actor.id)
      .sort((a, b) => (a.claim?.claimedAt ?? 0) - (b.claim?.claimedAt ?? 0));
    return { items: held.map((r) => toSummary(this.world, r)) };
  }

  /** Every active claim, oldest first: the supervisor's view. */
  allClaims(actor: UserRecord): { items: RequestSummary[] } {
    this.requireRole(actor, 'supervisor');
    this.sweep();
    const held = [...this.world.claimed]
      .map((id) => this.world.requestsById.get(id))
      .filter((r): r is RequestRecord => Boolean(r?.claim))
      .sort((a, b) => (a.claim?.claimedAt ?? 0) - (b.claim?.claimedAt ?? 0));
    return { items: held.map((r) => toSummary(this.world, r)) };
  }

  // ---- claims -------------------------------------------------------------------------------

  claimNext(actor: UserRecord): RequestDetail | null {
    this.requireRole(actor, 'reviewer');
    this.sweep();
    this.requireBelowClaimLimit(actor);
    const next = this.world.requests.find((r) => r.status === 'pending' && !r.claim);
    if (!next) return null;
    this.takeClaim(actor, next);
    return toDetail(this.world, next);
  }

  claim(actor: UserRecord, requestId: string): RequestDetail {
    this.requireRole(actor, 'reviewer');
    this.sweep();
    const request = this.requireRequest(requestId);
    if (request.status !== 'pending') throw problems.notClaimable(request.status);
    if (request.claim && request.claim.holderId !== actor.id) {
      throw problems.claimConflict(this.userRef(request.claim.holderId));
    }
    if (request.claim) {
      request.claim.expiresAt = this.clock.now() + this.settings.leaseTtlSeconds * 1000;
    } else {
      this.requireBelowClaimLimit(actor);
      this.takeClaim(actor, request);
    }
    return toDetail(this.world, request);
  }

  heartbeat(actor: UserRecord, requestId: string): Claim {
    this.requireRole(actor, 'reviewer');
    this.sweep();
    const request = this.requireRequest(requestId);
    if (!request.claim || request.claim.holderId !== actor.id) throw problems.leaseLost();
    request.claim.expiresAt = this.clock.now() + this.settings.leaseTtlSeconds * 1000;
    return {
      holder: this.userRef(actor.id),
      claimedAt: iso(request.claim.claimedAt),
      expiresAt: iso(request.claim.expiresAt),
    };
  }

  release(actor: UserRecord, requestId: string): void {
    this.requireRole(actor, 'reviewer');
    this.sweep();
    const request = this.requireRequest(requestId);
    if (!request.claim || request.claim.holderId !== actor.id) throw problems.leaseLost();
    request.claim = null;
    request.version += 1;
    this.world.claimed.delete(request.id);
    this.record(request.id, actor.id, 'release');
  }

  // ---- photos -------------------------------------------------------------------------------

  /** A photo may be seen by a supervisor, or by the reviewer holding a request that shows it. */
  photoFor(actor: UserRecord, photoId: string): PhotoRecord {
    this.sweep();
    const photo = this.world.photos.get(photoId);
    if (!photo) throw problems.notFound('The photo');
    if (actor.role === 'supervisor') return photo;
    for (const id of this.world.claimed) {
      const request = this.world.requestsById.get(id);
      if (
        request?.claim?.holderId === actor.id &&
        (request.newPhotoId === photoId || request.cardPhotoId === photoId)
      ) {
        return photo;
      }
    }
    throw problems.forbidden('Photos are shown only to the reviewer holding the request');
  }

  // ---- rules --------------------------------------------------------------------------------

  /** Ends leases whose time is up. Called before every rule that reads claims. */
  sweep(): void {
    const now = this.clock.now();
    for (const id of this.world.claimed) {
      const request = this.world.requestsById.get(id);
      if (!request?.claim) {
        this.world.claimed.delete(id);
      } else if (request.claim.expiresAt <= now) {
        const { holderId, expiresAt } = request.claim;
        request.claim = null;
        request.version += 1;
        this.world.claimed.delete(id);
        this.record(id, holderId, 'lease-expired', expiresAt);
      }
    }
  }

  private takeClaim(actor: UserRecord, request: RequestRecord): void {
    const now = this.clock.now();
    request.claim = {
      holderId: actor.id,
      claimedAt: now,
      expiresAt: now + this.settings.leaseTtlSeconds * 1000,
    };
    request.version += 1;
    this.world.claimed.add(request.id);
    this.record(request.id, actor.id, 'claim');
  }

  private requireBelowClaimLimit(actor: UserRecord): void {
    let held = 0;
    for (const id of this.world.claimed) {
      if (this.world.requestsById.get(id)?.claim?.holderId === actor.id) held++;
    }
    if (held >= CLAIM_LIMIT) throw problems.claimLimit(CLAIM_LIMIT);
  }

  private requireRole(actor: UserRecord, role: UserRecord['role']): void {
    if (actor.role !== role) throw problems.forbidden(`Only a ${role} may do this`);
  }

  /** Reviewers see a request's personal data only while they hold it; supervisors see all. */
  private requireMayView(actor: UserRecord, request: RequestRecord): void {
    if (actor.role === 'supervisor') return;
    if (request.claim?.holderId !== actor.id) {
      throw problems.forbidden('Claim the request before opening it');
    }
  }

  private requireRequest(requestId: string): RequestRecord {
    const request = this.world.requestsById.get(requestId);
    if (!request) throw problems.notFound('The request');
    return request;
  }

  private userRef(userId: string) {
    const user = this.world.users.find((u) => u.id === userId);
    return { id: userId, displayName: user?.displayName ?? userId };
  }

  private record(
    requestId: string,
    actorId: string | null,
    action: AuditAction,
    at = this.clock.now(),
  ): void {
    this.world.audit.push({ id: this.world.audit.length + 1, requestId, actorId, action, at });
  }
}
