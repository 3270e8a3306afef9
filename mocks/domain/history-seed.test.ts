// @vitest-environment node
import { RejectionReasonSchema, type RejectionReason } from '../../src/api/generated/zod';
import { libraryIndex } from '../library';
import { MockBackend } from './backend';
import { createClock } from './clock';
import { checksFor } from './decision-rules';
import {
  DEFAULT_HISTORY_DECISIONS,
  HISTORY_DAYS,
  MAX_ARRIVALS_AT_ONCE,
  machineVerdictsFor,
} from './history-seed';
import { shanghaiDayStart } from './metrics';
import type { AuditEvent, DecisionRecord, RequestRecord, UserRecord } from './records';
import { seedWorld } from './seed';

/** Thursday 2026-11-26, 10:00 in Shanghai. */
const T0 = Date.parse('2026-11-26T02:00:00Z');
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const library = libraryIndex();

const world = seedWorld({
  seed: 20261126,
  pendingCount: 300,
  now: T0,
  library,
  historyDecisions: DEFAULT_HISTORY_DECISIONS,
});
const decisions = [...world.decisions.values()];
/** The resubmitting applicants' earlier requests (12% and 5% of 300), on top of the team's past. */
const RESUBMISSION_HISTORY = 36 + 15;
/** Hours and minutes of the day in Shanghai, as minutes since midnight. */
const shanghaiMinute = (at: number) => Math.floor((at - shanghaiDayStart(at)) / 60_000);
const isWeekend = (at: number) => [0, 6].includes(new Date(at + 8 * HOUR).getUTCDay());

