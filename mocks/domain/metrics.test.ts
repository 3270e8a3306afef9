// @vitest-environment node
import type {
  CheckName,
  DecisionInput,
  MachineChecks,
  Problem,
  RejectionReason,
} from '../../src/api/generated/zod';
import { MockBackend } from './backend';
import { createClock } from './clock';
import {
  MetricsIndex,
  metricsBacklog,
  metricsHandlingTime,
  metricsMachineAgreement,
  metricsRejectionReasons,
  metricsReviewers,
  metricsSummary,
  metricsThroughput,
  parseMetricsQuery,
  type MetricsQuery,
  type MetricsView,
} from './metrics';
import { ProblemError } from './problems';
import type { DecisionRecord, RequestRecord, UserRecord } from './records';
import { demoRegions, demoUsers } from './seed';
import type { PhotoLibraryIndex, World } from './world';

/** An instant written in Asia/Shanghai time, e.g. at('11-25 23:59') is 2026-11-25 23:59 in Shanghai. */
const at = (text: string) => Date.parse(`2026-${text.replace(' ', 'T')}+08:00`);
const iso = (ms: number) => new Date(ms).toISOString();
/** Now: Thursday 2026-11-26, 10:00 in Shanghai. */
const NOW = at('11-26 10:00');
const HOUR = 3600_000;

interface Decided {
  id: string;
  by: string;
  outcome: 'approved' | 'rejected';
  reasons?: RejectionReason[];
  submitted: string;
  decided: string;
  handlingSeconds: number;
  region: string;
  undone?: boolean;
  /** The checks the reviewer failed (the others passed). */
  failed?: CheckName[];
  /** The machine's verdicts; none when absent. */
  machine?: MachineChecks;
}

const pass = { verdict: 'likely-pass', disputed: false } as const;
const fail = { verdict: 'likely-fail', disputed: false } as const;
const unsure = { verdict: 'unsure', disputed: false } as const;

interface Waiting {
  id: string;
  submitted: string;
  region: string;
  claim?: { by: string; claimed: string; expires: string };
}

/**
 * A world small enough to count by hand (see the table in each test):
 *
 * | decision | by | outcome             | decided (Shanghai) | handling | region |
 * | d1       | r1 | approved            | 11-25 23:59:00     | 30 s     | 310101 |
 * | d2       | r2 | rejected bg+exposure| 11-26 00:01:00     | 60 s     | 310104 |
 * | d3       | r1 | rejected background | 11-26 08:42:00     | 120 s    | 310101 |
 * | d4       | r3 | approved            | 11-25 09:30:45     | 45 s     | 310112 |
 * | d5       | r2 | rejected other      | 11-25 10:10:00     | 600 s    | 310104 |
 * | d6       | r1 | approved            | 11-26 09:55:00     | 300 s    | 310101 |
 * | d7       | r5 | approved, UNDONE    | 11-26 09:00:00     | 90 s     | 310115 |
 *
 * The machine's verdicts against the reviewer's checks (agree / DISAGREE, * disputed; blank: none):
 *
 * | decision | background          | clarity              | facialFeatures      | noOrnaments   |
 * | d1       | likely-pass, pass   | likely-pass, pass    | unsure              | unsure        |
 * | d2       | likely-fail, fail   | likely-pass*, FAIL   |                     |               |
 * | d3       | likely-pass*, FAIL  | likely-pass, pass    | likely-fail, PASS   |               |
 * | d4       |                     |                      |                     |               |
 * | d5       |                     | likely-fail, PASS    |                     | unsure        |
 * | d6       |                     |                      | likely-pass, pass   |               |
 * | d7       | likely-fail*, (undone)                     |                     |               |
 *
 * Waiting now: w1 (11-22 09:00, 310101), w2 (11-24 08:00, 310104), w3 (11-25 09:00, 310101, held by
 * r4 since 09:58), w4 (11-26 07:30, 310112), w5 (11-26 09:30, 310101), w6 (11-24 10:00: exactly 48 h,
 * 310104) and w7 (11-26 08:00, 310115: d7's request, back after the undo; r5's claim has run out).
 */
