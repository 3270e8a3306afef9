import type { Channel } from '../../src/api/generated/zod';
import { createRandom, type Random } from '../lib/random';
import type { ApplicantRecord, PhotoRecord, RegionRecord, RequestRecord, UserRecord } from './records';
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

const regionWeights = [0.12, 0.16, 0.12, 0.2, 0.1, 0.3];
const channels: Channel[] = ['ios', 'android', 'wechat', 'alipay'];
const channelWeights = [0.3, 0.35, 0.25, 0.1];

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const givenChars =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩然子轩梓涵一诺欣怡雨桐佳怡思远文博晨阳建国志强海燕春梅晓东小红';

function weightedIndex(random: Random, weights: readonly number[]): number {
  let roll = random.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i] as number;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

function inventName(random: Random): string {
  const given = random.chance(0.6) ? 2 : 1;
  let name = random.pick([...surnames]);
  for (let i = 0; i < given; i++) name += random.pick([...givenChars]);
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
const hourWeights = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 4, 6, 7, 7, 6, 6, 7, 7, 6, 6, 7, 9, 10, 9, 6, 3];
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

function submittedTime(random: Random, now: number, maxAgeDays: number): number {
  for (;;) {
    const dayAgo = random.int(0, maxAgeDays);
    const hour = weightedIndex(random, hourWeights);
    const localMidnight = Math.floor((now + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
    const at = localMidnight - dayAgo * DAY_MS + hour * 3600_000 + random.int(0, 3599_999);
    if (at < now - 60_000) return at;
  }
}

function formatNumber(at: number, sequence: number): string {
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
}

/**
 * Builds the world for a seed. The same seed, count and clock give the same world: ids, people,
 * photos and times (times are relative to `now`).
 */
export function seedWorld({ seed, pendingCount, now, library }: SeedOptions): World {
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
  const sequenceByDay = new Map<string, number>();
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
    const dayKey = formatNumber(submittedAt, 0).slice(0, 10);
    const sequence = (sequenceByDay.get(dayKey) ?? 0) + 1;
    sequenceByDay.set(dayKey, sequence);
    requests.push({
      id: opaqueId(random, 'rq'),
      number: formatNumber(submittedAt, sequence),
      region: region.code,
      channel: channels[weightedIndex(random, channelWeights)] as Channel,
      submittedAt,
      applicantId: applicant.id,
      newPhotoId: newPhoto.id,
      cardPhotoId: cardPhoto.id,
      status: 'pending',
      claim: null,
      version: 1,
    });
  }

  return {
    seed,
    users: demoUsers.map((u) => ({ ...u })),
    regions: demoRegions.map((r) => ({ ...r, acceptedBackgrounds: [...r.acceptedBackgrounds] })),
    applicants,
    photos,
    requests,
    requestsById: new Map(requests.map((r) => [r.id, r])),
    claimed: new Set(),
    sessions: new Map(),
    audit: [],
  };
}