describe('the seeded past', () => {
  it('has the default number of decisions over the last 30 Shanghai days', () => {
    expect(decisions).toHaveLength(DEFAULT_HISTORY_DECISIONS + RESUBMISSION_HISTORY);
    const firstDay = shanghaiDayStart(T0) - (HISTORY_DAYS - 1) * DAY;
    for (const d of decisions) {
      expect(d.decidedAt).toBeGreaterThanOrEqual(firstDay);
      expect(d.decidedAt).toBeLessThan(T0);
    }
    expect(world.requests.filter((r) => r.status === 'pending')).toHaveLength(300);
  });

  it('is the same for the same seed and clock, and another for another seed', () => {
    const summary = (w: typeof world) =>
      [...w.decisions.values()].map((d) => [
        d.id,
        d.decidedBy,
        d.decidedAt,
        d.claimedAt,
        d.outcome,
        d.reasonCodes,
      ]);
    const again = seedWorld({
      seed: 20261126,
      pendingCount: 300,
      now: T0,
      library,
      historyDecisions: DEFAULT_HISTORY_DECISIONS,
    });
    expect(summary(again)).toEqual(summary(world));
    expect(again.requests.map((r) => [r.id, r.number, r.submittedAt])).toEqual(
      world.requests.map((r) => [r.id, r.number, r.submittedAt]),
    );
    const other = seedWorld({
      seed: 7,
      pendingCount: 300,
      now: T0,
      library,
      historyDecisions: DEFAULT_HISTORY_DECISIONS,
    });
    expect(summary(other)).not.toEqual(summary(world));
  });

  it('keeps office hours: weekdays busier than weekends, most work between 08:00 and 18:00, a lunch dip', () => {
    const perDay = new Map<number, number>();
    for (const d of decisions)
      perDay.set(shanghaiDayStart(d.decidedAt), (perDay.get(shanghaiDayStart(d.decidedAt)) ?? 0) + 1);
    const today = shanghaiDayStart(T0);
    const firstDay = today - (HISTORY_DAYS - 1) * DAY;
    const weekday: number[] = [];
    const weekend: number[] = [];
    for (let day = firstDay; day < today; day += DAY)
      (isWeekend(day) ? weekend : weekday).push(perDay.get(day) ?? 0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `[history] per day: weekday mean ${mean(weekday).toFixed(0)}, weekend mean ${mean(weekend).toFixed(0)}`,
    );
    expect(mean(weekday)).toBeGreaterThan(3 * mean(weekend));
    expect(Math.min(...weekday)).toBeGreaterThan(0);

    const minutes = decisions.map((d) => shanghaiMinute(d.decidedAt));
    const between = (from: number, to: number) => minutes.filter((m) => m >= from * 60 && m < to * 60).length;
    expect(between(8, 18) / minutes.length).toBeGreaterThan(0.95);
    expect(between(0, 7)).toBe(0);
    expect(between(10, 11)).toBeGreaterThan(3 * between(12, 13));
  });

  it('handles requests in about a minute, some in several', () => {
    const seconds = decisions.map((d) => (d.decidedAt - d.claimedAt) / 1000).sort((a, b) => a - b);
    const median = seconds[Math.floor(seconds.length / 2)] ?? 0;
    const slow = seconds.filter((s) => s > 300).length / seconds.length;
    console.log(
      `[history] handling: median ${median.toFixed(0)} s, ${(slow * 100).toFixed(1)}% over 5 minutes`,
    );
    expect(median).toBeGreaterThan(40);
    expect(median).toBeLessThan(90);
    expect(slow).toBeGreaterThan(0.01);
    expect(slow).toBeLessThan(0.12);
    expect(seconds[0]).toBeGreaterThanOrEqual(8);
    expect(seconds.at(-1)).toBeLessThanOrEqual(45 * 60);
  });

  it('rejects about a quarter, for reasons that fit the checks, background first', () => {
    const rejected = decisions.filter((d) => d.outcome === 'rejected');
    const share = rejected.length / decisions.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.4);
    const counts = new Map<RejectionReason, number>();
    for (const d of decisions) {
      expect(d.checks).toEqual(checksFor(d.reasonCodes));
      if (d.outcome === 'approved') {
        expect(d.reasonCodes).toEqual([]);
        expect(d.note).toBe('');
      } else {
        expect(d.reasonCodes.length).toBeGreaterThanOrEqual(1);
        expect(d.reasonCodes.length).toBeLessThanOrEqual(2);
        expect(d.note).toMatch(/。$/);
      }
      for (const reason of d.reasonCodes) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('background');
    // Every reason of the contract turns up.
    expect(new Set(counts.keys())).toEqual(new Set(RejectionReasonSchema.options));
  });

  it('is the work of every reviewer, and of reviewers only', () => {
    const reviewers = world.users.filter((u) => u.role === 'reviewer').map((u) => u.id);
    const by = new Map<string, number>();
    for (const d of decisions) by.set(d.decidedBy, (by.get(d.decidedBy) ?? 0) + 1);
    expect([...by.keys()].sort()).toEqual([...reviewers].sort());
    for (const count of by.values()) expect(count).toBeGreaterThan(decisions.length * 0.08);
  });

  it('gives every past request its applicant, photos, decision and audited claim and decision', () => {
    const events = new Map<string, AuditEvent>();
    for (const e of world.audit) events.set(`${e.requestId} ${e.action}`, e);
    for (const d of decisions) {
      const request = world.requestsById.get(d.requestId) as RequestRecord;
      expect(request.status).toBe(d.outcome);
      expect(request.decisionId).toBe(d.id);
      expect(request.submittedAt).toBeLessThan(d.claimedAt);
      expect(d.claimedAt).toBeLessThan(d.decidedAt);
      expect(world.applicants.has(request.applicantId)).toBe(true);
      expect(world.photos.has(request.newPhotoId) && world.photos.has(request.cardPhotoId)).toBe(true);
      expect(events.get(`${request.id} claim`)).toMatchObject({ actorId: d.decidedBy, at: d.claimedAt });
      expect(events.get(`${request.id} decision`)).toMatchObject({ actorId: d.decidedBy, at: d.decidedAt });
    }
    const ids = world.audit.map((e) => e.id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    const times = world.audit.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(world.requests.map((r) => r.number)).size).toBe(world.requests.length);
    expect(world.requests.every((r) => /^PR\d{14}$/.test(r.number))).toBe(true);
  });
});

