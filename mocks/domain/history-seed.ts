import type {
  Channel,
  CheckName,
  CheckResults,
  MachineChecks,
  MachineVerdict,
  RejectionReason,
} from '../../src/api/generated/zod';
import { createRandom, hashString, type Random } from '../lib/random';
import { checksFor, decisionAuditDetail, UNDO_WINDOW_SECONDS } from './decision-rules';
import type {
  ApplicantRecord,
  AuditEvent,
  DecisionRecord,
  PhotoRecord,
  RegionRecord,
  RequestRecord,
  UserRecord,
} from './records';
// seed.ts imports this module too: its values are used inside functions only, never at load time.
import {
  channels,
  channelWeights,
  companions,
  fallbackRejection,
  formatNumber,
  hourWeights,
  inventIdNumber,
  inventName,
  localMidnight,
  regionWeights,
  rejectionByVariant,
  weightedIndex,
  type Rejection,
} from './seed';
import type { PhotoLibraryIndex, World } from './world';

/** Past decisions the seed writes unless told otherwise: about 30 days of a five-reviewer team. */
export const DEFAULT_HISTORY_DECISIONS = 5000;
/** Calendar days (Asia/Shanghai) that hold past decisions, today included. */
export const HISTORY_DAYS = 30;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const HALF_HOUR_MS = 30 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
/** Citizens' submissions start this long before the first decision day, so the first days have a queue. */
const SUBMISSIONS_LEAD_DAYS = 2;
/** Nobody claims a request in the minute it arrives. */
const MIN_WAIT_MS = MINUTE_MS;

/**
 * How busy the office is in each half-hour of the day (Asia/Shanghai, from 00:00): 08:30 to 17:30
 * with a lunch dip, a few early starts and some overtime, nothing at night.
 */
const officeHalfHours: readonly number[] = [
  ...Array<number>(15).fill(0), // 00:00-07:30
  0.03, // 07:30
  0.15, // 08:00
  0.75, // 08:30
  1, // 09:00
  1,
  1,
  1,
  1, // 11:00
  0.7, // 11:30
  0.15, // 12:00
  0.12, // 12:30
  0.45, // 13:00
  1, // 13:30
  1,
  1,
  1,
  1,
  1,
  1, // 16:30
  0.8, // 17:00
  0.2, // 17:30
  0.08, // 18:00
  0.04, // 18:30
  0.015, // 19:00
  0.015,
  0.015,
  0.015, // 20:30
  0,
  0,
  0,
  0,
  0,
  0,
];

/** How the team differs: share of the work, typical handling time, and how strict each reviewer is. */
const reviewerProfiles = [
  { share: 1.2, medianSeconds: 50, rejectRate: 0.27 },
  { share: 1, medianSeconds: 64, rejectRate: 0.24 },
  { share: 0.85, medianSeconds: 86, rejectRate: 0.33 },
  { share: 1.1, medianSeconds: 56, rejectRate: 0.26 },
  { share: 0.7, medianSeconds: 74, rejectRate: 0.22 },
] as const;

/** Why photos are turned down, most common first (the bureau's usual mix). */
const reasonWeights: Array<[RejectionReason, number]> = [
  ['background', 0.26],
  ['exposure', 0.15],
  ['face-not-visible', 0.14],
  ['ornaments', 0.14],
  ['blurred', 0.13],
  ['eyes', 0.08],
  ['size-format', 0.06],
  ['different-person', 0.025],
  ['other', 0.015],
];

/** Share of the past decisions made with the machine's pre-check verdicts beside the checks. */
export const MACHINE_CHECKED_SHARE = 0.6;
/** Share of those where the machine was wrong on one check and the reviewer disputed it. */
export const MACHINE_DISPUTED_SHARE = 0.03;

const backgroundFaults = new Set([
  'background-grey',
  'background-red',
  'background-cluttered',
  'background-shadow',
]);
/** Blur, exposure, and the hard compression of a file too small (8x8 blocks show). */
const clarityFaults = new Set(['blurred', 'over-exposed', 'under-exposed', 'file-too-small']);
/** The head geometry the heuristic measures; eyes it cannot judge. */
const headFaults = new Set(['head-small', 'head-off-centre', 'head-cropped']);

/**
 * What the pre-checks say of a photo of this library variant: background and clarity are measured
 * (a likely fail for their faults, a likely pass otherwise), facial features only fail on the head's
 * size and position (unsure otherwise), and no ornament detector is installed (always unsure).
 */
