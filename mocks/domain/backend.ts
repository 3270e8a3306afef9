import {
  DecisionInputSchema,
  HeartbeatInputSchema,
  ReReviewInputSchema,
  RevealInputSchema,
  RevokeClaimInputSchema,
  SkipInputSchema,
  type AuditEntry,
  type Claim,
  type Decision,
  type MockRequestCard,
  type MockSettingsPatch,
  type MockState,
  type RequestDetail,
  type RequestPage,
  type RequestSummary,
} from '../../src/api/generated/zod';
import { createRandom, type Random } from '../lib/random';
import { createClock, type Clock } from './clock';
import {
  decisionAuditDetail,
  decisionFingerprint,
  decisionInputErrors,
  idempotencyKeyErrors,
  revealReasonErrors,
  parseIfMatch,
  reReviewInputErrors,
  revokeInputErrors,
  SKIP_HIDE_SECONDS,
  skipInputErrors,
  UNDO_WINDOW_SECONDS,
} from './decision-rules';
import { admitArrivals, DEFAULT_HISTORY_DECISIONS, startArrivals, type ArrivalFeed } from './history-seed';
import { makeHostile } from './hostile-text';
import type { ListQuery } from './list-query';
import { MetricsIndex, type MetricsView } from './metrics';
import { problems, type FieldError, type ProblemError } from './problems';
import type {
  ApplicantRecord,
  AuditAction,
  DecisionRecord,
  PhotoRecord,
  RequestRecord,
  SessionRecord,
  UserRecord,
} from './records';
import { DEFAULT_PENDING_COUNT, DEFAULT_SEED, seedWorld } from './seed';
import { SIGN_IN_POLICY, SignInGuard, type SignInPolicy } from './sign-in-guard';
import {
  iso,
  photoUrl,
  statusOf,
  toAuditEntry,
  toDecision,
  toDetail,
  toMachineChecks,
  toRegion,
  toSummary,
  toUser,
  toUserRef,
} from './serialize';
import { validateBody } from './validate';
import type { PhotoLibraryIndex, World } from './world';

export interface MockSettings {
  latencyMs: number;
  /** A further random delay, 0 to this, per response. */
  latencyJitterMs: number;
  /** Share of calls refused with 503 before any work. */
  failureRate: number;
  /** Share of calls whose answer is lost after the work was done (the connection drops). */
  dropRate: number;
  leaseTtlSeconds: number;
  /** New waiting requests per hour of mock time (0: none). */
  arrivalsPerHour: number;
}

export const defaultSettings: MockSettings = {
  latencyMs: 0,
  latencyJitterMs: 0,
  failureRate: 0,
  dropRate: 0,
  leaseTtlSeconds: 600,
  arrivalsPerHour: 0,
};
export const SESSION_TTL_MS = 8 * 3600 * 1000;
const PHOTO_VIEW_AUDIT_WINDOW_MS = 10 * 60_000;
/** How many requests one reviewer may hold at once, so that nobody hoards the queue. */
export const CLAIM_LIMIT = 5;

/** The headers of a decision, as sent (null when absent). */
export interface DecisionHeaders {
  idempotencyKey: string | null;
  ifMatch: string | null;
}

export interface DecisionOutcomeResult {
  decision: Decision;
  /** A retry with the same Idempotency-Key and body: the first answer again (200, not 201). */
  replayed: boolean;
}

export interface BackendOptions {
  library: PhotoLibraryIndex;
  seed?: number;
  pendingCount?: number;
  /** Past decisions the seed writes (history-seed.ts); default DEFAULT_HISTORY_DECISIONS. */
  historyDecisions?: number;
  clock?: Clock;
  settings?: Partial<MockSettings>;
  /** Sign-in throttling and lockout (sign-in-guard.ts); default SIGN_IN_POLICY. */
  signInPolicy?: Partial<SignInPolicy>;
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
  private historyDecisions: number;
  private faults: Random;
  private arrivals: ArrivalFeed | null = null;
  private metricsIndex: MetricsIndex;
  private sessionCounter = 0;
  private readonly photoViews = new Map<string, number>();
  private readonly signInPolicy: SignInPolicy;
  private signInGuard: SignInGuard;

