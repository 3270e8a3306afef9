import { z } from 'zod/mini';
import {
  MetricsBucketSizeSchema,
  RejectionReasonSchema,
  type MetricsAgeBucket,
  type MetricsBacklog,
  type MetricsBucketSize,
  type MetricsHandlingTime,
  type MetricsMachineAgreement,
  type MetricsRejectionReasons,
  type MetricsReviewers,
  type MetricsSummary,
  type MetricsThroughput,
  type RejectionReason,
} from '../../src/api/generated/zod';
import { checkNames } from './decision-rules';
import { problems, type FieldError } from './problems';
import { isInForce, type DecisionRecord, type RequestRecord, type UserRecord } from './records';
import { iso, toUserRef } from './serialize';
import type { World } from './world';

/** A waiting request should be decided within this many hours of its submission. */
export const SERVICE_TARGET_HOURS = 48;
export const MAX_RANGE_DAYS = 400;
/** A reviewer with a decision this recent counts as active. */
export const ACTIVE_WINDOW_MS = 15 * 60_000;
/** Upper bounds (exclusive) of the handling-time buckets; the last bucket is open. */
export const HANDLING_BOUNDS_SECONDS = [30, 60, 120, 300, 600, 1800] as const;

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
const reasons: readonly RejectionReason[] = RejectionReasonSchema.options;
const ageBuckets: ReadonlyArray<[MetricsAgeBucket, number]> = [
  ['lt1h', HOUR_MS],
  ['1to4h', 4 * HOUR_MS],
  ['4to24h', DAY_MS],
  ['1to2d', 2 * DAY_MS],
  ['2to3d', 3 * DAY_MS],
  ['gt3d', Infinity],
];
const NO_INDEX = 255;