const decided: Decided[] = [
  {
    id: 'd1',
    by: 'r1',
    outcome: 'approved',
    submitted: '11-25 20:00',
    decided: '11-25 23:59:00',
    handlingSeconds: 30,
    region: '310101',
    machine: { background: pass, clarity: pass, facialFeatures: unsure, noOrnaments: unsure },
  },
  {
    id: 'd2',
    by: 'r2',
    outcome: 'rejected',
    reasons: ['background', 'exposure'],
    submitted: '11-25 21:00',
    decided: '11-26 00:01:00',
    handlingSeconds: 60,
    region: '310104',
    failed: ['background', 'clarity'],
    machine: { background: fail, clarity: { verdict: 'likely-pass', disputed: true } },
  },
  {
    id: 'd3',
    by: 'r1',
    outcome: 'rejected',
    reasons: ['background'],
    submitted: '11-25 22:00',
    decided: '11-26 08:42:00',
    handlingSeconds: 120,
    region: '310101',
    failed: ['background'],
    machine: { background: { verdict: 'likely-pass', disputed: true }, clarity: pass, facialFeatures: fail },
  },
  {
    id: 'd4',
    by: 'r3',
    outcome: 'approved',
    submitted: '11-25 09:00',
    decided: '11-25 09:30:45',
    handlingSeconds: 45,
    region: '310112',
  },
  {
    id: 'd5',
    by: 'r2',
    outcome: 'rejected',
    reasons: ['other'],
    submitted: '11-24 10:00',
    decided: '11-25 10:10:00',
    handlingSeconds: 600,
    region: '310104',
    machine: { clarity: fail, noOrnaments: unsure },
  },
  {
    id: 'd6',
    by: 'r1',
    outcome: 'approved',
    submitted: '11-26 09:00',
    decided: '11-26 09:55:00',
    handlingSeconds: 300,
    region: '310101',
    machine: { facialFeatures: pass },
  },
  {
    id: 'd7',
    by: 'r5',
    outcome: 'approved',
    submitted: '11-26 08:00',
    decided: '11-26 09:00:00',
    handlingSeconds: 90,
    region: '310115',
    undone: true,
    machine: { background: { verdict: 'likely-fail', disputed: true }, clarity: pass },
  },
];
const waiting: Waiting[] = [
  { id: 'w1', submitted: '11-22 09:00', region: '310101' },
  { id: 'w2', submitted: '11-24 08:00', region: '310104' },
  {
    id: 'w3',
    submitted: '11-25 09:00',
    region: '310101',
    claim: { by: 'r4', claimed: '11-26 09:58', expires: '11-26 10:08' },
  },
  { id: 'w4', submitted: '11-26 07:30', region: '310112' },
  { id: 'w5', submitted: '11-26 09:30', region: '310101' },
  { id: 'w6', submitted: '11-24 10:00', region: '310104' },
];

const userId = (short: string) => `u-reviewer${short.slice(1)}`;

function request(id: string, submitted: string, region: string): RequestRecord {
  return {
    id: `rq-${id}`,
    number: `PR2026${id}`,
    region,
    channel: 'ios',
    submittedAt: at(submitted),
    applicantId: `ap-${id}`,
    newPhotoId: `ph-new-${id}`,
    cardPhotoId: `ph-card-${id}`,
    status: 'pending',
    claim: null,
    version: 1,
    decisionId: null,
  };
}

function handWorld(): World {
  const world: World = {
    seed: 1,
    users: demoUsers.map((u) => ({ ...u })),
    regions: demoRegions,
    applicants: new Map(),
    photos: new Map(),
    requests: [],
    requestsById: new Map(),
    claimed: new Set(),
    sessions: new Map(),
    decisions: new Map(),
    idempotency: new Map(),
    skips: new Map(),
    revocations: new Map(),
    audit: [],
  };
  for (const d of decided) {
    const r = request(d.id, d.submitted, d.region);
    const decidedAt = at(d.decided);
    const record: DecisionRecord = {
      id: `dc-${d.id}`,
      requestId: r.id,
      outcome: d.outcome,
      checks: {
        background: d.failed?.includes('background') ? 'fail' : 'pass',
        clarity: d.failed?.includes('clarity') ? 'fail' : 'pass',
        facialFeatures: d.failed?.includes('facialFeatures') ? 'fail' : 'pass',
        noOrnaments: d.failed?.includes('noOrnaments') ? 'fail' : 'pass',
      },
      machine: d.machine ?? {},
      reasonCodes: d.reasons ?? [],
      note: '',
      decidedBy: userId(d.by),
      claimedAt: decidedAt - d.handlingSeconds * 1000,
      decidedAt,
      undoableUntil: decidedAt + 60_000,
      versionAfter: 3,
      previousCardPhotoId: null,
      undoneAt: d.undone ? decidedAt + 30_000 : null,
    };
    world.decisions.set(record.id, record);
    if (d.undone) {
      r.claim = { holderId: userId(d.by), claimedAt: decidedAt + 30_000, expiresAt: decidedAt + 630_000 };
      world.claimed.add(r.id);
    } else {
      r.status = d.outcome;
      r.decisionId = record.id;
    }
    world.requests.push(r);
  }
  for (const w of waiting) {
    const r = request(w.id, w.submitted, w.region);
    if (w.claim) {
      r.claim = {
        holderId: userId(w.claim.by),
        claimedAt: at(w.claim.claimed),
        expiresAt: at(w.claim.expires),
      };
      world.claimed.add(r.id);
    }
    world.requests.push(r);
  }
  world.requests.sort((a, b) => a.submittedAt - b.submittedAt);
  for (const r of world.requests) world.requestsById.set(r.id, r);
  return world;
}

