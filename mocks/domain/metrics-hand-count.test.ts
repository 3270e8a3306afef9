// @vitest-environment node
/**
 * "Every figure agrees with a count done by hand from the mock's records": the default seeded world
 * (its 30 days of history, the waiting requests, and a morning's live work with an undo and a
 * re-review on top), with every metric recomputed here by plain loops over the raw records — no
 * index, no binary search, no helper of metrics.ts — and compared whole.
 */
import type { DecisionInput, RejectionReason } from '../../src/api/generated/zod';
import { libraryIndex } from '../library';
import { MockBackend } from './backend';
import { createClock } from './clock';
import {
  metricsBacklog,
  metricsHandlingTime,
  metricsRejectionReasons,
  metricsReviewers,
  metricsSummary,
  metricsThroughput,
  type MetricsQuery,
  type MetricsView,
} from './metrics';
import type { DecisionRecord, RequestRecord, UserRecord } from './records';
import type { World } from './world';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Thursday 2026-11-26, 10:00 in Shanghai: the world is built then, and the morning's work follows. */
const T0 = Date.parse('2026-11-26T02:00:00Z');

// ---- the hand count: what a person with the records and a calendar would do ------------------------

/** The Shanghai calendar date of an instant, by Intl (not by adding eight hours). */
const dateInShanghai = (at: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(at));
const midnightOf = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
const iso = (at: number) => new Date(at).toISOString();