export function machineVerdictsFor(variant: string): MachineChecks {
  const check = (verdict: MachineVerdict) => ({ verdict, disputed: false });
  return {
    background: check(backgroundFaults.has(variant) ? 'likely-fail' : 'likely-pass'),
    clarity: check(clarityFaults.has(variant) ? 'likely-fail' : 'likely-pass'),
    facialFeatures: check(headFaults.has(variant) ? 'likely-fail' : 'unsure'),
    noOrnaments: check('unsure'),
  };
}

const noMachineChecks: MachineChecks = {};

/**
 * The machine's verdicts for each past decision, from their own generator (the rest of the past is
 * the same with or without them): none for about 40% (decided before the pre-checks ran); for the
 * others the verdicts of the photo's variant, shared between decisions; in about 3% of those the
 * machine got one committed verdict wrong and the reviewer disputed it.
 */
function machineVerdicts(seed: number) {
  const random = createRandom(hashString('machine verdicts') ^ seed);
  const byVariant = new Map<string, MachineChecks>();
  return (variant: string): MachineChecks => {
    if (!random.chance(MACHINE_CHECKED_SHARE)) return noMachineChecks;
    let verdicts = byVariant.get(variant);
    if (!verdicts) {
      verdicts = machineVerdictsFor(variant);
      byVariant.set(variant, verdicts);
    }
    if (!random.chance(MACHINE_DISPUTED_SHARE)) return verdicts;
    const committed = (Object.keys(verdicts) as CheckName[]).filter(
      (name) => verdicts[name] !== undefined && verdicts[name].verdict !== 'unsure',
    );
    if (committed.length === 0) return verdicts;
    const wrong = random.pick(committed);
    const flipped: MachineVerdict =
      verdicts[wrong]?.verdict === 'likely-pass' ? 'likely-fail' : 'likely-pass';
    return { ...verdicts, [wrong]: { verdict: flipped, disputed: true } };
  };
}

const differentPerson: Rejection = {
  reason: 'different-person',
  note: '新照片与社会保障卡上的照片不像同一人，请本人重新拍摄并提交。',
};

const idAlphabet = 'abcdefghijkmnopqrstuvwxyz23456789';

const idCodes = [...idAlphabet].map((c) => c.charCodeAt(0));

/**
 * Opaque ids like the seed's, six characters per draw and no intermediate strings: 100,000 past
 * requests need millions of characters.
 */
function opaqueIds(random: Random) {
  const codes: number[] = [];
  return (prefix: string, length: number): string => {
    codes.length = length;
    for (let i = 0; i < length; i += 6) {
      let bits = Math.floor(random.next() * 1_291_467_969); // 33^6
      for (let j = i; j < i + 6 && j < length; j++) {
        codes[j] = idCodes[bits % 33] as number;
        bits = Math.floor(bits / 33);
      }
    }
    return prefix + String.fromCharCode(...codes);
  };
}

/** Sorted times drawn from slot weights: slot i covers [start + i * slotMs, + slotMs), cut at `end`. */
function drawTimes(
  random: Random,
  count: number,
  start: number,
  end: number,
  slotMs: number,
  weightOf: (slotStart: number) => number,
): Float64Array {
  const slots = Math.max(0, Math.ceil((end - start) / slotMs));
  const cumulative = new Float64Array(slots);
  let total = 0;
  for (let i = 0; i < slots; i++) {
    const slotStart = start + i * slotMs;
    const length = Math.min(slotMs, end - slotStart);
    total += weightOf(slotStart) * (length / slotMs);
    cumulative[i] = total;
  }
  const times = new Float64Array(total > 0 ? count : 0);
  for (let n = 0; n < times.length; n++) {
    const roll = random.next() * total;
    let lo = 0;
    let hi = slots - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > roll) hi = mid;
      else lo = mid + 1;
    }
    const slotStart = start + lo * slotMs;
    const length = Math.min(slotMs, end - slotStart);
    times[n] = Math.floor(slotStart + random.next() * length);
  }
  return times.sort();
}

const dayOfWeek = (dayStart: number) => new Date(dayStart + SHANGHAI_OFFSET_MS).getUTCDay();
const isWeekend = (dayStart: number) => {
  const day = dayOfWeek(dayStart);
  return day === 0 || day === 6;
};