const view = (world = handWorld(), now = NOW): MetricsView => ({
  world,
  index: new MetricsIndex(world, now),
  now,
});
const range = (from: string, to: string, extra: Partial<MetricsQuery> = {}): MetricsQuery => ({
  from: at(from),
  to: at(to),
  region: null,
  bucket: 'day',
  ...extra,
});
const BOTH_DAYS = range('11-25 00:00', '11-27 00:00');
const EMPTY = range('01-01 00:00', '01-02 00:00');

describe('the summary', () => {
  it('counts the decisions in force of the range, and the waiting requests now', () => {
    expect(metricsSummary(view(), BOTH_DAYS)).toEqual({
      pendingNow: 7,
      oldestPendingAgeSeconds: 4 * 86_400 + 3600, // w1, since 11-22 09:00
      decidedToday: 3, // d2 d3 d6 on Thursday; d7 was undone
      decidedInRange: 6, // d1-d6; d7 was undone
      approvedInRange: 3,
      rejectedInRange: 3,
      approvalRate: 0.5,
      medianHandlingSeconds: 90, // 30 45 60 | 120 300 600
      pastServiceTarget: 2, // w1 and w2; w6 has waited exactly 48 hours, not longer
      serviceTargetHours: 48,
      reviewersActiveNow: 2, // r4 holds w3; r1 decided d6 five minutes ago; r5's claim has run out
      generatedAt: iso(NOW),
    });
  });

  it('23:59 and 00:01 in Shanghai fall on different days', () => {
    const wednesday = metricsSummary(view(), range('11-25 00:00', '11-26 00:00'));
    expect(wednesday).toMatchObject({ decidedInRange: 3, approvedInRange: 2, rejectedInRange: 1 }); // d4 d5 d1
    expect(wednesday.approvalRate).toBeCloseTo(2 / 3);
    expect(wednesday.medianHandlingSeconds).toBe(45);
    const thursday = metricsSummary(view(), range('11-26 00:00', '11-27 00:00'));
    expect(thursday).toMatchObject({ decidedInRange: 3, approvedInRange: 1, rejectedInRange: 2 }); // d2 d3 d6
    expect(thursday.medianHandlingSeconds).toBe(120);
    // The range's end is exclusive and its start inclusive, to the millisecond.
    expect(metricsSummary(view(), range('11-25 23:59:00', '11-26 00:01:00')).decidedInRange).toBe(1);
    expect(metricsSummary(view(), range('11-25 23:59:01', '11-26 00:01:01')).decidedInRange).toBe(1);
  });

  it('"decided today" counts the server\'s Shanghai day, whatever the range, in the region', () => {
    // Wednesday's range, or one long ago: today stays Thursday's d2 d3 d6.
    expect(metricsSummary(view(), range('11-25 00:00', '11-26 00:00')).decidedToday).toBe(3);
    expect(metricsSummary(view(), EMPTY)).toMatchObject({ decidedToday: 3, decidedInRange: 0 });
    expect(metricsSummary(view(), { ...EMPTY, region: '310101' }).decidedToday).toBe(2); // d3 d6
    // At 23:59:30 on Thursday, Thursday still; at 00:00:30 on Friday, nothing yet. On Wednesday at
    // 23:59:30, Wednesday's d4 d5 (d1 comes at 23:59:00, so it is in too).
    expect(metricsSummary(view(handWorld(), at('11-26 23:59:30')), EMPTY).decidedToday).toBe(3);
    expect(metricsSummary(view(handWorld(), at('11-27 00:00:30')), EMPTY).decidedToday).toBe(0);
    expect(metricsSummary(view(handWorld(), at('11-25 23:59:30')), EMPTY).decidedToday).toBe(3);
  });

  it('an empty range gives zeros and nulls, and an empty world too', () => {
    expect(metricsSummary(view(), EMPTY)).toMatchObject({
      decidedInRange: 0,
      approvedInRange: 0,
      rejectedInRange: 0,
      approvalRate: null,
      medianHandlingSeconds: null,
      pendingNow: 7,
    });
    const empty = handWorld();
    empty.requests = [];
    empty.requestsById.clear();
    empty.decisions.clear();
    empty.claimed.clear();
    expect(metricsSummary(view(empty), BOTH_DAYS)).toMatchObject({
      pendingNow: 0,
      oldestPendingAgeSeconds: null,
      decidedInRange: 0,
      approvalRate: null,
      medianHandlingSeconds: null,
      pastServiceTarget: 0,
      reviewersActiveNow: 0,
    });
  });

  it('a region narrows every request figure but not the reviewers active now', () => {
    expect(metricsSummary(view(), { ...BOTH_DAYS, region: '310101' })).toMatchObject({
      pendingNow: 3, // w1 w3 w5
      oldestPendingAgeSeconds: 4 * 86_400 + 3600,
      decidedInRange: 3, // d1 d3 d6
      approvedInRange: 2,
      pastServiceTarget: 1,
      medianHandlingSeconds: 120,
      reviewersActiveNow: 2,
    });
    expect(metricsSummary(view(), { ...BOTH_DAYS, region: '310115' })).toMatchObject({
      pendingNow: 1,
      decidedInRange: 0,
    });
  });
});