/** The start of the Asia/Shanghai day that contains `at` (UTC+8 all year: no daylight saving). */
export const shanghaiDayStart = (at: number): number =>
  Math.floor((at + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;

/** The Asia/Shanghai calendar date of `at`, as YYYY-MM-DD. */
export const shanghaiDate = (at: number): string =>
  new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

// ---- query ------------------------------------------------------------------------------------

export interface MetricsQuery {
  /** Inclusive. */
  from: number;
  /** Exclusive. */
  to: number;
  region: string | null;
  bucket: MetricsBucketSize;
}

const dateTime = z.iso.datetime({ offset: true });

/** A time range and a region, as the metrics and the decisions export take them. */
export type RangeQuery = Omit<MetricsQuery, 'bucket'>;

/**
 * Reads `from` and `to` (required, RFC 3339, from < to, at most 400 days apart) and `region` (a known
 * code), adding what is wrong to `errors`; null when the range cannot be read.
 */
export function readRangeQuery(
  params: URLSearchParams,
  regionCodes: readonly string[],
  errors: FieldError[],
): RangeQuery | null {
  const instant = (name: 'from' | 'to'): number | null => {
    // A '+' typed into a URL by hand arrives as a space: read "…T00:00:00 08:00" as "+08:00".
    const value = params.get(name)?.replace(/ (\d{2}:\d{2})$/, '+$1') ?? null;
    if (value === null || value === '') {
      errors.push({ field: name, code: 'required', message: 'an RFC 3339 date-time is required' });
      return null;
    }
    const time = dateTime.safeParse(value).success ? Date.parse(value) : NaN;
    if (Number.isNaN(time)) {
      errors.push({
        field: name,
        code: 'date-time',
        message: 'expected an RFC 3339 date-time with an offset',
      });
      return null;
    }
    return time;
  };
  const from = instant('from');
  const to = instant('to');
  if (from !== null && to !== null) {
    if (to <= from) errors.push({ field: 'to', code: 'range', message: '`to` must be after `from`' });
    else if (to - from > MAX_RANGE_DAYS * DAY_MS) {
      errors.push({
        field: 'to',
        code: 'range',
        message: `the range may span at most ${MAX_RANGE_DAYS} days`,
      });
    }
  }
  const regionValue = params.get('region');
  const region = regionValue === null || regionValue === '' ? null : regionValue;
  if (region !== null && !regionCodes.includes(region)) {
    errors.push({ field: 'region', code: 'enum', message: `unknown region "${region.slice(0, 32)}"` });
  }
  return from === null || to === null ? null : { from, to, region };
}

/**
 * Parses the metrics endpoints' query by the contract: `from` and `to` required (RFC 3339, from < to,
 * at most 400 days apart), `region` a known code, `bucket` hour or day (default day). Unknown
 * parameters are ignored; a bad value is a 400 naming the parameter.
 */
export function parseMetricsQuery(params: URLSearchParams, regionCodes: readonly string[]): MetricsQuery {
  const errors: FieldError[] = [];
  const range = readRangeQuery(params, regionCodes, errors);
  const bucketValue = params.get('bucket') || 'day';
  const bucket = MetricsBucketSizeSchema.safeParse(bucketValue);
  if (!bucket.success) errors.push({ field: 'bucket', code: 'enum', message: 'expected hour or day' });
  if (errors.length > 0 || range === null || !bucket.success) throw problems.validation(errors);
  return { ...range, bucket: bucket.data };
}

// ---- the index --------------------------------------------------------------------------------

function grown<T extends Float64Array | Uint8Array | Uint16Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const Type = array.constructor as new (length: number) => T;
  const next = new Type(Math.max(size, array.length * 2, 1024));
  next.set(array);
  return next;
}

/** The first index in sorted[0, length) whose value is >= `value`. */
function lowerBound(sorted: Float64Array, length: number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Compact columns over the world's records, so that each metric reads typed arrays with binary
 * searches instead of walking audit events: decisions sorted by decision time, requests by
 * submission time. Kept current by sync(), which picks up what changed since the last call: new
 * requests (the feed, appended in time order), new decisions (live ones, appended to
 * world.decisions) and undos (a decision still inside its undo window is watched until it is final).
 * A decision withdrawn later (a re-review) is reported with withdraw().
 */
export class MetricsIndex {
  readonly world: World;
  /** The reviewers, in the users' order: the reviewer column holds positions in this list. */
  readonly reviewers: UserRecord[];
  private readonly regionIndex: Map<string, number>;
  private readonly reviewerIndex: Map<string, number>;

  decisionCount = 0;
  decidedAt = new Float64Array(0);
  /** Milliseconds from claim to decision. */
  handlingMs = new Float64Array(0);
  /** 1 approved, 2 rejected. */
  outcome = new Uint8Array(0);
  reviewer = new Uint8Array(0);
  region = new Uint8Array(0);
  /** Bit i set: reason i of the contract's RejectionReason list. */
  reasonBits = new Uint16Array(0);
  /** Three bits per check (see machineBitsOf): the machine's verdict compared, agreed with, disputed. */
  machineBits = new Uint16Array(0);
  /** 0 once undone or withdrawn. */
  inForce = new Uint8Array(0);
  /** The decisions themselves, slot by slot (for the export and withdraw()). */
  records: DecisionRecord[] = [];

  requestCount = 0;
  submittedAt = new Float64Array(0);
  requestRegion = new Uint8Array(0);

  private decisionsSeen = 0;
  /** Decisions that may still be undone, with their slots. */
  private watched: Array<{ decision: DecisionRecord; slot: number }> = [];

  constructor(world: World, now: number) {
    this.world = world;
    this.reviewers = world.users.filter((u) => u.role === 'reviewer');
    this.regionIndex = new Map(world.regions.map((r, i) => [r.code, i]));
    this.reviewerIndex = new Map(this.reviewers.map((u, i) => [u.id, i]));
    // Room for everything there is, and some growth.
    const decisions = world.decisions.size + 1024;
    this.decidedAt = new Float64Array(decisions);
    this.handlingMs = new Float64Array(decisions);
    this.outcome = new Uint8Array(decisions);
    this.reviewer = new Uint8Array(decisions);
    this.region = new Uint8Array(decisions);
    this.reasonBits = new Uint16Array(decisions);
    this.machineBits = new Uint16Array(decisions);
    this.inForce = new Uint8Array(decisions);
    this.submittedAt = new Float64Array(world.requests.length + 1024);
    this.requestRegion = new Uint8Array(world.requests.length + 1024);
    // The seed's decisions are not all in time order: sort them once, then append.
    const initial = [...world.decisions.values()];
    if (initial.some((d, i) => i > 0 && d.decidedAt < (initial[i - 1] as DecisionRecord).decidedAt)) {
      initial.sort((a, b) => a.decidedAt - b.decidedAt);
    }
    this.decisionsSeen = world.decisions.size;
    for (const decision of initial) this.addDecision(decision, now);
    this.sync(now);
  }

  regionCode(code: string | null): number {
    return code === null ? NO_INDEX : (this.regionIndex.get(code) ?? NO_INDEX);
  }

  /** Brings the columns up to date with the world. */
  sync(now: number): void {
    const { requests, decisions } = this.world;
    for (let i = this.requestCount; i < requests.length; i++) this.addRequest(requests[i] as RequestRecord);
    if (decisions.size > this.decisionsSeen) {
      let position = 0;
      for (const decision of decisions.values()) {
        if (position++ >= this.decisionsSeen) this.addDecision(decision, now);
      }
      this.decisionsSeen = decisions.size;
    }
    this.watched = this.watched.filter(({ decision, slot }) => {
      if (!isInForce(decision)) {
        this.inForce[slot] = 0;
        return false;
      }
      return decision.undoableUntil > now;
    });
  }

  private addRequest(request: RequestRecord): void {
    const at = request.submittedAt;
    const n = this.requestCount;
    this.submittedAt = grown(this.submittedAt, n + 1);
    this.requestRegion = grown(this.requestRegion, n + 1);
    // world.requests is in submission order; should one arrive out of order, it is put in its place.
    const slot =
      n > 0 && (this.submittedAt[n - 1] as number) > at ? lowerBound(this.submittedAt, n, at + 1) : n;
    this.submittedAt.copyWithin(slot + 1, slot, n);
    this.requestRegion.copyWithin(slot + 1, slot, n);
    this.submittedAt[slot] = at;
    this.requestRegion[slot] = this.regionCode(request.region);
    this.requestCount = n + 1;
  }

  private addDecision(decision: DecisionRecord, now: number): void {
    const n = this.decisionCount;
    this.decidedAt = grown(this.decidedAt, n + 1);
    this.handlingMs = grown(this.handlingMs, n + 1);
    this.outcome = grown(this.outcome, n + 1);
    this.reviewer = grown(this.reviewer, n + 1);
    this.region = grown(this.region, n + 1);
    this.reasonBits = grown(this.reasonBits, n + 1);
    this.machineBits = grown(this.machineBits, n + 1);
    this.inForce = grown(this.inForce, n + 1);
    const at = decision.decidedAt;
    // Live decisions come in time order; one that does not (a test's hand-made record) is put in place.
    const slot = n > 0 && (this.decidedAt[n - 1] as number) > at ? lowerBound(this.decidedAt, n, at + 1) : n;
    if (slot < n) {
      for (const column of [
        this.decidedAt,
        this.handlingMs,
        this.outcome,
        this.reviewer,
        this.region,
        this.reasonBits,
        this.machineBits,
        this.inForce,
      ]) {
        column.copyWithin(slot + 1, slot, n);
      }
      for (const entry of this.watched) if (entry.slot >= slot) entry.slot++;
    }
    this.records.splice(slot, 0, decision);
    let bits = 0;
    for (const code of decision.reasonCodes) bits |= 1 << reasons.indexOf(code);
    const request = this.world.requestsById.get(decision.requestId);
    this.decidedAt[slot] = at;
    this.handlingMs[slot] = decision.decidedAt - decision.claimedAt;
    this.outcome[slot] = decision.outcome === 'approved' ? 1 : 2;
    this.reviewer[slot] = this.reviewerIndex.get(decision.decidedBy) ?? NO_INDEX;
    this.region[slot] = this.regionCode(request?.region ?? null);
    this.reasonBits[slot] = bits;
    this.machineBits[slot] = machineBitsOf(decision);
    this.inForce[slot] = isInForce(decision) ? 1 : 0;
    this.decisionCount = n + 1;
    if (isInForce(decision) && decision.undoableUntil > now) this.watched.push({ decision, slot });
  }

  /** A decision no longer in force (withdrawn for a re-review) stops counting. Call after sync(). */
  withdraw(decision: DecisionRecord): void {
    for (
      let slot = lowerBound(this.decidedAt, this.decisionCount, decision.decidedAt);
      slot < this.decisionCount && this.decidedAt[slot] === decision.decidedAt;
      slot++
    ) {
      if (this.records[slot] === decision) {
        this.inForce[slot] = 0;
        return;
      }
    }
  }

  /** The position of a user among the reviewers, or none (255) for anyone else. */
  reviewerCode(userId: string): number {
    return this.reviewerIndex.get(userId) ?? NO_INDEX;
  }

  /** The slots of decisions made in [from, to). */
  decisionSlots(from: number, to: number): [number, number] {
    return [
      lowerBound(this.decidedAt, this.decisionCount, from),
      lowerBound(this.decidedAt, this.decisionCount, to),
    ];
  }
}

/** For check i (in checkNames' order), the bits of MACHINE_COMPARED, _AGREED and _DISPUTED shifted by 3i. */
const MACHINE_COMPARED = 1;
const MACHINE_AGREED = 2;
const MACHINE_DISPUTED = 4;

/**
 * A decision's machine verdicts against its reviewer's checks: a check is compared when the machine
 * committed to a verdict (likely pass or likely fail), agreed when the reviewer's result matches it,
 * disputed when the reviewer marked it wrong.
 */
function machineBitsOf(decision: DecisionRecord): number {
  let bits = 0;
  checkNames.forEach((name, i) => {
    const machine = decision.machine[name];
    if (!machine || machine.verdict === 'unsure') return;
    const expected = machine.verdict === 'likely-pass' ? 'pass' : 'fail';
    let checkBits = MACHINE_COMPARED;
    if (decision.checks[name] === expected) checkBits |= MACHINE_AGREED;
    if (machine.disputed) checkBits |= MACHINE_DISPUTED;
    bits |= checkBits << (3 * i);
  });
  return bits;
}

/** What the metrics are computed from: the records, their index, and the server's clock. */
export interface MetricsView {
  world: World;
  index: MetricsIndex;
  now: number;
}

// ---- helpers ----------------------------------------------------------------------------------

/** Calls `each(slot)` for every decision in force made in the query's range and region. */
function forEachDecision(view: MetricsView, query: MetricsQuery, each: (slot: number) => void): void {
  const { index } = view;
  const [start, end] = index.decisionSlots(query.from, query.to);
  const region = query.region === null ? -1 : index.regionCode(query.region);
  for (let slot = start; slot < end; slot++) {
    if (index.inForce[slot] === 0) continue;
    if (region !== -1 && index.region[slot] !== region) continue;
    each(slot);
  }
}

/** How many decisions (in force or not, of any region) the query's range holds: a bound for samples. */
function slotsInRange(view: MetricsView, query: MetricsQuery): number {
  const [start, end] = view.index.decisionSlots(query.from, query.to);
  return end - start;
}

/**
 * The k-th smallest (0-based) of values[0, length), found in place by quickselect: on 100,000
 * decisions a full sort takes tens of milliseconds on a slow machine, a selection one or two.
 */
function selectNth(values: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] as number;
}

/** Handling times gathered in a typed array, for a median and a percentile without a sort. */
class HandlingSample {
  private readonly values: Float64Array;
  private length = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }
  add(ms: number): void {
    this.values[this.length++] = ms;
  }
  /** In seconds (mean of the middle two for an even count); null when empty. */
  medianSeconds(): number | null {
    const n = this.length;
    if (n === 0) return null;
    const upper = selectNth(this.values, n, n >> 1);
    if (n % 2 === 1) return upper / 1000;
    // After the selection nothing before n/2 is greater: the lower middle is their maximum.
    let lower = -Infinity;
    for (let i = 0; i < n >> 1; i++) lower = Math.max(lower, this.values[i] as number);
    return (lower + upper) / 2 / 1000;
  }
  /** The p-th percentile by nearest rank, in seconds; null when empty. */
  percentileSeconds(p: number): number | null {
    const n = this.length;
    if (n === 0) return null;
    return selectNth(this.values, n, Math.max(0, Math.ceil(p * n) - 1)) / 1000;
  }
}