describe("the machine's verdicts in the past", () => {
  const variantOf = (d: DecisionRecord) => {
    const request = world.requestsById.get(d.requestId) as RequestRecord;
    return library.photos.get(world.photos.get(request.newPhotoId)?.libraryId ?? '')?.variant ?? '';
  };
  const checked = decisions.filter((d) => Object.keys(d.machine).length > 0);
  const disputed = checked.filter((d) => Object.values(d.machine).some((m) => m.disputed));

  it('about 60% of the past decisions have them, fitting the new photo; the rest have none', () => {
    const share = checked.length / DEFAULT_HISTORY_DECISIONS;
    console.log(
      `[history] machine verdicts on ${(share * 100).toFixed(1)}% of the past, disputes on ${disputed.length}`,
    );
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.65);
    const withVerdicts = new Set(checked);
    for (const d of decisions) if (!withVerdicts.has(d)) expect(d.machine).toEqual({});
    for (const d of checked) {
      const expected = machineVerdictsFor(variantOf(d));
      const differing = (Object.keys(expected) as Array<keyof typeof expected>).filter(
        (name) => d.machine[name]?.verdict !== expected[name]?.verdict,
      );
      if (Object.values(d.machine).some((m) => m.disputed)) {
        // The machine got one committed verdict wrong, and the reviewer said so.
        expect(differing).toHaveLength(1);
        const name = differing[0] as keyof typeof expected;
        expect(d.machine[name]?.disputed).toBe(true);
        expect(expected[name]?.verdict).not.toBe('unsure');
      } else {
        expect(d.machine).toEqual(expected);
      }
    }
    expect(machineVerdictsFor('blurred')).toMatchObject({
      background: { verdict: 'likely-pass' },
      clarity: { verdict: 'likely-fail' },
      facialFeatures: { verdict: 'unsure' },
      noOrnaments: { verdict: 'unsure' },
    });
    expect(machineVerdictsFor('head-small').facialFeatures?.verdict).toBe('likely-fail');
    expect(machineVerdictsFor('background-grey').background?.verdict).toBe('likely-fail');
  });

  it('a few are disputed, and reviewers mostly agree with the rest', () => {
    expect(disputed.length / checked.length).toBeGreaterThan(0.01);
    expect(disputed.length / checked.length).toBeLessThan(0.06);
    let compared = 0;
    let agreed = 0;
    for (const d of checked) {
      for (const name of ['background', 'clarity', 'facialFeatures', 'noOrnaments'] as const) {
        const machine = d.machine[name];
        if (!machine || machine.verdict === 'unsure') continue;
        compared++;
        if (d.checks[name] === (machine.verdict === 'likely-pass' ? 'pass' : 'fail')) agreed++;
      }
    }
    expect(agreed / compared).toBeGreaterThan(0.9);
    expect(agreed).toBeLessThan(compared);
  });

  it('are the same for the same seed, and others for another seed', () => {
    const machines = (seed: number) =>
      [
        ...seedWorld({ seed, pendingCount: 10, now: T0, library, historyDecisions: 400 }).decisions.values(),
      ].map((d) => d.machine);
    expect(machines(3)).toEqual(machines(3));
    expect(machines(4)).not.toEqual(machines(3));
  });
});