describe('throughput', () => {
  it('counts per Shanghai day, approved against rejected', () => {
    expect(metricsThroughput(view(), BOTH_DAYS)).toEqual({
      bucket: 'day',
      items: [
        { start: '2026-11-24T16:00:00.000Z', approved: 2, rejected: 1 },
        { start: '2026-11-25T16:00:00.000Z', approved: 1, rejected: 2 },
      ],
    });
  });

  it('per hour, with the empty hours included', () => {
    const items = metricsThroughput(view(), range('11-25 23:00', '11-26 03:00', { bucket: 'hour' })).items;
    expect(items).toEqual([
      { start: '2026-11-25T15:00:00.000Z', approved: 1, rejected: 0 }, // 23:00 d1
      { start: '2026-11-25T16:00:00.000Z', approved: 0, rejected: 1 }, // 00:00 d2
      { start: '2026-11-25T17:00:00.000Z', approved: 0, rejected: 0 },
      { start: '2026-11-25T18:00:00.000Z', approved: 0, rejected: 0 },
    ]);
  });

  it('a range that does not start at midnight counts only its own decisions, so the buckets add up to the summary', () => {
    const partial = range('11-25 10:00', '11-26 09:00');
    expect(metricsThroughput(view(), partial).items).toEqual([
      { start: '2026-11-24T16:00:00.000Z', approved: 1, rejected: 1 }, // d5 d1 (d4 at 09:30 is before)
      { start: '2026-11-25T16:00:00.000Z', approved: 0, rejected: 2 }, // d2 d3 (d6 at 09:55 is after)
    ]);
    expect(metricsSummary(view(), partial).decidedInRange).toBe(4);
  });

  it('an empty range has its buckets, all zero', () => {
    expect(metricsThroughput(view(), EMPTY).items).toEqual([
      { start: '2025-12-31T16:00:00.000Z', approved: 0, rejected: 0 },
    ]);
    expect(metricsThroughput(view(), { ...EMPTY, bucket: 'hour' }).items).toHaveLength(24);
  });
});