/** The waiting requests (claimed or not) of the region, now. */
function forEachWaiting(
  view: MetricsView,
  region: string | null,
  each: (request: RequestRecord) => void,
): void {
  for (const request of view.world.requests) {
    if (request.status === 'pending' && (region === null || request.region === region)) each(request);
  }
}

// ---- the metrics ------------------------------------------------------------------------------

export function metricsSummary(view: MetricsView, query: MetricsQuery): MetricsSummary {
  const { index, now, world } = view;
  let pendingNow = 0;
  let oldest = -Infinity;
  let pastServiceTarget = 0;
  forEachWaiting(view, query.region, (request) => {
    const age = now - request.submittedAt;
    pendingNow++;
    oldest = Math.max(oldest, age);
    if (age > SERVICE_TARGET_HOURS * HOUR_MS) pastServiceTarget++;
  });
  let approved = 0;
  let rejected = 0;
  const handling = new HandlingSample(slotsInRange(view, query));
  forEachDecision(view, query, (slot) => {
    if (index.outcome[slot] === 1) approved++;
    else rejected++;
    handling.add(index.handlingMs[slot] as number);
  });
  const decided = approved + rejected;
  // Today is the server's Shanghai day, whatever range was asked for: the headline figure.
  const todayStart = shanghaiDayStart(now);
  let decidedToday = 0;
  forEachDecision(view, { ...query, from: todayStart, to: todayStart + DAY_MS }, () => decidedToday++);

  const active = new Set<string>();
  for (const id of world.claimed) {
    const claim = world.requestsById.get(id)?.claim;
    if (claim && claim.expiresAt > now) active.add(claim.holderId);
  }
  const [recent, end] = index.decisionSlots(now - ACTIVE_WINDOW_MS + 1, now + 1);
  for (let slot = recent; slot < end; slot++) {
    const reviewer = index.reviewers[index.reviewer[slot] as number];
    if (index.inForce[slot] === 1 && reviewer) active.add(reviewer.id);
  }

  return {
    pendingNow,
    oldestPendingAgeSeconds: pendingNow > 0 ? Math.max(0, Math.floor(oldest / 1000)) : null,
    decidedToday,
    decidedInRange: decided,
    approvedInRange: approved,
    rejectedInRange: rejected,
    approvalRate: decided > 0 ? approved / decided : null,
    medianHandlingSeconds: handling.medianSeconds(),
    pastServiceTarget,
    serviceTargetHours: SERVICE_TARGET_HOURS,
    reviewersActiveNow: active.size,
    generatedAt: iso(now),
  };
}