  constructor(options: BackendOptions) {
    this.library = options.library;
    this.clock = options.clock ?? createClock();
    this.signInPolicy = { ...SIGN_IN_POLICY, ...options.signInPolicy };
    this.signInGuard = new SignInGuard(this.signInPolicy, () => this.clock.now());
    this.settings = { ...defaultSettings, ...options.settings };
    this.pendingCount = options.pendingCount ?? DEFAULT_PENDING_COUNT;
    this.historyDecisions = options.historyDecisions ?? DEFAULT_HISTORY_DECISIONS;
    const seed = options.seed ?? DEFAULT_SEED;
    this.world = seedWorld({
      seed,
      pendingCount: this.pendingCount,
      historyDecisions: this.historyDecisions,
      now: this.clock.now(),
      library: this.library,
    });
    this.faults = createRandom(seed ^ 0x5eed);
    this.arrivals = startArrivals(seed, this.settings.arrivalsPerHour, this.clock.now());
    // Built with the world, so that no supervisor's first look pays for it.
    this.metricsIndex = new MetricsIndex(this.world, this.clock.now());
  }

  // ---- mock controls ------------------------------------------------------------------------

  reset(
    seed = this.world.seed,
    pendingCount = this.pendingCount,
    historyDecisions = this.historyDecisions,
    at?: number,
    { hostileText = false, keepSessions = false }: { hostileText?: boolean; keepSessions?: boolean } = {},
  ): MockState {
    this.pendingCount = pendingCount;
    this.historyDecisions = historyDecisions;
    // On request (the dev panel), whoever is signed in stays signed in, with the time their session
    // had left: the seeded users are the same in every world.
    const before = this.clock.now();
    const signedIn = keepSessions
      ? [...this.world.sessions.values()].filter((s) => s.expiresAt > before)
      : [];
    this.clock.reset(at);
    this.photoViews.clear();
    this.signInGuard = new SignInGuard(this.signInPolicy, () => this.clock.now());
    this.world = seedWorld({
      seed,
      pendingCount,
      historyDecisions,
      now: this.clock.now(),
      library: this.library,
    });
    if (hostileText) makeHostile(this.world);
    const now = this.clock.now();
    for (const session of signedIn) {
      if (!this.world.users.some((u) => u.id === session.userId)) continue;
      this.world.sessions.set(session.id, {
        ...session,
        createdAt: now,
        expiresAt: now + (session.expiresAt - before),
      });
    }
    this.faults = createRandom(seed ^ 0x5eed);
    this.settings = { ...defaultSettings };
    this.arrivals = null;
    this.metricsIndex = new MetricsIndex(this.world, this.clock.now());
    return this.state();
  }

  updateSettings(patch: MockSettingsPatch): MockState {
    this.settings = { ...this.settings, ...patch };
    if (patch.arrivalsPerHour !== undefined) {
      this.arrivals = startArrivals(this.world.seed, patch.arrivalsPerHour, this.clock.now());
    }
    return this.state();
  }

  /**
   * Test ground truth (mock control): waiting requests whose new photo is of a library variant, each
   * saying whether the card photo it is compared with shows the same invented person. The pseudo
   * variant `different-person` finds the requests deliberately paired with another person's card.
   */
  findByVariant(variant: string): {
    items: Array<{ id: string; number: string; variant: string; samePerson: boolean }>;
  } {
    this.sweep();
    const personOf = new Map<string, string>();
    for (const person of this.library.people) {
      for (const id of [person.cardPhotoId, ...person.newPhotoIds]) personOf.set(id, person.personId);
    }
    const libraryIdOf = (photoId: string | undefined) =>
      photoId ? this.world.photos.get(photoId)?.libraryId : undefined;
    const items: Array<{ id: string; number: string; variant: string; samePerson: boolean }> = [];
    for (const request of this.world.requests) {
      if (request.status !== 'pending' || request.claim) continue;
      const newId = libraryIdOf(request.newPhotoId);
      const cardId = libraryIdOf(request.cardPhotoId);
      const found = newId ? this.library.photos.get(newId)?.variant : undefined;
      if (!found) continue;
      const samePerson = personOf.get(newId ?? '') === personOf.get(cardId ?? '');
      if (found === variant || (variant === 'different-person' && !samePerson)) {
        items.push({ id: request.id, number: request.number, variant: found, samePerson });
      }
    }
    return { items };
  }