describe('the backlog', () => {
  it('gives inflow, outflow and the backlog at the end of each Shanghai day, and the waiting requests by age', () => {
    expect(metricsBacklog(view(), BOTH_DAYS)).toEqual({
      bucket: 'day',
      items: [
        // In: d4 w3 d1 d2 d3. Out: d4 d5 d1. Left at midnight: w1 w2 w6 w3 d2 d3.
        { start: '2026-11-24T16:00:00.000Z', day: '2026-11-25', inflow: 5, outflow: 3, backlogAtEnd: 6 },
        // In: w4 w7 d6 w5. Out: d2 d3 d6 (d7 undone). Left now (the day has not ended): all 7 waiting.
        { start: '2026-11-25T16:00:00.000Z', day: '2026-11-26', inflow: 4, outflow: 3, backlogAtEnd: 7 },
      ],
      ageBuckets: [
        { bucket: 'lt1h', count: 1 }, // w5
        { bucket: '1to4h', count: 2 }, // w4 w7
        { bucket: '4to24h', count: 0 },
        { bucket: '1to2d', count: 1 }, // w3
        { bucket: '2to3d', count: 2 }, // w2, and w6 at exactly 48 h
        { bucket: 'gt3d', count: 1 }, // w1
      ],
    });
  });

  it('a region and a partial day', () => {
    expect(metricsBacklog(view(), range('11-25 12:00', '11-26 09:00', { region: '310101' })).items).toEqual([
      // From noon: in d1 d3 (w3 came at 09:00). Out d1. Left at midnight: w1 w3 d3.
      { start: '2026-11-24T16:00:00.000Z', day: '2026-11-25', inflow: 2, outflow: 1, backlogAtEnd: 3 },
      // Until 09:00 (exclusive): nothing in (d6 came at 09:00). Out d3. Left at 09:00: w1 w3.
      { start: '2026-11-25T16:00:00.000Z', day: '2026-11-26', inflow: 0, outflow: 1, backlogAtEnd: 2 },
    ]);
  });

  it('an empty range is one quiet day', () => {
    expect(metricsBacklog(view(), EMPTY).items).toEqual([
      { start: '2025-12-31T16:00:00.000Z', day: '2026-01-01', inflow: 0, outflow: 0, backlogAtEnd: 0 },
    ]);
  });

  it('per hour: a day has 24 points, not one, and they add up to the day', () => {
    const hours = metricsBacklog(view(), range('11-26 07:00', '11-26 11:00', { bucket: 'hour' }));
    expect(hours.bucket).toBe('hour');
    expect(hours.items).toEqual([
      // In w4 (07:30). Left at 08:00: w1 w2 w3 w6 w4 and d3 (decided at 08:42).
      { start: '2026-11-25T23:00:00.000Z', day: '2026-11-26', inflow: 1, outflow: 0, backlogAtEnd: 6 },
      // In w7 (08:00). Out d3. Left at 09:00: w1 w2 w3 w6 w4 w7.
      { start: '2026-11-26T00:00:00.000Z', day: '2026-11-26', inflow: 1, outflow: 1, backlogAtEnd: 6 },
      // In d6 (09:00) w5. Out d6 (d7 undone). Left now, 10:00: all 7 waiting.
      { start: '2026-11-26T01:00:00.000Z', day: '2026-11-26', inflow: 2, outflow: 1, backlogAtEnd: 7 },
      // The hour after now: nothing yet, the backlog is now's.
      { start: '2026-11-26T02:00:00.000Z', day: '2026-11-26', inflow: 0, outflow: 0, backlogAtEnd: 7 },
    ]);
    const thursday = range('11-26 00:00', '11-27 00:00');
    const byHour = metricsBacklog(view(), { ...thursday, bucket: 'hour' }).items;
    const [byDay] = metricsBacklog(view(), thursday).items;
    expect(byHour).toHaveLength(24);
    expect(byHour[0]?.start).toBe('2026-11-25T16:00:00.000Z');
    expect(byHour.reduce((n, h) => n + h.inflow, 0)).toBe(byDay?.inflow);
    expect(byHour.reduce((n, h) => n + h.outflow, 0)).toBe(byDay?.outflow);
    expect(byHour.at(-1)?.backlogAtEnd).toBe(byDay?.backlogAtEnd);
  });
});