export interface PastDecisionsOptions {
  seed: number;
  now: number;
  /** How many past decisions to write. */
  count: number;
  library: PhotoLibraryIndex;
  regions: readonly RegionRecord[];
  users: readonly UserRecord[];
  /** Filled with the past requests' applicants and photos. */
  applicants: Map<string, ApplicantRecord>;
  photos: Map<string, PhotoRecord>;
}

export interface PastDecisions {
  requests: RequestRecord[];
  /** In decision time order. */
  decisions: DecisionRecord[];
  audit: Array<Omit<AuditEvent, 'id'>>;
  /** When the first of the past requests came in; null when there are none. */
  earliestSubmittedAt: number | null;
}

/**
 * Writes the team's recent past: `count` decided requests over the last 30 days (Asia/Shanghai).
 * Decisions follow office hours (08:30 to 17:30, lunch dip, busy weekdays, a weekend rota), each by
 * one of the reviewers, who differ in pace and strictness; handling times (claim to decision) are
 * log-normal around a minute with a tail of several minutes. Citizens submit around the clock and the
 * team works the queue roughly oldest first, so waits are hours on weekdays and longer over a weekend.
 * Each request has its applicant, both photos, a decision whose reasons fit its photo, and audited
 * claim and decision. Draws from its own generator, so the rest of the seed is the same with or
 * without a past.
 */