  /**
   * Test ground truth: the photo on the request's applicant's card now and the request's new photo
   * (mock control). The API shows only the card photo a request is compared with, which stays fixed
   * once the request is decided.
   */
  cardOf(requestId: string): MockRequestCard {
    this.sweep();
    const request = this.requireRequest(requestId);
    const applicant = this.requireApplicant(request);
    const ref = (id: string) => ({ id, url: photoUrl(id) });
    return {
      requestId: request.id,
      applicantId: applicant.id,
      newPhoto: ref(request.newPhotoId),
      cardPhoto: ref(applicant.cardPhotoId),
    };
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
      historyDecisions: this.historyDecisions,
      ...this.settings,
      now: iso(this.clock.now()),
    };
  }

  /** Whether fault injection fails this call; deterministic for a seed and a sequence of calls. */
  shouldFail(): boolean {
    return this.settings.failureRate > 0 && this.faults.next() < this.settings.failureRate;
  }

  /** Whether fault injection drops this call's answer after the work is done; deterministic too. */
  shouldDrop(): boolean {
    return this.settings.dropRate > 0 && this.faults.next() < this.settings.dropRate;
  }

  /** The injected delay for one response: the fixed latency plus a deterministic random share of the jitter. */
  injectedLatencyMs(): number {
    const jitter = this.settings.latencyJitterMs;
    return this.settings.latencyMs + (jitter > 0 ? Math.floor(this.faults.next() * jitter) : 0);
  }

  // ---- sessions -----------------------------------------------------------------------------

  /**
   * How long to hold back the answer to a sign-in for this username: repeated failures slow every
   * further attempt (sign-in-guard.ts). The HTTP layer waits, before the password is looked at.
   */
  signInDelayMs(username: string): number {
    return this.signInGuard.delayMs(username);
  }

  /**
   * 401 `invalid-credentials` for a wrong username or password; 429 `account-locked` while the
   * username is locked after too many failures (even with the right password) and for the failure
   * that locks it. A success forgets the username's failures.
   */
  signIn(username: string, password: string): { session: SessionRecord; user: UserRecord } {
    this.signInGuard.assertNotLocked(username);
    const user = this.world.users.find((u) => u.username === username.trim());
    if (!user || user.password !== password) {
      this.signInGuard.recordFailure(username);
      throw problems.invalidCredentials();
    }
    this.signInGuard.recordSuccess(username);
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

  /** Ends the session and gives back the user's claims, so that nothing waits for a lease to run out. */
  signOut(sessionId: string | undefined): void {
    const session = sessionId ? this.world.sessions.get(sessionId) : undefined;
    if (!session) return;
    this.world.sessions.delete(session.id);
    const stillSignedIn = [...this.world.sessions.values()].some(
      (s) => s.userId === session.userId && s.expiresAt > this.clock.now(),
    );
    if (stillSignedIn) return; // another tab or desk of the same user keeps working
    this.sweep();
    for (const id of [...this.world.claimed]) {
      const request = this.world.requestsById.get(id);
      if (request?.claim?.holderId === session.userId) {
        request.claim = null;
        request.version += 1;
        this.world.claimed.delete(id);
        this.record(id, session.userId, 'release', this.clock.now(), 'signed out');
      }
    }
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
    const { decidedBy, reason, decidedFrom, decidedTo } = query;
    const byDecision = decidedBy !== null || reason !== null || decidedFrom !== null || decidedTo !== null;
    // The decision filters read the decision in force only: undone and withdrawn ones never match.
    const decisionMatches = (r: RequestRecord): boolean => {
      const decision = r.decisionId === null ? undefined : this.world.decisions.get(r.decisionId);
      return (
        decision !== undefined &&
        (decidedBy === null || decision.decidedBy === decidedBy) &&
        (reason === null || (decision.outcome === 'rejected' && decision.reasonCodes.includes(reason))) &&
        (decidedFrom === null || decision.decidedAt >= decidedFrom) &&
        (decidedTo === null || decision.decidedAt < decidedTo)
      );
    };
    const matches = (r: RequestRecord): boolean =>
      (statuses.size === 0 || statuses.has(statusOf(r))) &&
      (regions.size === 0 || regions.has(r.region)) &&
      (query.submittedFrom === null || r.submittedAt >= query.submittedFrom) &&
      (query.submittedTo === null || r.submittedAt < query.submittedTo) &&
      (q === '' || r.number.includes(q)) &&
      (!byDecision || decisionMatches(r));

    const descending = query.sort.startsWith('-');
    const key = query.sort.replace('-', '') as keyof typeof sortKeys;
    const start = (query.page - 1) * query.pageSize;
    if (key === 'submittedAt') {
      // Requests are kept in submission order: one pass counts the matches and keeps only the page,
      // as an index scan would (no copy of 100,000 rows for 25 of them).
      const all = this.world.requests;
      const items: RequestRecord[] = [];
      let total = 0;
      for (let i = 0; i < all.length; i++) {
        const r = all[descending ? all.length - 1 - i : i] as RequestRecord;
        if (!matches(r)) continue;
        if (total >= start && items.length < query.pageSize) items.push(r);
        total += 1;
      }
      return {
        items: items.map((r) => toSummary(this.world, r)),
        page: query.page,
        pageSize: query.pageSize,
        total,
      };
    }
    const keyOf = sortKeys[key];
    // Ties keep submission order (oldest first), so paging is stable.
    const rows = this.world.requests
      .filter(matches)
      .map((r, index) => ({ r, k: keyOf(r), index }))
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0) * (descending ? -1 : 1) || a.index - b.index)
      .map((entry) => entry.r);
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
    const now = this.clock.now();
    // A re-review is never handed to the reviewer whose decision is under review (four eyes).
    const next = this.world.requests.find(
      (r) =>
        r.status === 'pending' &&
        !r.claim &&
        r.reReview?.excludedReviewerId !== actor.id &&
        !this.skippedBy(actor, r, now),
    );
    if (!next) return null;
    this.takeClaim(actor, next);
    return toDetail(this.world, next);
  }

  claim(actor: UserRecord, requestId: string): RequestDetail {
    this.requireRole(actor, 'reviewer');
    this.sweep();
    const request = this.requireRequest(requestId);
    if (request.status !== 'pending') throw problems.notClaimable(request.status);
    if (request.reReview?.excludedReviewerId === actor.id) throw problems.fourEyes(this.userRef(actor.id));
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

  /**
   * Renews the caller's lease for its full time to live, or, with `leaseSeconds` (a page being left),
   * makes it end that soon if it had longer: a closed page gives the request back shortly, a reloaded
   * one renews it.
   */
  heartbeat(actor: UserRecord, requestId: string, body: unknown = {}): Claim {
    this.requireRole(actor, 'reviewer');
    const input = validateBody(HeartbeatInputSchema, body);
    if (!input.ok) throw problems.validation(input.errors);
    this.sweep();
    const request = this.requireRequest(requestId);
    if (!request.claim || request.claim.holderId !== actor.id) throw this.claimEnded(actor, request);
    const renewed = this.clock.now() + this.settings.leaseTtlSeconds * 1000;
    const { leaseSeconds } = input.data;
    // A page being left only ever shortens the lease.
    request.claim.expiresAt =
      leaseSeconds === undefined
        ? renewed
        : Math.min(request.claim.expiresAt, this.clock.now() + leaseSeconds * 1000);
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
    if (!request.claim || request.claim.holderId !== actor.id) throw this.claimEnded(actor, request);
    request.claim = null;
    request.version += 1;
    this.world.claimed.delete(request.id);
    this.record(request.id, actor.id, 'release');
  }

  // ---- decisions ----------------------------------------------------------------------------

  /**
   * Approves or rejects a request the caller holds. Retries are recognised by the Idempotency-Key
   * before anything else, so that a retry whose first attempt succeeded gets that answer again even
   * though the claim has gone with the decision.
   */
  decide(
    actor: UserRecord,
    requestId: string,
    headers: DecisionHeaders,
    body: unknown,
  ): DecisionOutcomeResult {
    this.requireRole(actor, 'reviewer');
    const key = headers.idempotencyKey?.trim() ?? '';
    if (key === '') throw problems.idempotencyKeyMissing();
    const errors: FieldError[] = [...idempotencyKeyErrors(key)];
    const version = parseIfMatch(headers.ifMatch);
    if (typeof version !== 'number') errors.push(version);
    const input = validateBody(DecisionInputSchema, body);
    errors.push(...(input.ok ? decisionInputErrors(input.data) : input.errors));
    if (!input.ok || typeof version !== 'number' || errors.length > 0) throw problems.validation(errors);

    const scope = `${actor.id} ${key}`;
    const fingerprint = decisionFingerprint(requestId, input.data);
    const earlier = this.world.idempotency.get(scope);
    if (earlier) {
      if (earlier.requestId !== requestId || earlier.fingerprint !== fingerprint) {
        throw problems.idempotencyKeyReused();
      }
      return { decision: structuredClone(earlier.response), replayed: true };
    }

    this.sweep();
    const request = this.requireRequest(requestId);
    if (request.status !== 'pending') throw problems.notClaimable(request.status);
    if (request.claim?.holderId !== actor.id) throw this.claimEnded(actor, request);
    if (version !== request.version) throw problems.versionMismatch(request.version);

    const now = this.clock.now();
    const claimedAt = request.claim.claimedAt;
    const { outcome, checks, reasonCodes } = input.data;
    let previousCardPhotoId: string | null = null;
    if (outcome === 'approved') {
      const applicant = this.requireApplicant(request);
      previousCardPhotoId = applicant.cardPhotoId;
      this.replaceCardPhoto(applicant, request, request.newPhotoId);
    }
    request.status = outcome;
    request.claim = null;
    this.world.claimed.delete(request.id);
    request.version += 1;
    const decision: DecisionRecord = {
      id: `dc${crypto.randomUUID().replaceAll('-', '')}`,
      requestId: request.id,
      outcome,
      checks: { ...checks },
      machine: toMachineChecks(input.data.machine ?? {}),
      reasonCodes: [...reasonCodes],
      note: input.data.note.trim(),
      decidedBy: actor.id,
      claimedAt,
      decidedAt: now,
      undoableUntil: now + UNDO_WINDOW_SECONDS * 1000,
      versionAfter: request.version,
      previousCardPhotoId,
      undoneAt: null,
      ...(request.reReview ? { reReview: request.reReview } : {}),
    };
    this.world.decisions.set(decision.id, decision);
    request.decisionId = decision.id;
    request.reReview = null;
    this.forgetRevocations(request.id);
    this.record(request.id, actor.id, 'decision', now, decisionAuditDetail(outcome, reasonCodes));
    const response = toDecision(this.world, decision);
    this.world.idempotency.set(scope, { requestId, fingerprint, response: structuredClone(response) });
    return { decision: response, replayed: false };
  }

  /**
   * Takes a decision back: only its reviewer, only within the undo window and only while nobody has
   * acted on the request (or, after an approval, on the applicant's card) since. The request waits
   * again, claimed by the caller, beyond the claim limit: it was theirs a moment ago.
   */
  undo(actor: UserRecord, decisionId: string): RequestDetail {
    this.sweep();
    const decision = this.world.decisions.get(decisionId);
    if (!decision) throw problems.notFound('The decision');
    if (decision.decidedBy !== actor.id) {
      throw problems.forbidden('Only the reviewer who decided may undo a decision');
    }
    const request = this.requireRequest(decision.requestId);
    const applicant = this.requireApplicant(request);
    const now = this.clock.now();
    if (decision.undoneAt !== null) throw problems.undoUnavailable('The decision has already been undone');
    if (now >= decision.undoableUntil) {
      throw problems.undoUnavailable('The time to undo this decision has passed');
    }
    if (request.decisionId !== decision.id || request.version !== decision.versionAfter) {
      throw problems.undoUnavailable('The request has changed since the decision');
    }
    if (decision.outcome === 'approved' && applicant.cardPhotoId !== request.newPhotoId) {
      throw problems.undoUnavailable("The applicant's card photo has changed since the decision");
    }

    if (decision.outcome === 'approved' && decision.previousCardPhotoId !== null) {
      this.replaceCardPhoto(applicant, request, decision.previousCardPhotoId);
    }
    decision.undoneAt = now;
    request.decisionId = null;
    request.status = 'pending';
    // An undone second review is a second review still.
    request.reReview = decision.reReview ?? null;
    request.claim = {
      holderId: actor.id,
      claimedAt: now,
      expiresAt: now + this.settings.leaseTtlSeconds * 1000,
    };
    this.world.claimed.add(request.id);
    request.version += 1;
    this.record(request.id, actor.id, 'undo', now, decision.outcome);
    return toDetail(this.world, request);
  }

  /**
   * The applicant's full ID number, for the reviewer holding the request only, with a reason that goes
   * into the audit. Everyone else sees the masked number.
   */
  revealIdNumber(actor: UserRecord, requestId: string, body: unknown): { idNumber: string } {
    this.requireRole(actor, 'reviewer');
    const input = validateBody(RevealInputSchema, body);
    if (!input.ok) throw problems.validation(input.errors);
    const reason = input.data.reason.trim();
    const errors = revealReasonErrors(input.data.reason);
    if (errors.length > 0) throw problems.validation(errors);
    this.sweep();
    const request = this.requireRequest(requestId);
    if (!request.claim || request.claim.holderId !== actor.id) throw this.claimEnded(actor, request);
    this.record(request.id, actor.id, 'reveal', this.clock.now(), reason);
    return { idNumber: this.requireApplicant(request).idNumber };
  }

  /** Gives a held request back with a reason; claim-next passes it over for the caller for a while. */
  skip(actor: UserRecord, requestId: string, body: unknown): void {
    this.requireRole(actor, 'reviewer');
    const input = validateBody(SkipInputSchema, body);
    const errors = input.ok ? skipInputErrors(input.data) : input.errors;
    if (!input.ok || errors.length > 0) throw problems.validation(errors);
    this.sweep();
    const request = this.requireRequest(requestId);
    if (!request.claim || request.claim.holderId !== actor.id) throw this.claimEnded(actor, request);
    const now = this.clock.now();
    request.claim = null;
    request.version += 1;
    this.world.claimed.delete(request.id);
    this.world.skips.set(`${actor.id} ${request.id}`, now + SKIP_HIDE_SECONDS * 1000);
    const note = input.data.note?.trim() ?? '';
    this.record(
      request.id,
      actor.id,
      'skip',
      now,
      note ? `${input.data.reason}: ${note}` : input.data.reason,
    );
  }

  // ---- supervision --------------------------------------------------------------------------

  /**
   * A supervisor takes a claim from its holder, with a reason: released, or moved to another reviewer
   * with a fresh lease. The former holder is told why at their next touch of the request.
   */
  revokeClaim(actor: UserRecord, requestId: string, body: unknown): RequestSummary {
    this.requireRole(actor, 'supervisor');
    const input = validateBody(RevokeClaimInputSchema, body);
    const errors = input.ok ? revokeInputErrors(input.data) : input.errors;
    if (!input.ok || errors.length > 0) throw problems.validation(errors);
    this.sweep();
    const request = this.requireRequest(requestId);
    const claim = request.claim;
    if (!claim) throw problems.notClaimed();
    const reason = input.data.reason.trim();
    let target: UserRecord | null = null;
    if (input.data.reassignTo !== undefined) {
      const id = input.data.reassignTo;
      target = this.world.users.find((u) => u.id === id && u.role === 'reviewer') ?? null;
      if (!target) {
        throw problems.validation([{ field: 'reassignTo', code: 'not-reviewer', message: 'not a reviewer' }]);
      }
      if (target.id === claim.holderId) {
        throw problems.validation([
          { field: 'reassignTo', code: 'current-holder', message: 'already holds the request' },
        ]);
      }
      this.requireBelowClaimLimit(target, true);
      if (request.reReview?.excludedReviewerId === target.id)
        throw problems.fourEyes(this.userRef(target.id));
    }

    const now = this.clock.now();
    this.world.revocations.set(`${claim.holderId} ${request.id}`, { reason, revokedBy: actor.id, at: now });
    if (target) {
      this.world.revocations.delete(`${target.id} ${request.id}`);
      request.claim = {
        holderId: target.id,
        claimedAt: now,
        expiresAt: now + this.settings.leaseTtlSeconds * 1000,
      };
    } else {
      request.claim = null;
      this.world.claimed.delete(request.id);
    }
    request.version += 1;
    this.record(request.id, actor.id, 'revoke', now, target ? `${reason} → ${target.displayName}` : reason);
    return toSummary(this.world, request);
  }

  /**
   * A supervisor sends a decided request back for a second review. The decision is withdrawn (kept in
   * the records and the audit, no longer in force: the metrics stop counting it), an approval's card
   * photo is put back as an undo would, and the request waits again for a reviewer other than the
   * one who decided.
   */
  reReview(actor: UserRecord, requestId: string, body: unknown): RequestDetail {
    this.requireRole(actor, 'supervisor');
    const input = validateBody(ReReviewInputSchema, body);
    const errors = input.ok ? reReviewInputErrors(input.data) : input.errors;
    if (!input.ok || errors.length > 0) throw problems.validation(errors);
    this.sweep();
    const request = this.requireRequest(requestId);
    if (request.status === 'pending') {
      throw problems.notClaimable(
        statusOf(request),
        'Only a decided request can be sent back for re-review; this one is waiting',
      );
    }
    const decision = request.decisionId === null ? undefined : this.world.decisions.get(request.decisionId);
    if (!decision) throw new Error(`request ${request.id} is decided without a decision`);
    const applicant = this.requireApplicant(request);
    const now = this.clock.now();

    // Unless a later approval has put another photo on the card since: that one stays.
    if (
      decision.outcome === 'approved' &&
      decision.previousCardPhotoId !== null &&
      applicant.cardPhotoId === request.newPhotoId
    ) {
      this.replaceCardPhoto(applicant, request, decision.previousCardPhotoId);
    }
    // Waiting again, it is compared with the card as it is now.
    request.cardPhotoId = applicant.cardPhotoId;
    decision.withdrawnAt = now;
    this.syncedMetricsIndex(now).withdraw(decision);
    const note = input.data.note.trim();
    request.status = 'pending';
    request.decisionId = null;
    request.reReview = {
      note,
      requestedBy: actor.id,
      requestedAt: now,
      excludedReviewerId: decision.decidedBy,
      decisionId: decision.id,
    };
    request.version += 1;
    this.record(request.id, actor.id, 're-review', now, note);
    return toDetail(this.world, request);
  }

  /** A request's audit trail, oldest first: for its holder and supervisors. */
  history(actor: UserRecord, requestId: string): { items: AuditEntry[] } {
    this.sweep();
    const request = this.requireRequest(requestId);
    this.requireMayView(actor, request);
    const events = this.world.audit
      .filter((event) => event.requestId === request.id)
      .sort((a, b) => a.at - b.at || a.id - b.id);
    return { items: events.map((event) => toAuditEntry(this.world, event)) };
  }

  // ---- metrics ------------------------------------------------------------------------------

  /** The records and their index, up to date, for the metrics (metrics.ts). Supervisors only. */
  metricsView(actor: UserRecord): MetricsView {
    this.requireRole(actor, 'supervisor');
    this.sweep();
    const now = this.clock.now();
    return { world: this.world, index: this.syncedMetricsIndex(now), now };
  }

  private syncedMetricsIndex(now: number): MetricsIndex {
    if (this.metricsIndex.world === this.world) this.metricsIndex.sync(now);
    else this.metricsIndex = new MetricsIndex(this.world, now);
    return this.metricsIndex;
  }

  // ---- photos -------------------------------------------------------------------------------

  /** A photo may be seen by a supervisor, or by the reviewer holding a request that shows it. */
  photoFor(actor: UserRecord, photoId: string): PhotoRecord {
    this.sweep();
    const photo = this.world.photos.get(photoId);
    if (!photo) throw problems.notFound('The photo');
    const shows = (request: RequestRecord) =>
      request.newPhotoId === photoId || request.cardPhotoId === photoId;
    if (actor.role === 'supervisor') {
      const request = this.world.requests.find(shows);
      if (request) this.recordPhotoView(actor, request.id);
      return photo;
    }
    for (const id of this.world.claimed) {
      const request = this.world.requestsById.get(id);
      if (request?.claim?.holderId === actor.id && shows(request)) {
        this.recordPhotoView(actor, request.id);
        return photo;
      }
    }
    throw problems.forbidden('Photos are shown only to the reviewer holding the request');
  }

  /** Who saw a citizen's photo goes to the audit, once per person and request every 10 minutes. */
  private recordPhotoView(actor: UserRecord, requestId: string): void {
    const key = `${actor.id}|${requestId}`;
    const now = this.clock.now();
    const last = this.photoViews.get(key);
    if (last !== undefined && now - last < PHOTO_VIEW_AUDIT_WINDOW_MS) return;
    this.photoViews.set(key, now);
    this.record(requestId, actor.id, 'view', now, 'photo');
  }

  // ---- rules --------------------------------------------------------------------------------

  /**
   * Ends leases whose time is up, and lets in the requests the feed brought since the last call.
   * Called before every rule that reads claims or requests.
   */
  sweep(): void {
    const now = this.clock.now();
    if (this.arrivals) admitArrivals(this.world, this.library, this.arrivals, now);
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
    this.world.revocations.delete(`${actor.id} ${request.id}`);
    this.record(request.id, actor.id, 'claim');
  }

  /**
   * Why a caller no longer holds a request: a supervisor took it (claim-revoked, with the reason; said
   * once), or the lease ended some other way (lease-lost).
   */
  private claimEnded(actor: UserRecord, request: RequestRecord): ProblemError {
    const key = `${actor.id} ${request.id}`;
    const revocation = this.world.revocations.get(key);
    if (!revocation) return problems.leaseLost();
    this.world.revocations.delete(key);
    return problems.claimRevoked(revocation.reason, this.userRef(revocation.revokedBy));
  }

  /** Once a request is decided, the normal rules answer everyone who held it before. */
  private forgetRevocations(requestId: string): void {
    if (this.world.revocations.size === 0) return;
    for (const key of this.world.revocations.keys()) {
      if (key.endsWith(` ${requestId}`)) this.world.revocations.delete(key);
    }
  }

  /** Whether the reviewer skipped the request recently; forgets skips whose time is up. */
  private skippedBy(actor: UserRecord, request: RequestRecord, now: number): boolean {
    if (this.world.skips.size === 0) return false;
    const key = `${actor.id} ${request.id}`;
    const until = this.world.skips.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.world.skips.delete(key);
    return false;
  }

  /**
   * Puts a photo on the applicant's card. The applicant's other waiting requests are compared with
   * the card as it is, so they follow it (and change version: what a reviewer saw has changed).
   */
  private replaceCardPhoto(applicant: ApplicantRecord, decided: RequestRecord, photoId: string): void {
    const previous = applicant.cardPhotoId;
    applicant.cardPhotoId = photoId;
    for (const other of this.world.requests) {
      if (
        other !== decided &&
        other.applicantId === applicant.id &&
        other.status === 'pending' &&
        other.cardPhotoId === previous
      ) {
        other.cardPhotoId = photoId;
        other.version += 1;
      }
    }
  }

  private requireApplicant(request: RequestRecord): ApplicantRecord {
    const applicant = this.world.applicants.get(request.applicantId);
    if (!applicant) throw new Error(`request ${request.id} has no applicant`);
    return applicant;
  }

  /** `forOther`: the claim is given to the reviewer by someone else, and the problem names them. */
  private requireBelowClaimLimit(actor: UserRecord, forOther = false): void {
    let held = 0;
    for (const id of this.world.claimed) {
      if (this.world.requestsById.get(id)?.claim?.holderId === actor.id) held++;
    }
    if (held >= CLAIM_LIMIT) {
      throw problems.claimLimit(CLAIM_LIMIT, forOther ? this.userRef(actor.id) : undefined);
    }
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
    return toUserRef(this.world, userId);
  }

  private record(
    requestId: string,
    actorId: string | null,
    action: AuditAction,
    at = this.clock.now(),
    detail?: string,
  ): void {
    this.world.audit.push({
      id: this.world.audit.length + 1,
      requestId,
      actorId,
      action,
      at,
      ...(detail ? { detail } : {}),
    });
  }
}