function handCount(world: World, now: number, q: MetricsQuery) {
  const regionOf = new Map<string, string>();
  for (const r of world.requests) regionOf.set(r.id, r.region);
  const inRegion = (region: string | undefined) => q.region === null || region === q.region;
  const standing = (d: DecisionRecord) => d.undoneAt === null && !d.withdrawnAt;
  const all: DecisionRecord[] = [];
  for (const d of world.decisions.values())
    if (standing(d) && inRegion(regionOf.get(d.requestId))) all.push(d);
  const between = (from: number, to: number) => all.filter((d) => d.decidedAt >= from && d.decidedAt < to);
  const inRange = between(q.from, q.to);
  const waiting = world.requests.filter((r) => r.status === 'pending' && inRegion(r.region));

  const median = (ms: number[]) => {
    const s = [...ms].sort((a, b) => a - b);
    if (s.length === 0) return null;
    const mid = Math.floor(s.length / 2);
    return (
      (s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2) / 1000
    );
  };
  const handlingOf = (ds: DecisionRecord[]) => ds.map((d) => d.decidedAt - d.claimedAt);
  const approved = inRange.filter((d) => d.outcome === 'approved').length;
  const rejected = inRange.filter((d) => d.outcome === 'rejected').length;
  const today = midnightOf(dateInShanghai(now));

  // Active: holding a live claim, or a decision in force in the last 15 minutes (any region).
  const reviewers = world.users.filter((u) => u.role === 'reviewer');
  const active = new Set<string>();
  for (const r of world.requests) if (r.claim && r.claim.expiresAt > now) active.add(r.claim.holderId);
  for (const d of world.decisions.values()) {
    if (standing(d) && d.decidedAt > now - 15 * 60_000 && d.decidedAt <= now) {
      if (reviewers.some((u) => u.id === d.decidedBy)) active.add(d.decidedBy);
    }
  }
  let oldest: number | null = null;
  for (const r of waiting) oldest = Math.max(oldest ?? 0, now - r.submittedAt);

  const summary = {
    pendingNow: waiting.length,
    oldestPendingAgeSeconds: oldest === null ? null : Math.floor(oldest / 1000),
    decidedToday: between(today, today + DAY).length,
    decidedInRange: inRange.length,
    approvedInRange: approved,
    rejectedInRange: rejected,
    approvalRate: inRange.length === 0 ? null : approved / inRange.length,
    medianHandlingSeconds: median(handlingOf(inRange)),
    pastServiceTarget: waiting.filter((r) => now - r.submittedAt > 48 * HOUR).length,
    serviceTargetHours: 48,
    reviewersActiveNow: active.size,
    generatedAt: iso(now),
  };

  // Buckets by calendar: each Shanghai day (or hour) that the range touches, from its first.
  const bucketStarts: number[] = [];
  const size = q.bucket === 'hour' ? HOUR : DAY;
  let start = q.bucket === 'hour' ? q.from - (q.from % HOUR) : midnightOf(dateInShanghai(q.from));
  for (; start < q.to; start += size) bucketStarts.push(start);
  const throughput = {
    bucket: q.bucket,
    items: bucketStarts.map((s) => {
      const ds = inRange.filter((d) => d.decidedAt >= s && d.decidedAt < s + size);
      return {
        start: iso(s),
        approved: ds.filter((d) => d.outcome === 'approved').length,
        rejected: ds.filter((d) => d.outcome === 'rejected').length,
      };
    }),
  };

  // The backlog at an instant: requests submitted before it without a decision in force before it.
  const regionRequests = world.requests.filter((r) => inRegion(r.region));
  const decidedBefore = new Map<string, number>();
  for (const d of all) decidedBefore.set(d.requestId, d.decidedAt);
  const backlogAt = (t: number) =>
    regionRequests.filter((r) => {
      const decided = decidedBefore.get(r.id);
      return r.submittedAt < t && (decided === undefined || decided >= t);
    }).length;
  const ageLimits: Array<[string, number]> = [
    ['lt1h', HOUR],
    ['1to4h', 4 * HOUR],
    ['4to24h', 24 * HOUR],
    ['1to2d', 48 * HOUR],
    ['2to3d', 72 * HOUR],
    ['gt3d', Number.POSITIVE_INFINITY],
  ];
  const backlog = {
    bucket: q.bucket,
    items: bucketStarts.map((s) => {
      const from = Math.max(s, q.from);
      const to = Math.min(s + size, q.to);
      return {
        start: iso(s),
        day: dateInShanghai(s),
        inflow: regionRequests.filter((r) => r.submittedAt >= from && r.submittedAt < to).length,
        outflow: all.filter((d) => d.decidedAt >= from && d.decidedAt < to).length,
        backlogAtEnd: backlogAt(Math.min(to, now)),
      };
    }),
    ageBuckets: ageLimits.map(([bucket, below], i) => ({
      bucket,
      count: waiting.filter((r) => {
        const age = now - r.submittedAt;
        return age < below && (i === 0 || age >= (ageLimits[i - 1] as [string, number])[1]);
      }).length,
    })),
  };

  const reasonOrder: RejectionReason[] = [
    'background',
    'blurred',
    'exposure',
    'face-not-visible',
    'eyes',
    'ornaments',
    'size-format',
    'different-person',
    'other',
  ];
  const reasonCounts = reasonOrder.map((reason) => ({
    reason,
    count: inRange.filter((d) => d.reasonCodes.includes(reason)).length,
  }));
  const reasons = {
    items: [...reasonCounts].sort(
      (a, b) => b.count - a.count || reasonOrder.indexOf(a.reason) - reasonOrder.indexOf(b.reason),
    ),
  };

  const bounds = [30, 60, 120, 300, 600, 1800];
  const handling = handlingOf(inRange);
  const sortedHandling = [...handling].sort((a, b) => a - b);
  const handlingTime = {
    buckets: [...bounds, null].map((upToSeconds, i) => ({
      upToSeconds,
      count: handling.filter(
        (ms) =>
          (upToSeconds === null || ms < upToSeconds * 1000) &&
          (i === 0 || ms >= (bounds[i - 1] as number) * 1000),
      ).length,
    })),
    medianSeconds: median(handling),
    p90Seconds:
      sortedHandling.length === 0
        ? null
        : (sortedHandling[Math.ceil(0.9 * sortedHandling.length) - 1] as number) / 1000,
  };

  const reviewerRows = {
    items: reviewers.map((u) => {
      const mine = inRange.filter((d) => d.decidedBy === u.id);
      let held: RequestRecord | null = null;
      for (const r of world.requests) {
        if (r.claim && r.claim.holderId === u.id && r.claim.expiresAt > now) {
          if (!held || (held.claim?.claimedAt ?? 0) < r.claim.claimedAt) held = r;
        }
      }
      let lastDecision: number | null = null;
      for (const d of world.decisions.values()) {
        if (standing(d) && d.decidedBy === u.id) lastDecision = Math.max(lastDecision ?? 0, d.decidedAt);
      }
      const claimedAt = held?.claim?.claimedAt ?? null;
      const last = Math.max(claimedAt ?? -1, lastDecision ?? -1);
      return {
        reviewer: { id: u.id, displayName: u.displayName },
        decided: mine.length,
        approved: mine.filter((d) => d.outcome === 'approved').length,
        rejected: mine.filter((d) => d.outcome === 'rejected').length,
        medianHandlingSeconds: median(handlingOf(mine)),
        currentClaim:
          held && claimedAt !== null
            ? { requestId: held.id, number: held.number, claimedAt: iso(claimedAt) }
            : null,
        lastActivityAt: last < 0 ? null : iso(last),
      };
    }),
  };

  return { summary, throughput, backlog, reasons, handlingTime, reviewerRows };
}

// ---- the world ----------------------------------------------------------------------------------

