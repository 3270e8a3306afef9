import type { Channel, RejectionReason } from '../../src/api/generated/zod';
import { createRandom, type Random } from '../lib/random';
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
import { seedPastDecisions } from './history-seed';
import type { PhotoLibraryIndex, World } from './world';

export const DEFAULT_SEED = 20261126;
export const DEFAULT_PENDING_COUNT = 300;

export const demoUsers: UserRecord[] = [
  { id: 'u-reviewer1', username: 'reviewer1', displayName: '张敏', role: 'reviewer', password: 'demo' },
  { id: 'u-reviewer2', username: 'reviewer2', displayName: '李伟', role: 'reviewer', password: 'demo' },
  { id: 'u-reviewer3', username: 'reviewer3', displayName: '陈静', role: 'reviewer', password: 'demo' },
  { id: 'u-reviewer4', username: 'reviewer4', displayName: '刘洋', role: 'reviewer', password: 'demo' },
  { id: 'u-reviewer5', username: 'reviewer5', displayName: '赵丽', role: 'reviewer', password: 'demo' },
  { id: 'u-supervisor1', username: 'supervisor1', displayName: '王芳', role: 'supervisor', password: 'demo' },
];

const defaultPhotoBytes = { min: 9 * 1024, max: 100 * 1024 };

/** Districts with their real administrative codes, which are also the first six digits of ID numbers. */
export const demoRegions: RegionRecord[] = [
  {
    code: '310101',
    name: { 'zh-CN': '黄浦区', en: 'Huangpu' },
    acceptedBackgrounds: ['white', 'blue'],
    photoBytes: defaultPhotoBytes,
  },
  {
    code: '310104',
    name: { 'zh-CN': '徐汇区', en: 'Xuhui' },
    acceptedBackgrounds: ['white'],
    photoBytes: defaultPhotoBytes,
  },
  {
    code: '310106',
    name: { 'zh-CN': '静安区', en: "Jing'an" },
    acceptedBackgrounds: ['white', 'blue'],
    photoBytes: defaultPhotoBytes,
  },
  {
    code: '310112',
    name: { 'zh-CN': '闵行区', en: 'Minhang' },
    acceptedBackgrounds: ['white'],
    photoBytes: defaultPhotoBytes,
  },
  {
    code: '310114',
    name: { 'zh-CN': '嘉定区', en: 'Jiading' },
    acceptedBackgrounds: ['white', 'blue'],
    photoBytes: defaultPhotoBytes,
  },
  {
    code: '310115',
    name: { 'zh-CN': '浦东新区', en: 'Pudong' },
    acceptedBackgrounds: ['white'],
    photoBytes: defaultPhotoBytes,
  },
];

export const regionWeights = [0.12, 0.16, 0.12, 0.2, 0.1, 0.3];
export const channels: Channel[] = ['ios', 'android', 'wechat', 'alipay'];
export const channelWeights = [0.3, 0.35, 0.25, 0.1];

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const givenChars =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩然子轩梓涵一诺欣怡雨桐佳怡思远文博晨阳建国志强海燕春梅晓东小红';

export function weightedIndex(random: Random, weights: readonly number[]): number {
  let roll = random.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i] as number;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

const surnameList = [...surnames];
const givenCharList = [...givenChars];

export function inventName(random: Random): string {
  const given = random.chance(0.6) ? 2 : 1;
  let name = random.pick(surnameList);
  for (let i = 0; i < given; i++) name += random.pick(givenCharList);
  return name;
}

/** An 18-character resident ID number with a valid GB 11643 check character. Invented, never real. */
export function inventIdNumber(random: Random, regionCode: string): string {
  const year = random.int(1950, 2006);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const body =
    regionCode +
    String(year) +
    String(month).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(random.int(0, 999)).padStart(3, '0');
  return body + idCheckCharacter(body);
}

export function idCheckCharacter(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (weights[i] as number);
  return '10X98765432'[sum % 11] as string;
}

const idAlphabet = 'abcdefghijkmnopqrstuvwxyz23456789';
function opaqueId(random: Random, prefix: string, length = 12): string {
  let id = prefix;
  for (let i = 0; i < length; i++) id += idAlphabet[random.int(0, idAlphabet.length - 1)];
  return id;
}