/**
 * The buckets a series of the query's range is cut into: their length and the start of the first.
 * Shanghai hours are UTC hours (the offset is a whole number of hours); days start at its midnight.
 */
function bucketGrid(query: MetricsQuery): { size: number; first: number } {
  return query.bucket === 'hour'
    ? { size: HOUR_MS, first: Math.floor(query.from / HOUR_MS) * HOUR_MS }
    : { size: DAY_MS, first: shanghaiDayStart(query.from) };
}

export function metricsThroughput(view: MetricsView, query: MetricsQuery): MetricsThroughput {
  const { size, first } = bucketGrid(query);
  const count = Math.ceil((query.to - first) / size);
  const approved = new Uint32Array(count);
  const rejected = new Uint32Array(count);
  const { index } = view;
  forEachDecision(view, query, (slot) => {
    const bucket = Math.floor(((index.decidedAt[slot] as number) - first) / size);
    if (index.outcome[slot] === 1) approved[bucket] = (approved[bucket] as number) + 1;
    else rejected[bucket] = (rejected[bucket] as number) + 1;
  });
  return {
    bucket: query.bucket,
    items: Array.from({ length: count }, (_, i) => ({
      start: iso(first + i * size),
      approved: approved[i] as number,
      rejected: rejected[i] as number,
    })),
  };
}