const rejection = (reasons: RejectionReason[]): DecisionInput => ({
  outcome: 'rejected',
  checks: { background: 'fail', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: reasons,
  note: '照片背景不是白色，请在白色背景前重新拍摄。',
});
const approval: DecisionInput = {
  outcome: 'approved',
  checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: [],
  note: '',
};

/** The default seed, then a morning: decisions, an undo, a re-review and a claim still held. */
function defaultWorldWithAMorning(): { backend: MockBackend; supervisor: UserRecord } {
  const backend = new MockBackend({ library: libraryIndex(), clock: createClock(() => T0) });
  const person = (name: string) => backend.world.users.find((u) => u.username === name) as UserRecord;
  const supervisor = person('supervisor1');
  let key = 0;
  const decide = (who: UserRecord, input: DecisionInput, seconds: number) => {
    const claimed = backend.claimNext(who);
    if (!claimed) throw new Error('nothing to claim');
    backend.advanceClock(seconds);
    return backend.decide(
      who,
      claimed.id,
      { idempotencyKey: `hand-count-${key++}`, ifMatch: `"${claimed.version}"` },
      input,
    ).decision;
  };
  decide(person('reviewer1'), rejection(['background', 'exposure']), 95);
  const undone = decide(person('reviewer2'), approval, 40);
  backend.advanceClock(5);
  backend.undo(person('reviewer2'), undone.id);
  const withdrawn = decide(person('reviewer3'), approval, 300);
  backend.reReview(supervisor, withdrawn.requestId, { note: 'Check the ears.' });
  decide(person('reviewer1'), approval, 12);
  backend.claimNext(person('reviewer4'));
  backend.advanceClock(60);
  return { backend, supervisor };
}

// ---- the comparison -----------------------------------------------------------------------------

function computed(view: MetricsView, q: MetricsQuery) {
  return {
    summary: metricsSummary(view, q),
    throughput: metricsThroughput(view, q),
    backlog: metricsBacklog(view, q),
    reasons: metricsRejectionReasons(view, q),
    handlingTime: metricsHandlingTime(view, q),
    reviewerRows: metricsReviewers(view, q),
  };
}

describe('every figure against a count by hand, on the default seeded world', () => {
  const { backend, supervisor } = defaultWorldWithAMorning();
  const view = backend.metricsView(supervisor);
  const now = view.now;
  const today = midnightOf(dateInShanghai(now));
  const regions = view.world.regions.map((r) => r.code);

  it('the world is the default one, with history, waiting requests and the morning', () => {
    const standing = [...view.world.decisions.values()].filter((d) => d.undoneAt === null && !d.withdrawnAt);
    expect(standing.length).toBeGreaterThan(4000);
    expect(view.world.requests.filter((r) => r.status === 'pending').length).toBeGreaterThan(250);
    expect([...view.world.decisions.values()].some((d) => d.undoneAt !== null)).toBe(true);
    expect([...view.world.decisions.values()].some((d) => d.withdrawnAt)).toBe(true);
  });

  const cases: Array<[string, MetricsQuery]> = [
    ['today, by the hour', { from: today, to: today + DAY, region: null, bucket: 'hour' }],
    ['the last 30 days', { from: today - 29 * DAY, to: today + DAY, region: null, bucket: 'day' }],
    ...regions.map((region): [string, MetricsQuery] => [
      `the last 30 days in region ${region}`,
      { from: today - 29 * DAY, to: today + DAY, region, bucket: 'day' },
    ]),
    // Ends at Shanghai midnight: the day before today is in, today is not.
    ['seven days ending at midnight', { from: today - 7 * DAY, to: today, region: null, bucket: 'day' }],
    [
      'a range from 23:00 to 01:00 across midnight, by the hour',
      { from: today - 7 * DAY - HOUR, to: today - 7 * DAY + HOUR, region: null, bucket: 'hour' },
    ],
    [
      'a range with nothing in it',
      { from: Date.UTC(2020, 0, 1), to: Date.UTC(2020, 0, 2), region: null, bucket: 'day' },
    ],
  ];

  it.each(cases)('%s', (_name, query) => {
    const hand = handCount(view.world, now, query);
    expect(computed(view, query)).toEqual(hand);
  });

  it('the week ending at Shanghai midnight leaves today out, and its days add up', () => {
    const [, endingAtMidnight] = cases.find(([name]) => name.startsWith('seven days')) ?? [];
    const week = handCount(view.world, now, endingAtMidnight as MetricsQuery);
    expect(week.throughput.items.map((b) => b.start)).toEqual(
      Array.from({ length: 7 }, (_, i) => iso(today - (7 - i) * DAY)),
    );
    expect(week.summary.decidedInRange).toBe(
      week.throughput.items.reduce((n, b) => n + b.approved + b.rejected, 0),
    );
    expect(week.summary.decidedInRange).toBeGreaterThan(0);
    expect(week.summary.decidedToday).toBeGreaterThan(0);
  });
});