/** Submissions come at all hours but mostly in the daytime and evening (Asia/Shanghai). */
export const hourWeights = [
  1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 4, 6, 7, 7, 6, 6, 7, 7, 6, 6, 7, 9, 10, 9, 6, 3,
];
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The start of the day (Asia/Shanghai) that contains `at`. */
export const localMidnight = (at: number) =>
  Math.floor((at + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;

function submittedTime(random: Random, now: number, maxAgeDays: number): number {
  for (;;) {
    const dayAgo = random.int(0, maxAgeDays);
    const hour = weightedIndex(random, hourWeights);
    const at = localMidnight(now) - dayAgo * DAY_MS + hour * 3600_000 + random.int(0, 3599_999);
    if (at < now - 60_000) return at;
  }
}

export function formatNumber(at: number, sequence: number): string {
  const local = new Date(at + SHANGHAI_OFFSET_MS);
  const date =
    String(local.getUTCFullYear()) +
    String(local.getUTCMonth() + 1).padStart(2, '0') +
    String(local.getUTCDate()).padStart(2, '0');
  return `PR${date}${String(sequence).padStart(6, '0')}`;
}

export interface SeedOptions {
  seed: number;
  pendingCount: number;
  now: number;
  library: PhotoLibraryIndex;
  /** How many past decisions (about 30 days of the team's work, history-seed.ts) to write; default 0. */
  historyDecisions?: number;
}

/**
 * Builds the world for a seed. The same seed, count and clock give the same world: ids, people,
 * photos and times (times are relative to `now`).
 */
export function seedWorld({ seed, pendingCount, now, library, historyDecisions = 0 }: SeedOptions): World {
  const random = createRandom(seed);
  const photos = new Map<string, PhotoRecord>();
  const applicants = new Map<string, ApplicantRecord>();
  if (library.people.length < 2) throw new Error('the photo library needs at least two people');

  const addPhoto = (libraryId: string): PhotoRecord => {
    const entry = library.photos.get(libraryId);
    if (!entry) throw new Error(`photo ${libraryId} is not in the library`);
    const record: PhotoRecord = {
      id: opaqueId(random, 'ph', 16),
      libraryId,
      width: entry.width,
      height: entry.height,
      bytes: entry.bytes,
      format: 'jpeg',
    };
    photos.set(record.id, record);
    return record;
  };

  // Compliant photos are the common case; every variant still turns up.
  const pickNewPhoto = (person: PhotoLibraryIndex['people'][number]): string => {
    const compliant = person.newPhotoIds.filter((id) =>
      library.photos.get(id)?.variant.startsWith('compliant'),
    );
    const others = person.newPhotoIds.filter((id) => !compliant.includes(id));
    if (compliant.length > 0 && (others.length === 0 || random.chance(0.55))) return random.pick(compliant);
    return random.pick(others.length > 0 ? others : person.newPhotoIds);
  };

  const times = Array.from({ length: pendingCount }, () => submittedTime(random, now, 4)).sort(
    (a, b) => a - b,
  );
  const requests: RequestRecord[] = [];
  for (const submittedAt of times) {
    const region = demoRegions[weightedIndex(random, regionWeights)] as (typeof demoRegions)[number];
    const person = random.pick(library.people);
    // A few requests deliberately compare against another person's card photo.
    const cardPerson = random.chance(0.04)
      ? random.pick(library.people.filter((p) => p.personId !== person.personId))
      : person;
    const cardPhoto = addPhoto(cardPerson.cardPhotoId);
    const applicant: ApplicantRecord = {
      id: opaqueId(random, 'ap'),
      name: inventName(random),
      idNumber: inventIdNumber(random, region.code),
      cardNumber: `M${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      cardPhotoId: cardPhoto.id,
    };
    applicants.set(applicant.id, applicant);
    const newPhoto = addPhoto(pickNewPhoto(person));
    requests.push({
      id: opaqueId(random, 'rq'),
      number: '', // numbered below, once the earlier requests have joined
      region: region.code,
      channel: channels[weightedIndex(random, channelWeights)] as Channel,
      submittedAt,
      applicantId: applicant.id,
      newPhotoId: newPhoto.id,
      cardPhotoId: cardPhoto.id,
      status: 'pending',
      claim: null,
      version: 1,
      decisionId: null,
    });
  }

  // The team's recent past, from its own generator; the oldest waiting requests stay ahead of it.
  const past = seedPastDecisions({
    seed,
    now,
    count: historyDecisions,
    library,
    regions: demoRegions,
    users: demoUsers,
    applicants,
    photos,
  });
  // The past goes where it belongs in time: waiting requests are the last few days' submissions, so
  // the queue's oldest request is days old, not as old as the history.
  // Drawn after the waiting requests, which keep their ids, times and people (numbers are redone).
  const history = seedHistory({ random, library, requests, applicants, photos, addPhoto });
  const all = [...requests, ...history.requests, ...past.requests].sort(
    (a, b) => a.submittedAt - b.submittedAt,
  );
  const sequenceByDay = new Map<string, number>();
  for (const request of all) {
    const dayKey = formatNumber(request.submittedAt, 0).slice(0, 10);
    const sequence = (sequenceByDay.get(dayKey) ?? 0) + 1;
    sequenceByDay.set(dayKey, sequence);
    request.number = formatNumber(request.submittedAt, sequence);
  }

  return {
    seed,
    users: demoUsers.map((u) => ({ ...u })),
    regions: demoRegions.map((r) => ({ ...r, acceptedBackgrounds: [...r.acceptedBackgrounds] })),
    applicants,
    photos,
    requests: all,
    requestsById: new Map(all.map((r) => [r.id, r])),
    claimed: new Set(),
    sessions: new Map(),
    decisions: new Map([...history.decisions, ...past.decisions].map((d) => [d.id, d])),
    idempotency: new Map(),
    skips: new Map(),
    revocations: new Map(),
    audit: [...history.audit, ...past.audit]
      .sort((a, b) => a.at - b.at)
      .map((event, index) => ({ ...event, id: index + 1 })),
  };
}

// ---- history: earlier requests of the applicants who resubmit ---------------------------------

/** Shares of the waiting requests that resubmit after a rejection, and after an approval. */
export const RESUBMITTED_AFTER_REJECTION = 0.12;
export const RESUBMITTED_AFTER_APPROVAL = 0.05;
/** An earlier request was decided 1 to this many days before the resubmission... */
const MAX_DAYS_BEFORE = 20;
/**
 * ...but never before this many of the oldest waiting requests: they stay the first entries of
 * world.requests, which claim-next and the tests of the queue take first.
 */
export const OLDEST_WAITING_FIRST = 5;

export interface Rejection {
  reason: RejectionReason;
  /** What the citizen reads. */
  note: string;
}

/** Why a photo of each faulty kind in the library is rejected, as a reviewer would write it. */
export const rejectionByVariant: Record<string, Rejection> = {
  'background-cluttered': { reason: 'background', note: '照片背景有杂物，请在纯白色背景前重新拍摄。' },
  'background-grey': { reason: 'background', note: '照片背景不是白色，请在白色背景前重新拍摄。' },
  'background-red': { reason: 'background', note: '照片背景不是白色，请在白色背景前重新拍摄。' },
  'background-shadow': { reason: 'background', note: '照片背景有阴影，请在光线均匀的白色背景前重新拍摄。' },
  blurred: { reason: 'blurred', note: '照片模糊，请保持手机稳定、对焦清晰后重新拍摄。' },
  'under-exposed': { reason: 'exposure', note: '照片过暗，请在光线充足、均匀的环境下重新拍摄。' },
  'over-exposed': { reason: 'exposure', note: '照片过亮，脸部细节不清，请避免强光直射后重新拍摄。' },
  'head-cropped': { reason: 'face-not-visible', note: '头部被裁切，请露出完整的头部、双耳和肩膀。' },
  'head-small': {
    reason: 'face-not-visible',
    note: '头部在照片中过小，请靠近镜头，使头部约占照片高度的三分之二。',
  },
  'head-off-centre': { reason: 'face-not-visible', note: '头部未居中，请正对镜头，使头部位于照片中央。' },
  'eyes-closed': { reason: 'eyes', note: '照片中眼睛闭合，请睁眼平视镜头后重新拍摄。' },
  earrings: { reason: 'ornaments', note: '请摘下耳环等饰物后重新拍摄。' },
  necklace: { reason: 'ornaments', note: '请摘下项链等饰物后重新拍摄。' },
  hat: { reason: 'ornaments', note: '请摘下帽子后重新拍摄（因宗教或医疗原因佩戴的除外）。' },
  'tinted-glasses': { reason: 'ornaments', note: '请勿佩戴有色眼镜，摘下后重新拍摄。' },
  'wrong-dimensions': { reason: 'size-format', note: '照片尺寸不符合要求，请上传358×441像素的照片。' },
  'file-too-small': { reason: 'size-format', note: '照片文件过小，请上传未经压缩的原图。' },
  'file-too-large': { reason: 'size-format', note: '照片文件过大，请上传不超过100KB的JPG照片。' },
};

/** A second reason reviewers often give with the first, and its sentence. */
export const companions: Partial<Record<RejectionReason, Rejection>> = {
  background: { reason: 'exposure', note: '同时请注意光线均匀，避免脸部和背景出现阴影。' },
  blurred: { reason: 'exposure', note: '同时请在光线充足处拍摄，不要使用美颜或滤镜。' },
  exposure: { reason: 'blurred', note: '同时请对焦清晰，保持手机稳定。' },
  'face-not-visible': { reason: 'eyes', note: '同时请睁眼平视镜头，头发不要遮挡眼睛和眉毛。' },
  eyes: { reason: 'face-not-visible', note: '同时请正对镜头，露出双耳和眉毛。' },
  ornaments: { reason: 'face-not-visible', note: '同时请露出双耳和眉毛，头发不要遮挡面部。' },
  'size-format': { reason: 'blurred', note: '同时请确保照片清晰。' },
};

export const fallbackRejection: Rejection = {
  reason: 'other',
  note: '照片不符合社会保障卡照片要求，请按要求重新拍摄。',
};

interface HistoryContext {
  random: Random;
  library: PhotoLibraryIndex;
  /** The waiting requests, oldest first. */
  requests: RequestRecord[];
  applicants: Map<string, ApplicantRecord>;
  photos: Map<string, PhotoRecord>;
  addPhoto: (libraryId: string) => PhotoRecord;
}

interface History {
  requests: RequestRecord[];
  decisions: DecisionRecord[];
  audit: Array<Omit<AuditEvent, 'id'>>;
}

/**
 * Gives some applicants one earlier, decided request: a rejection (the resubmission shows why) or an
 * approval (whose photo is on the card the resubmission is compared with). Each is a whole request:
 * a decision by one of the reviewers and audit events for its claim and decision.
 */
function seedHistory({ random, library, requests, applicants, photos, addPhoto }: HistoryContext): History {
  const history: History = { requests: [], decisions: [], audit: [] };
  const floorRequest = requests[Math.min(OLDEST_WAITING_FIRST, requests.length) - 1];
  if (!floorRequest) return history;
  const floor = floorRequest.submittedAt;

  type Person = PhotoLibraryIndex['people'][number];
  const personOf = new Map<string, Person>();
  for (const person of library.people) {
    for (const id of [person.cardPhotoId, ...person.newPhotoIds]) personOf.set(id, person);
  }
  const libraryIdOf = (photoId: string) => photos.get(photoId)?.libraryId ?? '';
  const variantOf = (libraryId: string) => library.photos.get(libraryId)?.variant ?? '';
  /**
   * When an earlier request of the applicant may have been decided: in office hours (09:00 to 17:30),
   * 1 to 20 days before the resubmission and after the oldest waiting requests came in.
   */
  const decisionWindows = (request: RequestRecord): Array<[number, number]> => {
    const windows: Array<[number, number]> = [];
    for (let d = 1; d <= MAX_DAYS_BEFORE; d++) {
      const day = localMidnight(request.submittedAt) - d * DAY_MS;
      const opens = day + 9 * HOUR_MS;
      const closes = Math.min(day + 17.5 * HOUR_MS, request.submittedAt - DAY_MS);
      if (opens - 2 * HOUR_MS >= floor && closes >= opens) windows.push([opens, closes]);
    }
    return windows;
  };
  // Only requests compared with the applicant's own card: the deliberate mismatches stay plain cases.
  const candidates = requests.filter((request) => {
    const person = personOf.get(libraryIdOf(request.newPhotoId));
    return (
      person !== undefined &&
      person === personOf.get(libraryIdOf(request.cardPhotoId)) &&
      decisionWindows(request).length > 0
    );
  });
  const rejections = Math.round(requests.length * RESUBMITTED_AFTER_REJECTION);
  const approvals = Math.round(requests.length * RESUBMITTED_AFTER_APPROVAL);
  const reviewers = demoUsers.filter((u) => u.role === 'reviewer');

  random
    .shuffle(candidates)
    .slice(0, rejections + approvals)
    .forEach((later, index) => {
      const person = personOf.get(libraryIdOf(later.newPhotoId));
      const applicant = applicants.get(later.applicantId);
      if (!person || !applicant) throw new Error(`request ${later.id} is inconsistent`);
      const [opens, closes] = random.pick(decisionWindows(later));
      const decidedAt = random.int(opens, closes);
      const claimedAt = decidedAt - random.int(40_000, 8 * 60_000);
      const waited = random.int(20 * 60_000, Math.min(30 * HOUR_MS, claimedAt - floor - 60_000));
      const reviewer = random.pick(reviewers);
      const id = opaqueId(random, 'rq');
      const decisionId = opaqueId(random, 'dc', 16);
      const cardPhotoId = later.cardPhotoId;
      let newPhotoId: string;
      const reasons: RejectionReason[] = [];
      const notes: string[] = [];
      const rejected = index < rejections;
      if (rejected) {
        const faulty = person.newPhotoIds.filter((photoId) => rejectionByVariant[variantOf(photoId)]);
        const libraryId = random.pick(faulty.length > 0 ? faulty : person.newPhotoIds);
        const first = rejectionByVariant[variantOf(libraryId)] ?? fallbackRejection;
        const second = companions[first.reason];
        for (const rejection of second && random.chance(0.3) ? [first, second] : [first]) {
          reasons.push(rejection.reason);
          notes.push(rejection.note);
        }
        newPhotoId = addPhoto(libraryId).id;
      } else {
        const own = libraryIdOf(later.newPhotoId);
        const compliant = person.newPhotoIds.filter(
          (photoId) => variantOf(photoId).startsWith('compliant') && photoId !== own,
        );
        newPhotoId = addPhoto(compliant.length > 0 ? random.pick(compliant) : person.cardPhotoId).id;
        // The approval put this photo on the card: the resubmission is compared with it.
        applicant.cardPhotoId = newPhotoId;
        later.cardPhotoId = newPhotoId;
      }
      history.requests.push({
        id,
        number: '',
        region: later.region,
        channel: channels[weightedIndex(random, channelWeights)] as Channel,
        submittedAt: claimedAt - waited,
        applicantId: applicant.id,
        newPhotoId,
        cardPhotoId,
        status: rejected ? 'rejected' : 'approved',
        claim: null,
        version: 3, // submitted, claimed, decided
        decisionId,
      });
      history.decisions.push({
        id: decisionId,
        requestId: id,
        outcome: rejected ? 'rejected' : 'approved',
        checks: checksFor(reasons),
        machine: {},
        reasonCodes: reasons,
        note: notes.join(''),
        decidedBy: reviewer.id,
        claimedAt,
        decidedAt,
        undoableUntil: decidedAt + UNDO_WINDOW_SECONDS * 1000,
        versionAfter: 3,
        previousCardPhotoId: rejected ? null : cardPhotoId,
        undoneAt: null,
      });
      history.audit.push(
        { requestId: id, actorId: reviewer.id, action: 'claim', at: claimedAt },
        {
          requestId: id,
          actorId: reviewer.id,
          action: 'decision',
          at: decidedAt,
          detail: decisionAuditDetail(rejected ? 'rejected' : 'approved', reasons),
        },
      );
    });
  return history;
}