/**
 * Counts entries of a time-sorted column before a moving instant, optionally of one region. The
 * instants asked for must not decrease, so that a whole series costs one pass over the column.
 */
function runningCount(times: Float64Array, length: number, keep: (slot: number) => boolean) {
  let slot = 0;
  let count = 0;
  return (before: number): number => {
    while (slot < length && (times[slot] as number) < before) {
      if (keep(slot)) count++;
      slot++;
    }
    return count;
  };
}

export function metricsBacklog(view: MetricsView, query: MetricsQuery): MetricsBacklog {
  const { index, now } = view;
  const region = query.region === null ? -1 : index.regionCode(query.region);
  const requestKept = (slot: number) => region === -1 || index.requestRegion[slot] === region;
  const decisionKept = (slot: number) =>
    index.inForce[slot] === 1 && (region === -1 || index.region[slot] === region);
  const submitted = {
    atStart: runningCount(index.submittedAt, index.requestCount, requestKept),
    atEnd: runningCount(index.submittedAt, index.requestCount, requestKept),
    forBacklog: runningCount(index.submittedAt, index.requestCount, requestKept),
  };
  const decided = {
    atStart: runningCount(index.decidedAt, index.decisionCount, decisionKept),
    atEnd: runningCount(index.decidedAt, index.decisionCount, decisionKept),
    forBacklog: runningCount(index.decidedAt, index.decisionCount, decisionKept),
  };
  const items: MetricsBacklog['items'] = [];
  const { size, first } = bucketGrid(query);
  for (let bucket = first; bucket < query.to; bucket += size) {
    const start = Math.max(bucket, query.from);
    const end = Math.min(bucket + size, query.to);
    const backlogAt = Math.min(end, now);
    items.push({
      start: iso(bucket),
      day: shanghaiDate(bucket),
      inflow: submitted.atEnd(end) - submitted.atStart(start),
      outflow: decided.atEnd(end) - decided.atStart(start),
      backlogAtEnd: submitted.forBacklog(backlogAt) - decided.forBacklog(backlogAt),
    });
  }
  const counts = new Uint32Array(ageBuckets.length);
  forEachWaiting(view, query.region, (request) => {
    const age = now - request.submittedAt;
    let bucket = 0;
    while (age >= (ageBuckets[bucket] as [MetricsAgeBucket, number])[1]) bucket++;
    counts[bucket] = (counts[bucket] as number) + 1;
  });
  return {
    bucket: query.bucket,
    items,
    ageBuckets: ageBuckets.map(([bucket], i) => ({ bucket, count: counts[i] as number })),
  };
}