describe('the reviewers', () => {
  it('has a row for every reviewer with their decisions, median, claim and last activity', () => {
    const rows = metricsReviewers(view(), BOTH_DAYS).items;
    expect(rows.map((r) => r.reviewer)).toEqual(
      demoUsers.filter((u) => u.role === 'reviewer').map((u) => ({ id: u.id, displayName: u.displayName })),
    );
    expect(rows.map(({ reviewer, ...rest }) => ({ id: reviewer.id, ...rest }))).toEqual([
      {
        id: 'u-reviewer1',
        decided: 3,
        approved: 2,
        rejected: 1,
        medianHandlingSeconds: 120, // 30 120 300
        currentClaim: null,
        lastActivityAt: iso(at('11-26 09:55:00')),
      },
      {
        id: 'u-reviewer2',
        decided: 2,
        approved: 0,
        rejected: 2,
        medianHandlingSeconds: 330, // (60 + 600) / 2
        currentClaim: null,
        lastActivityAt: iso(at('11-26 00:01:00')),
      },
      {
        id: 'u-reviewer3',
        decided: 1,
        approved: 1,
        rejected: 0,
        medianHandlingSeconds: 45,
        currentClaim: null,
        lastActivityAt: iso(at('11-25 09:30:45')),
      },
      {
        id: 'u-reviewer4',
        decided: 0,
        approved: 0,
        rejected: 0,
        medianHandlingSeconds: null,
        currentClaim: { requestId: 'rq-w3', number: 'PR2026w3', claimedAt: iso(at('11-26 09:58')) },
        lastActivityAt: iso(at('11-26 09:58')),
      },
      // The undone decision does not count, and the claim that came back with it has run out.
      {
        id: 'u-reviewer5',
        decided: 0,
        approved: 0,
        rejected: 0,
        medianHandlingSeconds: null,
        currentClaim: null,
        lastActivityAt: null,
      },
    ]);
  });

  it('the range and region narrow the counts, not what a reviewer is doing now', () => {
    const rows = metricsReviewers(view(), range('11-26 00:00', '11-27 00:00', { region: '310104' })).items;
    expect(rows.map((r) => [r.decided, r.medianHandlingSeconds])).toEqual([
      [0, null],
      [1, 60], // d2
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(rows[0]?.lastActivityAt).toBe(iso(at('11-26 09:55:00')));
    expect(rows[3]?.currentClaim?.requestId).toBe('rq-w3');
  });
});

describe('rejection reasons', () => {
  it('counts a rejection with two reasons once for each, most frequent first, zeros last', () => {
    expect(metricsRejectionReasons(view(), BOTH_DAYS).items).toEqual([
      { reason: 'background', count: 2 }, // d2 d3
      { reason: 'exposure', count: 1 }, // d2
      { reason: 'other', count: 1 }, // d5
      { reason: 'blurred', count: 0 },
      { reason: 'face-not-visible', count: 0 },
      { reason: 'eyes', count: 0 },
      { reason: 'ornaments', count: 0 },
      { reason: 'size-format', count: 0 },
      { reason: 'different-person', count: 0 },
    ]);
    expect(metricsRejectionReasons(view(), EMPTY).items.every((item) => item.count === 0)).toBe(true);
  });
});

describe('handling time', () => {
  it('buckets each decision by its handling time, with the median and the 90th percentile', () => {
    expect(metricsHandlingTime(view(), BOTH_DAYS)).toEqual({
      buckets: [
        { upToSeconds: 30, count: 0 },
        { upToSeconds: 60, count: 2 }, // 30 45: a bound belongs to the bucket above it
        { upToSeconds: 120, count: 1 }, // 60
        { upToSeconds: 300, count: 1 }, // 120
        { upToSeconds: 600, count: 1 }, // 300
        { upToSeconds: 1800, count: 1 }, // 600
        { upToSeconds: null, count: 0 },
      ],
      medianSeconds: 90,
      p90Seconds: 600, // nearest rank: the 6th of 6
    });
    expect(metricsHandlingTime(view(), range('11-25 00:00', '11-26 00:00'))).toMatchObject({
      medianSeconds: 45,
      p90Seconds: 600, // the 3rd of 30 45 600
    });
  });

  it('an empty range has empty buckets and no median', () => {
    const empty = metricsHandlingTime(view(), EMPTY);
    expect(empty.buckets.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(empty).toMatchObject({ medianSeconds: null, p90Seconds: null });
  });
});

describe('agreement with the machine', () => {
  const row = (check: CheckName, compared: number, agreed: number, disputed: number) => ({
    check,
    compared,
    agreed,
    disputed,
  });

  it('counts, per check in order, the committed verdicts, those the reviewer agreed with, and the disputed', () => {
    expect(metricsMachineAgreement(view(), BOTH_DAYS)).toEqual({
      items: [
        row('background', 3, 2, 1), // d1 d2 agree, d3 disputed; d7 was undone
        row('clarity', 4, 2, 1), // d1 d3 agree, d2 disputed, d5 not
        row('facialFeatures', 2, 1, 0), // d6 agrees, d3 not; d1 unsure
        row('noOrnaments', 0, 0, 0), // unsure only
      ],
    });
  });

  it('follows the range and the region; an undone decision never counts', () => {
    expect(metricsMachineAgreement(view(), { ...BOTH_DAYS, region: '310101' }).items).toEqual([
      row('background', 2, 1, 1), // d1, d3
      row('clarity', 2, 2, 0),
      row('facialFeatures', 2, 1, 0), // d3, d6
      row('noOrnaments', 0, 0, 0),
    ]);
    expect(metricsMachineAgreement(view(), range('11-26 00:00', '11-27 00:00')).items).toEqual([
      row('background', 2, 1, 1), // d2, d3
      row('clarity', 2, 1, 1),
      row('facialFeatures', 2, 1, 0), // d3, d6
      row('noOrnaments', 0, 0, 0),
    ]);
    // Only d7 is of 310115, and it was undone.
    for (const query of [{ ...BOTH_DAYS, region: '310115' }, EMPTY]) {
      expect(metricsMachineAgreement(view(), query).items).toEqual([
        row('background', 0, 0, 0),
        row('clarity', 0, 0, 0),
        row('facialFeatures', 0, 0, 0),
        row('noOrnaments', 0, 0, 0),
      ]);
    }
  });
});

describe('the index', () => {
  it('follows records added after it was built, in time order or not', () => {
    const world = handWorld();
    const v = view(world);
    const late = request('d8', '11-26 09:40', '310112');
    late.status = 'rejected';
    late.decisionId = 'dc-d8';
    world.requests.push(late);
    world.requestsById.set(late.id, late);
    // Decided before d6, though recorded after it: put in its place.
    world.decisions.set('dc-d8', {
      ...(world.decisions.get('dc-d3') as DecisionRecord),
      id: 'dc-d8',
      requestId: late.id,
      reasonCodes: ['eyes'],
      claimedAt: at('11-26 09:49:00'),
      decidedAt: at('11-26 09:50:00'),
      undoableUntil: at('11-26 09:51:00'),
    });
    v.index.sync(NOW);
    expect(metricsSummary(v, BOTH_DAYS)).toMatchObject({
      decidedInRange: 7,
      rejectedInRange: 4,
      pendingNow: 7,
    });
    expect(metricsThroughput(v, range('11-26 09:00', '11-26 10:00', { bucket: 'hour' })).items).toEqual([
      { start: '2026-11-26T01:00:00.000Z', approved: 1, rejected: 1 },
    ]);
    expect(metricsRejectionReasons(v, BOTH_DAYS).items).toContainEqual({ reason: 'eyes', count: 1 });
    // d8 has d3's checks and verdicts, and d2's (decided earlier) kept their place.
    expect(metricsMachineAgreement(v, range('11-26 09:00', '11-26 10:00')).items).toEqual([
      { check: 'background', compared: 1, agreed: 0, disputed: 1 }, // d8
      { check: 'clarity', compared: 1, agreed: 1, disputed: 0 }, // d8
      { check: 'facialFeatures', compared: 2, agreed: 1, disputed: 0 }, // d8 disagrees, d6 agrees
      { check: 'noOrnaments', compared: 0, agreed: 0, disputed: 0 },
    ]);
    expect(metricsMachineAgreement(v, BOTH_DAYS).items[0]).toMatchObject({ compared: 4, agreed: 2 });
  });
});

// ---- live decisions through the backend ----------------------------------------------------------

function tinyLibrary(): PhotoLibraryIndex {
  const people = ['p1', 'p2'].map((personId) => ({
    personId,
    cardPhotoId: `${personId}-card`,
    newPhotoIds: [`${personId}-new`],
  }));
  const photos = new Map<string, { width: number; height: number; bytes: number; variant: string }>();
  for (const p of people) {
    photos.set(p.cardPhotoId, { width: 358, height: 441, bytes: 20_000, variant: 'card' });
    photos.set(`${p.personId}-new`, { width: 358, height: 441, bytes: 20_000, variant: 'compliant-white' });
  }
  return { people, photos };
}

const approval: DecisionInput = {
  outcome: 'approved',
  checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: [],
  note: '',
};

function problemOf(call: () => unknown): Problem {
  try {
    call();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('live decisions', () => {
  const T0 = Date.parse('2026-11-26T02:00:00Z');
  let backend: MockBackend;
  let supervisor: UserRecord;
  let reviewer: UserRecord;
  const today = () => {
    const now = backend.clock.now();
    return { from: now - 24 * HOUR, to: now + HOUR, region: null, bucket: 'day' } as const;
  };
  const summary = () => metricsSummary(backend.metricsView(supervisor), today());

  beforeEach(() => {
    backend = new MockBackend({
      library: tinyLibrary(),
      seed: 5,
      pendingCount: 4,
      historyDecisions: 0,
      clock: createClock(() => T0),
    });
    supervisor = backend.world.users.find((u) => u.role === 'supervisor') as UserRecord;
    reviewer = backend.world.users.find((u) => u.username === 'reviewer3') as UserRecord;
  });

  it('a decision counts at once, with its handling time, and an undone one stops counting', () => {
    expect(summary()).toMatchObject({ decidedInRange: 0, pendingNow: 4, reviewersActiveNow: 0 });
    const claimed = backend.claimNext(reviewer);
    if (!claimed) throw new Error('nothing to claim');
    expect(summary()).toMatchObject({ reviewersActiveNow: 1 });
    backend.advanceClock(75);
    const { decision } = backend.decide(
      reviewer,
      claimed.id,
      { idempotencyKey: 'metrics-live-1', ifMatch: `"${claimed.version}"` },
      approval,
    );
    expect(summary()).toMatchObject({
      decidedInRange: 1,
      approvedInRange: 1,
      approvalRate: 1,
      medianHandlingSeconds: 75,
      pendingNow: 3,
      reviewersActiveNow: 1,
    });
    const row = metricsReviewers(backend.metricsView(supervisor), today()).items[2];
    expect(row).toMatchObject({ decided: 1, currentClaim: null, lastActivityAt: decision.decidedAt });

    backend.advanceClock(10);
    backend.undo(reviewer, decision.id);
    expect(summary()).toMatchObject({ decidedInRange: 0, approvalRate: null, pendingNow: 4 });
    expect(metricsReviewers(backend.metricsView(supervisor), today()).items[2]).toMatchObject({
      decided: 0,
      currentClaim: { requestId: claimed.id },
    });

    // Decided again after the undo: the handling time runs from the claim the undo gave back.
    backend.advanceClock(20);
    const again = backend.world.requestsById.get(claimed.id) as RequestRecord;
    backend.decide(
      reviewer,
      claimed.id,
      { idempotencyKey: 'metrics-live-2', ifMatch: `"${again.version}"` },
      approval,
    );
    expect(summary()).toMatchObject({ decidedInRange: 1, medianHandlingSeconds: 20 });
    expect(metricsHandlingTime(backend.metricsView(supervisor), today()).buckets[0]).toEqual({
      upToSeconds: 30,
      count: 1,
    });
  });

  it('a decision with machine verdicts counts in the agreement at once, and not once undone', () => {
    const agreement = () => metricsMachineAgreement(backend.metricsView(supervisor), today()).items;
    const claimed = backend.claimNext(reviewer);
    if (!claimed) throw new Error('nothing to claim');
    const { decision } = backend.decide(
      reviewer,
      claimed.id,
      { idempotencyKey: 'metrics-machine-1', ifMatch: `"${claimed.version}"` },
      {
        ...approval,
        machine: {
          background: { verdict: 'likely-fail', disputed: true },
          clarity: { verdict: 'likely-pass', disputed: false },
          noOrnaments: { verdict: 'unsure', disputed: false },
        },
      },
    );
    expect(agreement()).toEqual([
      { check: 'background', compared: 1, agreed: 0, disputed: 1 },
      { check: 'clarity', compared: 1, agreed: 1, disputed: 0 },
      { check: 'facialFeatures', compared: 0, agreed: 0, disputed: 0 },
      { check: 'noOrnaments', compared: 0, agreed: 0, disputed: 0 },
    ]);
    backend.advanceClock(10);
    backend.undo(reviewer, decision.id);
    expect(agreement().every((item) => item.compared === 0 && item.disputed === 0)).toBe(true);
  });

  it('only supervisors see the figures', () => {
    expect(problemOf(() => backend.metricsView(reviewer)).status).toBe(403);
  });
});

// ---- the query ----------------------------------------------------------------------------------

describe('the metrics query', () => {
  const codes = demoRegions.map((r) => r.code);
  const parse = (query: string) => parseMetricsQuery(new URLSearchParams(query), codes);
  const fields = (query: string) =>
    (problemOf(() => parse(query)).errors ?? []).map((e) => `${e.field}:${e.code}`);

  it('reads a range, a region and a bucket', () => {
    expect(
      parse('from=2026-11-25T00:00:00%2B08:00&to=2026-11-26T00:00:00Z&region=310101&bucket=hour'),
    ).toEqual({
      from: at('11-25 00:00'),
      to: Date.parse('2026-11-26T00:00:00Z'),
      region: '310101',
      bucket: 'hour',
    });
    expect(parse('from=2026-11-25T00:00:00+08:00&to=2026-11-26T00:00:00+08:00').from).toBe(at('11-25 00:00'));
    expect(parse('from=2026-11-25T00:00:00Z&to=2026-11-26T00:00:00Z&region=&unknown=1')).toMatchObject({
      region: null,
      bucket: 'day',
    });
  });

  it('refuses a missing, malformed, reversed or too long range, an unknown region and bucket', () => {
    expect(fields('')).toEqual(['from:required', 'to:required']);
    expect(fields('from=2026-11-25&to=2026-11-26T00:00:00')).toEqual(['from:date-time', 'to:date-time']);
    expect(fields('from=2026-11-26T00:00:00Z&to=2026-11-26T00:00:00Z')).toEqual(['to:range']);
    expect(fields('from=2025-01-01T00:00:00Z&to=2026-02-05T00:00:01Z')).toEqual(['to:range']);
    expect(parse('from=2025-01-01T00:00:00Z&to=2026-02-05T00:00:00Z').to).toBe(
      Date.parse('2026-02-05T00:00:00Z'),
    );
    expect(fields('from=2026-11-25T00:00:00Z&to=2026-11-26T00:00:00Z&region=999999&bucket=week')).toEqual([
      'region:enum',
      'bucket:enum',
    ]);
  });
});