export function seedPastDecisions(options: PastDecisionsOptions): PastDecisions {
  const { now, count, library, regions, applicants, photos } = options;
  const past: PastDecisions = { requests: [], decisions: [], audit: [], earliestSubmittedAt: null };
  const reviewers = options.users.filter((u) => u.role === 'reviewer');
  if (count <= 0 || reviewers.length === 0 || library.people.length < 2) return past;
  const random = createRandom(hashString('past decisions') ^ options.seed);
  const makeId = opaqueIds(random);
  const machineFor = machineVerdicts(options.seed);

  const firstDay = localMidnight(now) - (HISTORY_DAYS - 1) * DAY_MS;
  // Past the undo window: nobody can take a seeded decision back.
  const lastDecisionAt = now - UNDO_WINDOW_SECONDS * 1000 - MINUTE_MS;
  const submissionsStart = firstDay - SUBMISSIONS_LEAD_DAYS * DAY_MS;
  const days = Math.ceil((lastDecisionAt - firstDay) / DAY_MS);
  const profileOf = (index: number) =>
    reviewerProfiles[index % reviewerProfiles.length] as (typeof reviewerProfiles)[number];

  // Who works which day: most of the team on weekdays (some leave), a rota of one or two at weekends.
  const dayLoad = new Float64Array(days);
  const rosters: number[][] = [];
  for (let d = 0; d < days; d++) {
    const dayStart = firstDay + d * DAY_MS;
    let roster: number[];
    if (isWeekend(dayStart)) {
      dayLoad[d] = dayOfWeek(dayStart) === 6 ? 0.2 : 0.1;
      roster = [d % reviewers.length];
      const second = random.int(0, reviewers.length - 1);
      if (random.chance(0.4) && second !== roster[0]) roster.push(second);
    } else {
      dayLoad[d] = random.float(0.85, 1.15);
      roster = reviewers.map((_, i) => i).filter(() => random.chance(0.92));
      if (roster.length === 0) roster = reviewers.map((_, i) => i);
    }
    rosters.push(roster);
  }
  const rosterShares = rosters.map((roster) => roster.map((i) => profileOf(i).share));
  const decidedTimes = drawTimes(random, count, firstDay, lastDecisionAt, HALF_HOUR_MS, (slotStart) => {
    const day = Math.floor((slotStart - firstDay) / DAY_MS);
    const halfHour = Math.floor((slotStart - (firstDay + day * DAY_MS)) / HALF_HOUR_MS);
    return (dayLoad[day] ?? 0) * (officeHalfHours[halfHour] ?? 0);
  });
  // Submissions: around the clock, evenings busiest, weekends a little quieter.
  const submittedTimes = drawTimes(
    random,
    count,
    submissionsStart,
    now - 2 * MINUTE_MS,
    HOUR_MS,
    (slotStart) => {
      const hour = Math.floor((slotStart + SHANGHAI_OFFSET_MS) / HOUR_MS) % 24;
      return (isWeekend(localMidnight(slotStart)) ? 0.9 : 1) * (hourWeights[hour] ?? 0);
    },
  );

  type Person = PhotoLibraryIndex['people'][number];
  const variantOf = (libraryId: string) => library.photos.get(libraryId)?.variant ?? '';
  const compliantOf = new Map<Person, string[]>();
  const faultyByReason = new Map<RejectionReason, Array<{ person: Person; libraryId: string }>>();
  for (const person of library.people) {
    compliantOf.set(
      person,
      person.newPhotoIds.filter((id) => variantOf(id).startsWith('compliant')),
    );
    for (const libraryId of person.newPhotoIds) {
      const rejection = rejectionByVariant[variantOf(libraryId)];
      if (!rejection) continue;
      const list = faultyByReason.get(rejection.reason) ?? [];
      list.push({ person, libraryId });
      faultyByReason.set(rejection.reason, list);
    }
  }
  const photoFor = (libraryId: string): PhotoRecord => {
    const entry = library.photos.get(libraryId);
    if (!entry) throw new Error(`photo ${libraryId} is not in the library`);
    const record: PhotoRecord = {
      id: makeId('ph', 16),
      libraryId,
      width: entry.width,
      height: entry.height,
      bytes: entry.bytes,
      format: 'jpeg',
    };
    photos.set(record.id, record);
    return record;
  };
  // Decisions with the same reasons share their (never modified) checks, note and audit detail.
  const shared = new Map<string, { checks: CheckResults; note: string; detail: string }>();
  const sharedFor = (outcome: DecisionRecord['outcome'], rejections: Rejection[]) => {
    const key = outcome + rejections.map((r) => r.note).join('|');
    let found = shared.get(key);
    if (!found) {
      const reasonCodes = rejections.map((r) => r.reason);
      found = {
        checks: checksFor(reasonCodes),
        note: rejections.map((r) => r.note).join(''),
        detail: decisionAuditDetail(outcome, reasonCodes),
      };
      shared.set(key, found);
    }
    return found;
  };
  const reasonWeightList = reasonWeights.map(([, weight]) => weight);
  const regionWeightList = regions.map((_, i) => regionWeights[i] ?? 0.1);

  /** What a rejected photo shows and why: the new photo, the person on the card and the reviewer's words. */
  const rejectedPhoto = (): {
    person: Person;
    libraryId: string;
    cardPerson: Person;
    rejections: Rejection[];
  } => {
    const reason = reasonWeights[weightedIndex(random, reasonWeightList)]?.[0] ?? 'other';
    const person = random.pick(library.people);
    if (reason === 'different-person') {
      const compliant = compliantOf.get(person) ?? [];
      const other =
        (library.people.indexOf(person) + random.int(1, library.people.length - 1)) % library.people.length;
      return {
        person,
        libraryId: random.pick(compliant.length > 0 ? compliant : person.newPhotoIds),
        cardPerson: library.people[other] ?? person,
        rejections: [differentPerson],
      };
    }
    const faulty = faultyByReason.get(reason);
    const chosen = faulty && faulty.length > 0 ? random.pick(faulty) : null;
    const first: Rejection = chosen
      ? (rejectionByVariant[variantOf(chosen.libraryId)] ?? fallbackRejection)
      : reason === 'other'
        ? fallbackRejection
        : { reason, note: fallbackRejection.note };
    const companion = companions[first.reason];
    return {
      person: chosen?.person ?? person,
      libraryId: chosen?.libraryId ?? random.pick(person.newPhotoIds),
      cardPerson: chosen?.person ?? person,
      rejections: companion && random.chance(0.25) ? [first, companion] : [first],
    };
  };

  // The queue: submissions that have arrived and wait, taken roughly oldest first.
  const queue: number[] = [];
  let head = 0;
  let nextSubmission = 0;
  let earliest = Infinity;

  for (let n = 0; n < decidedTimes.length; n++) {
    const decidedAt = decidedTimes[n] as number;
    const day = Math.min(days - 1, Math.floor((decidedAt - firstDay) / DAY_MS));
    const who = rosters[day]?.[weightedIndex(random, rosterShares[day] ?? [1])] ?? 0;
    const profile = profileOf(who);
    const reviewer = reviewers[who] as UserRecord;

    let handlingMs = profile.medianSeconds * 1000 * Math.exp(0.45 * random.normal());
    if (random.chance(0.07)) handlingMs *= random.float(3, 12); // a hard case, a phone call, a question
    handlingMs = Math.round(Math.min(Math.max(handlingMs, 8_000), 45 * MINUTE_MS));
    const claimedAt = decidedAt - handlingMs;

    while (
      nextSubmission < submittedTimes.length &&
      (submittedTimes[nextSubmission] as number) <= claimedAt - MIN_WAIT_MS
    ) {
      queue.push(submittedTimes[nextSubmission++] as number);
    }
    // Decisions come in time order, claims not quite (handling times differ): a candidate that came in
    // after this claim gives way to the oldest waiting one.
    let pick = head + Math.floor(random.next() ** 2 * Math.min(8, queue.length - head));
    if (pick < queue.length && (queue[pick] as number) > claimedAt - MIN_WAIT_MS) pick = head;
    let submittedAt: number;
    if (pick < queue.length && (queue[pick] as number) <= claimedAt - MIN_WAIT_MS) {
      submittedAt = queue[pick] as number;
      queue[pick] = queue[head] as number;
      head++;
    } else {
      submittedAt = Math.max(
        submissionsStart,
        Math.floor(claimedAt - MIN_WAIT_MS - random.next() * 90 * MINUTE_MS),
      );
    }
    earliest = Math.min(earliest, submittedAt);

    const rejected = random.chance(profile.rejectRate);
    const region = regions[weightedIndex(random, regionWeightList)] as RegionRecord;
    let newPhoto: PhotoRecord;
    let cardPhoto: PhotoRecord;
    let rejections: Rejection[] = [];
    if (rejected) {
      const shown = rejectedPhoto();
      cardPhoto = photoFor(shown.cardPerson.cardPhotoId);
      newPhoto = photoFor(shown.libraryId);
      rejections = shown.rejections;
    } else {
      const person = random.pick(library.people);
      const compliant = compliantOf.get(person) ?? [];
      cardPhoto = photoFor(person.cardPhotoId);
      newPhoto = photoFor(
        compliant.length > 0 ? random.pick(compliant) : (person.newPhotoIds[0] ?? person.cardPhotoId),
      );
    }
    const applicant: ApplicantRecord = {
      id: makeId('ap', 12),
      name: inventName(random),
      idNumber: inventIdNumber(random, region.code),
      cardNumber: `M${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      // An approval put the new photo on the card.
      cardPhotoId: rejected ? cardPhoto.id : newPhoto.id,
    };
    applicants.set(applicant.id, applicant);

    const outcome = rejected ? 'rejected' : 'approved';
    const reasonCodes = rejections.map((r) => r.reason);
    const { checks, note, detail } = sharedFor(outcome, rejections);
    const requestId = makeId('rq', 12);
    const decisionId = makeId('dc', 16);
    past.requests.push({
      id: requestId,
      number: '', // numbered with all the others by the seed
      region: region.code,
      channel: channels[weightedIndex(random, channelWeights)] as Channel,
      submittedAt,
      applicantId: applicant.id,
      newPhotoId: newPhoto.id,
      cardPhotoId: cardPhoto.id,
      status: outcome,
      claim: null,
      version: 3, // submitted, claimed, decided
      decisionId,
    });
    past.decisions.push({
      id: decisionId,
      requestId,
      outcome,
      checks,
      machine: machineFor(variantOf(newPhoto.libraryId)),
      reasonCodes,
      note,
      decidedBy: reviewer.id,
      claimedAt,
      decidedAt,
      undoableUntil: decidedAt + UNDO_WINDOW_SECONDS * 1000,
      versionAfter: 3,
      previousCardPhotoId: rejected ? null : cardPhoto.id,
      undoneAt: null,
    });
    past.audit.push(
      { requestId, actorId: reviewer.id, action: 'claim', at: claimedAt },
      {
        requestId,
        actorId: reviewer.id,
        action: 'decision',
        at: decidedAt,
        detail,
      },
    );
  }
  past.earliestSubmittedAt = Number.isFinite(earliest) ? earliest : null;
  return past;
}

// ---- the feed: new requests arriving while the mock runs ------------------------------------------

/** At most this many arrivals are created at once; a longer gap (a clock jump) skips the rest. */
export const MAX_ARRIVALS_AT_ONCE = 2000;

export interface ArrivalFeed {
  ratePerHour: number;
  random: Random;
  /** When the next request arrives. */
  nextAt: number;
  /** The last request number given, to continue the day's sequence. */
  lastNumber: { day: string; sequence: number } | null;
}

/** A feed of `ratePerHour` arrivals per hour of mock time from `now` (a Poisson process); null for 0. */
export function startArrivals(seed: number, ratePerHour: number, now: number): ArrivalFeed | null {
  if (!(ratePerHour > 0)) return null;
  const random = createRandom(hashString('arrivals') ^ seed);
  const feed: ArrivalFeed = { ratePerHour, random, nextAt: now, lastNumber: null };
  feed.nextAt = now + gapMs(feed);
  return feed;
}

function gapMs(feed: ArrivalFeed): number {
  return (-Math.log(1 - feed.random.next()) / feed.ratePerHour) * HOUR_MS;
}

/**
 * Adds the requests that have arrived since the last call, up to `now`, to the end of the world's
 * requests (which stay in submission order). Returns how many arrived.
 */
export function admitArrivals(
  world: World,
  library: PhotoLibraryIndex,
  feed: ArrivalFeed,
  now: number,
): number {
  if (feed.nextAt > now) return 0;
  const due = ((now - feed.nextAt) / HOUR_MS) * feed.ratePerHour;
  if (due > MAX_ARRIVALS_AT_ONCE) feed.nextAt = now - (MAX_ARRIVALS_AT_ONCE / feed.ratePerHour) * HOUR_MS;
  let arrived = 0;
  while (feed.nextAt <= now) {
    const last = world.requests.at(-1);
    const at = Math.max(Math.floor(feed.nextAt), last?.submittedAt ?? 0);
    const request = arrival(world, library, feed, at);
    world.requests.push(request);
    world.requestsById.set(request.id, request);
    arrived++;
    feed.nextAt += gapMs(feed);
  }
  return arrived;
}

function arrival(world: World, library: PhotoLibraryIndex, feed: ArrivalFeed, at: number): RequestRecord {
  const { random } = feed;
  const makeId = opaqueIds(random);
  const region =
    world.regions[
      weightedIndex(
        random,
        world.regions.map((_, i) => regionWeights[i] ?? 0.1),
      )
    ];
  if (!region || library.people.length === 0) throw new Error('the world has no regions or no people');
  const person = random.pick(library.people);
  const addPhoto = (libraryId: string): PhotoRecord => {
    const entry = library.photos.get(libraryId);
    if (!entry) throw new Error(`photo ${libraryId} is not in the library`);
    const photo: PhotoRecord = {
      id: makeId('ph', 16),
      libraryId,
      width: entry.width,
      height: entry.height,
      bytes: entry.bytes,
      format: 'jpeg',
    };
    world.photos.set(photo.id, photo);
    return photo;
  };
  const compliant = person.newPhotoIds.filter((id) =>
    library.photos.get(id)?.variant.startsWith('compliant'),
  );
  const newLibraryId =
    compliant.length > 0 && random.chance(0.6) ? random.pick(compliant) : random.pick(person.newPhotoIds);
  const cardPhoto = addPhoto(person.cardPhotoId);
  const newPhoto = addPhoto(newLibraryId);
  const applicant: ApplicantRecord = {
    id: makeId('ap', 12),
    name: inventName(random),
    idNumber: inventIdNumber(random, region.code),
    cardNumber: `M${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
    cardPhotoId: cardPhoto.id,
  };
  world.applicants.set(applicant.id, applicant);
  return {
    id: makeId('rq', 12),
    number: nextNumber(world, feed, at),
    region: region.code,
    channel: channels[weightedIndex(random, channelWeights)] as Channel,
    submittedAt: at,
    applicantId: applicant.id,
    newPhotoId: newPhoto.id,
    cardPhotoId: cardPhoto.id,
    status: 'pending',
    claim: null,
    version: 1,
    decisionId: null,
  };
}

/** The next number of the day: PR + date (Asia/Shanghai) + the day's sequence. */
function nextNumber(world: World, feed: ArrivalFeed, at: number): string {
  const day = formatNumber(at, 0).slice(2, 10);
  if (feed.lastNumber?.day !== day) {
    // Continue after the highest number the day already has (the world's last requests).
    let sequence = 0;
    for (let i = world.requests.length - 1; i >= 0; i--) {
      const request = world.requests[i] as RequestRecord;
      if (localMidnight(request.submittedAt) !== localMidnight(at)) break;
      const match = /^PR(\d{8})(\d{6})$/.exec(request.number);
      if (match?.[1] === day) sequence = Math.max(sequence, Number(match[2]));
    }
    feed.lastNumber = { day, sequence };
  }
  feed.lastNumber.sequence += 1;
  return formatNumber(at, feed.lastNumber.sequence);
}