describe('the seed’s promises hold with a past', () => {
  it('exactly the asked number of waiting requests, in submission order, all from the last few days', () => {
    for (const pendingCount of [0, 1, 3, 12, 40]) {
      const w = seedWorld({ seed: 3, pendingCount, now: T0, library, historyDecisions: 400 });
      const waiting = w.requests.filter((r) => r.status === 'pending');
      expect(waiting).toHaveLength(pendingCount);
      const times = w.requests.map((r) => r.submittedAt);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // The past comes first in time; the queue itself is recent, as a working bureau's is.
      for (const request of waiting) expect(T0 - request.submittedAt).toBeLessThan(5 * 86_400_000);
      if (pendingCount > 0) expect(w.requests[0]?.status).not.toBe('pending');
    }
  });

  it('resubmissions still show the earlier request', () => {
    const backend = new MockBackend({
      library,
      seed: 3,
      pendingCount: 40,
      historyDecisions: 400,
      clock: createClock(() => T0),
    });
    const supervisor = backend.world.users.find((u) => u.role === 'supervisor') as UserRecord;
    const waiting = backend.world.requests.filter((r) => r.status === 'pending');
    const resubmissions = waiting.filter(
      (r) => backend.getRequest(supervisor, r.id).previousRequests.length > 0,
    );
    expect(resubmissions).toHaveLength(5 + 2); // 12% and 5% of 40
  });

  it('no requests and no past give an empty world; a past without waiting requests is only the past', () => {
    const backend = new MockBackend({ library, seed: 3, pendingCount: 10, clock: createClock(() => T0) });
    expect(backend.state()).toMatchObject({
      historyDecisions: DEFAULT_HISTORY_DECISIONS,
      arrivalsPerHour: 0,
    });
    expect(backend.reset(3, 0, 0)).toMatchObject({ pendingCount: 0, historyDecisions: 0 });
    const { requests, decisions: none, audit, applicants, photos } = backend.world;
    expect([requests.length, none.size, audit.length, applicants.size, photos.size]).toEqual([0, 0, 0, 0, 0]);
    backend.reset(3, 0, 200);
    expect(backend.world.requests).toHaveLength(200);
    expect(backend.world.requests.every((r) => r.status !== 'pending')).toBe(true);
    // A reset without the option keeps the last one.
    expect(backend.reset(4).historyDecisions).toBe(200);
  });
});

describe('the feed', () => {
  const make = () =>
    new MockBackend({ library, seed: 9, pendingCount: 5, historyDecisions: 0, clock: createClock(() => T0) });
  const pending = (b: MockBackend) => b.world.requests.filter((r) => r.status === 'pending');

  it('brings new waiting requests over mock time, the same ones for the same seed', () => {
    const a = make();
    const b = make();
    for (const backend of [a, b]) {
      expect(backend.updateSettings({ arrivalsPerHour: 120 }).arrivalsPerHour).toBe(120);
      backend.advanceClock(3600);
    }
    const arrived = pending(a).length - 5;
    expect(arrived).toBeGreaterThan(80);
    expect(arrived).toBeLessThan(160);
    expect(a.world.requests.map((r) => [r.id, r.number, r.submittedAt])).toEqual(
      b.world.requests.map((r) => [r.id, r.number, r.submittedAt]),
    );
    const times = a.world.requests.map((r) => r.submittedAt);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(times.at(-1)).toBeLessThanOrEqual(T0 + 3600_000);
    expect(new Set(a.world.requests.map((r) => r.number)).size).toBe(a.world.requests.length);
    expect(a.world.requests.every((r) => /^PR\d{14}$/.test(r.number))).toBe(true);
    // Whole requests: a reviewer can claim and open the newest.
    const supervisor = a.world.users.find((u) => u.role === 'supervisor') as UserRecord;
    const newest = a.world.requests.at(-1) as RequestRecord;
    expect(a.getRequest(supervisor, newest.id)).toMatchObject({ status: 'pending', previousRequests: [] });
  });

  it('stops at rate 0 and on reset, and a jump of the clock brings at most a bounded batch', () => {
    const backend = make();
    backend.updateSettings({ arrivalsPerHour: 60 });
    backend.updateSettings({ arrivalsPerHour: 0 });
    backend.advanceClock(3600);
    expect(pending(backend)).toHaveLength(5);
    backend.updateSettings({ arrivalsPerHour: 10_000 });
    backend.advanceClock(365 * 24 * 3600);
    const batch = pending(backend).length - 5;
    expect(batch).toBeGreaterThan(MAX_ARRIVALS_AT_ONCE * 0.9);
    expect(batch).toBeLessThan(MAX_ARRIVALS_AT_ONCE * 1.1);
    expect(backend.reset().arrivalsPerHour).toBe(0);
    backend.advanceClock(3600);
    expect(pending(backend)).toHaveLength(5);
  });
});