export function metricsReviewers(view: MetricsView, query: MetricsQuery): MetricsReviewers {
  const { index, world, now } = view;
  const capacity = slotsInRange(view, query);
  const rows = index.reviewers.map(() => ({
    approved: 0,
    rejected: 0,
    handling: null as HandlingSample | null,
  }));
  forEachDecision(view, query, (slot) => {
    const row = rows[index.reviewer[slot] as number];
    if (!row) return;
    if (index.outcome[slot] === 1) row.approved++;
    else row.rejected++;
    row.handling ??= new HandlingSample(capacity);
    row.handling.add(index.handlingMs[slot] as number);
  });

  // Now, whatever the filters: each reviewer's latest claim and latest decision.
  const latestClaim = new Map<string, RequestRecord>();
  for (const id of world.claimed) {
    const request = world.requestsById.get(id);
    const claim = request?.claim;
    if (!request || !claim || claim.expiresAt <= now) continue;
    const held = latestClaim.get(claim.holderId);
    if (!held || (held.claim?.claimedAt ?? 0) < claim.claimedAt) latestClaim.set(claim.holderId, request);
  }
  const lastDecision = new Array<number | null>(index.reviewers.length).fill(null);
  let missing = index.reviewers.length;
  for (let slot = index.decisionCount - 1; slot >= 0 && missing > 0; slot--) {
    const who = index.reviewer[slot] as number;
    if (index.inForce[slot] === 0 || who >= lastDecision.length || lastDecision[who] !== null) continue;
    lastDecision[who] = index.decidedAt[slot] as number;
    missing--;
  }

  return {
    items: index.reviewers.map((user, i) => {
      const row = rows[i] ?? { approved: 0, rejected: 0, handling: null };
      const held = latestClaim.get(user.id);
      const claimedAt = held?.claim?.claimedAt ?? null;
      const decidedAt = lastDecision[i] ?? null;
      const last =
        claimedAt === null ? decidedAt : decidedAt === null ? claimedAt : Math.max(claimedAt, decidedAt);
      return {
        reviewer: toUserRef(world, user.id),
        decided: row.approved + row.rejected,
        approved: row.approved,
        rejected: row.rejected,
        medianHandlingSeconds: row.handling?.medianSeconds() ?? null,
        currentClaim:
          held && claimedAt !== null
            ? { requestId: held.id, number: held.number, claimedAt: iso(claimedAt) }
            : null,
        lastActivityAt: last === null ? null : iso(last),
      };
    }),
  };
}

export function metricsRejectionReasons(view: MetricsView, query: MetricsQuery): MetricsRejectionReasons {
  const { index } = view;
  const counts = new Uint32Array(reasons.length);
  forEachDecision(view, query, (slot) => {
    const bits = index.reasonBits[slot] as number;
    if (bits === 0) return;
    for (let i = 0; i < reasons.length; i++) if (bits & (1 << i)) counts[i] = (counts[i] as number) + 1;
  });
  return {
    items: reasons
      .map((reason, i) => ({ reason, count: counts[i] as number, order: i }))
      .sort((a, b) => b.count - a.count || a.order - b.order)
      .map(({ reason, count }) => ({ reason, count })),
  };
}

export function metricsHandlingTime(view: MetricsView, query: MetricsQuery): MetricsHandlingTime {
  const { index } = view;
  const counts = new Uint32Array(HANDLING_BOUNDS_SECONDS.length + 1);
  const handling = new HandlingSample(slotsInRange(view, query));
  forEachDecision(view, query, (slot) => {
    const ms = index.handlingMs[slot] as number;
    handling.add(ms);
    let bucket = 0;
    while (
      bucket < HANDLING_BOUNDS_SECONDS.length &&
      ms >= (HANDLING_BOUNDS_SECONDS[bucket] as number) * 1000
    ) {
      bucket++;
    }
    counts[bucket] = (counts[bucket] as number) + 1;
  });
  return {
    buckets: [...HANDLING_BOUNDS_SECONDS, null].map((upToSeconds, i) => ({
      upToSeconds,
      count: counts[i] as number,
    })),
    medianSeconds: handling.medianSeconds(),
    p90Seconds: handling.percentileSeconds(0.9),
  };
}

export function metricsMachineAgreement(view: MetricsView, query: MetricsQuery): MetricsMachineAgreement {
  const { index } = view;
  const compared = new Uint32Array(checkNames.length);
  const agreed = new Uint32Array(checkNames.length);
  const disputed = new Uint32Array(checkNames.length);
  forEachDecision(view, query, (slot) => {
    const bits = index.machineBits[slot] as number;
    if (bits === 0) return;
    for (let i = 0; i < checkNames.length; i++) {
      const checkBits = bits >> (3 * i);
      if ((checkBits & MACHINE_COMPARED) === 0) continue;
      compared[i] = (compared[i] as number) + 1;
      if (checkBits & MACHINE_AGREED) agreed[i] = (agreed[i] as number) + 1;
      if (checkBits & MACHINE_DISPUTED) disputed[i] = (disputed[i] as number) + 1;
    }
  });
  return {
    items: checkNames.map((check, i) => ({
      check,
      compared: compared[i] as number,
      agreed: agreed[i] as number,
      disputed: disputed[i] as number,
    })),
  };
}
