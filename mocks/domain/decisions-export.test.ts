// @vitest-environment node
import type { DecisionInput, Problem, RejectionReason } from '../../src/api/generated/zod';
import { maskIdNumber } from '../../src/lib/mask';
import { MockBackend } from './backend';
import { createClock } from './clock';
import {
  EXPORT_HEADER,
  exportDecisionsCsv,
  exportFilename,
  parseExportQuery,
  shanghaiIso,
  type ExportQuery,
} from './decisions-export';
import { ProblemError } from './problems';
import type { RequestRecord, UserRecord } from './records';
import { demoRegions } from './seed';
import type { PhotoLibraryIndex } from './world';

/** 2026-11-26 10:00 in Shanghai. */
const T0 = Date.parse('2026-11-26T02:00:00Z');

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

const allPass = { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' } as const;
const approval: DecisionInput = { outcome: 'approved', checks: allPass, reasonCodes: [], note: '' };
const rejection = (reasonCodes: RejectionReason[], note: string): DecisionInput => ({
  outcome: 'rejected',
  checks: { ...allPass, background: 'fail' },
  reasonCodes,
  note,
});

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function problemOf(call: () => unknown): Problem {
  try {
    call();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('the decisions export', () => {
  /**
   * Live decisions, each claimed a minute before it is decided, from 10:00 Shanghai:
   *   a: reviewer1 approves                                        at 10:01
   *   b: reviewer2 rejects (background) with a note starting with = at 10:03
   *   c: reviewer1 rejects (background, other)                      at 10:05
   *   d: reviewer2 approves at 10:07, then sent back for re-review
   *   e: reviewer1 approves at 10:09, then undone
   */
  const backend = new MockBackend({
    library: tinyLibrary(),
    seed: 5,
    pendingCount: 8,
    historyDecisions: 0,
    clock: createClock(() => T0),
  });
  const find = (name: string) => backend.world.users.find((u) => u.username === name) as UserRecord;
  const [reviewer1, reviewer2, supervisor] = [find('reviewer1'), find('reviewer2'), find('supervisor1')];
  const requests: Record<string, RequestRecord> = {};
  const plan: Array<[string, UserRecord, DecisionInput]> = [
    ['a', reviewer1, approval],
    ['b', reviewer2, rejection(['background'], '=HYPERLINK("http://evil.example","点此")')],
    ['c', reviewer1, rejection(['background', 'other'], '背景不是白色，"请"重拍。\n谢谢')],
    ['d', reviewer2, approval],
    ['e', reviewer1, approval],
  ];
  let key = 0;
  for (const [name, reviewer, body] of plan) {
    const claimed = backend.claimNext(reviewer);
    const request = backend.world.requestsById.get(claimed?.id ?? '') as RequestRecord;
    requests[name] = request;
    backend.advanceClock(60);
    const { decision } = backend.decide(
      reviewer,
      request.id,
      { idempotencyKey: `export-key-${++key}`, ifMatch: `"${request.version}"` },
      body,
    );
    if (name === 'e') backend.undo(reviewer, decision.id);
    backend.advanceClock(60);
  }
  backend.reReview(supervisor, requests.d?.id ?? '', { note: '请复核' });

  const day: ExportQuery = {
    from: Date.parse('2026-11-26T00:00:00+08:00'),
    to: Date.parse('2026-11-27T00:00:00+08:00'),
    region: null,
    decidedBy: null,
    reason: null,
  };
  const csv = (query: Partial<ExportQuery> = {}) =>
    exportDecisionsCsv(backend.metricsView(supervisor), { ...day, ...query });
  const numbers = (query: Partial<ExportQuery> = {}) =>
    parseCsv(csv(query).slice(1))
      .slice(1)
      .map((row) => row[0]);
  const numberOf = (name: string) => requests[name]?.number;

  it('is UTF-8 text with a byte-order mark, CRLF line ends and a bilingual header', () => {
    const text = csv();
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header] = parseCsv(text.slice(1));
    expect(header).toEqual([...EXPORT_HEADER]);
    expect(header?.[0]).toBe('申请编号 (Request number)');
    for (const column of header ?? []) expect(column).toMatch(/^\S.* \([A-Za-z ,]+\)$/);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('has one row per decision in force, oldest first: neither the undone nor the withdrawn one', () => {
    expect(numbers()).toEqual(['a', 'b', 'c'].map(numberOf));
  });

  it('writes each column as the contract says', () => {
    const rows = parseCsv(csv().slice(1));
    const request = requests.c as RequestRecord;
    const applicant = backend.world.applicants.get(request.applicantId);
    expect(rows[3]).toEqual([
      request.number,
      request.region,
      request.channel,
      shanghaiIso(request.submittedAt),
      '2026-11-26T10:05:00+08:00',
      'rejected',
      'background;other',
      '张敏',
      '60',
      maskIdNumber(applicant?.idNumber ?? ''),
      '背景不是白色，"请"重拍。\n谢谢',
    ]);
    expect(rows[1]?.slice(4, 9)).toEqual(['2026-11-26T10:01:00+08:00', 'approved', '', '张敏', '60']);
    expect(shanghaiIso(Date.parse('2026-11-25T16:00:00Z'))).toBe('2026-11-26T00:00:00+08:00');
  });

  it('never carries a name or an unmasked identifier', () => {
    const text = csv();
    for (const name of ['a', 'b', 'c']) {
      const applicant = backend.world.applicants.get(requests[name]?.applicantId ?? '');
      if (!applicant) throw new Error('no applicant');
      expect(text).not.toContain(applicant.idNumber);
      expect(text).not.toContain(applicant.name);
      expect(text).not.toContain(applicant.cardNumber);
      expect(text).toContain(maskIdNumber(applicant.idNumber));
      expect(maskIdNumber(applicant.idNumber)).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    }
  });

  it('defuses a note a spreadsheet would run as a formula', () => {
    const row = parseCsv(csv().slice(1))[2];
    expect(row?.[10]).toBe('\'=HYPERLINK("http://evil.example","点此")');
    expect(csv()).toContain('"\'=HYPERLINK(""http://evil.example"",""点此"")"');
  });

  it('follows the range (from inclusive, to exclusive) and the filters, alone or together', () => {
    const at = (hhmm: string) => Date.parse(`2026-11-26T${hhmm}:00+08:00`);
    expect(numbers({ from: at('10:03'), to: at('10:05') })).toEqual([numberOf('b')]);
    expect(numbers({ from: at('10:03'), to: at('10:05') + 1 })).toEqual(['b', 'c'].map(numberOf));
    expect(numbers({ decidedBy: reviewer1.id })).toEqual(['a', 'c'].map(numberOf));
    expect(numbers({ decidedBy: supervisor.id })).toEqual([]);
    expect(numbers({ reason: 'background' })).toEqual(['b', 'c'].map(numberOf));
    expect(numbers({ reason: 'other', decidedBy: reviewer2.id })).toEqual([]);
    expect(numbers({ reason: 'background', decidedBy: reviewer2.id })).toEqual([numberOf('b')]);
    const region = requests.c?.region ?? '';
    expect(numbers({ region })).toEqual(
      ['a', 'b', 'c'].filter((n) => requests[n]?.region === region).map(numberOf),
    );
    // An empty range still has the header.
    expect(parseCsv(csv({ from: at('11:00'), to: at('12:00') }).slice(1))).toEqual([[...EXPORT_HEADER]]);
  });

  it('is named after the first and last Shanghai days of the range', () => {
    expect(exportFilename(day)).toBe('decisions-20261126-20261126.csv');
    expect(
      exportFilename({
        from: Date.parse('2026-10-28T00:00:00+08:00'),
        to: Date.parse('2026-11-27T00:00:00+08:00'),
        region: null,
      }),
    ).toBe('decisions-20261028-20261126.csv');
    expect(
      exportFilename({
        from: Date.parse('2026-11-25T16:30:00Z'),
        to: Date.parse('2026-11-26T16:00:01Z'),
        region: null,
      }),
    ).toBe('decisions-20261126-20261127.csv');
  });
});

describe('the export query', () => {
  const codes = demoRegions.map((r) => r.code);
  const parse = (query: string) => parseExportQuery(new URLSearchParams(query), codes);
  const fields = (query: string) =>
    (problemOf(() => parse(query)).errors ?? []).map((e) => `${e.field}:${e.code}`);
  const range = 'from=2026-11-25T00:00:00%2B08:00&to=2026-11-26T00:00:00%2B08:00';

  it('reads a range, a region, a user and a reason', () => {
    expect(parse(`${range}&region=310101&decidedBy=u-reviewer1&reason=eyes&bucket=whatever`)).toEqual({
      from: Date.parse('2026-11-25T00:00:00+08:00'),
      to: Date.parse('2026-11-26T00:00:00+08:00'),
      region: '310101',
      decidedBy: 'u-reviewer1',
      reason: 'eyes',
    });
    expect(parse(`${range}&region=&decidedBy=&reason=`)).toMatchObject({
      region: null,
      decidedBy: null,
      reason: null,
    });
  });

  it('refuses a missing, reversed or too long range and bad filters, naming each', () => {
    expect(fields('')).toEqual(['from:required', 'to:required']);
    expect(fields('from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z')).toEqual(['to:range']);
    expect(fields('from=2025-01-01T00:00:00Z&to=2026-02-05T00:00:01Z')).toEqual(['to:range']);
    expect(fields(`${range}&region=999999&decidedBy=${'u'.repeat(65)}&reason=blurry`)).toEqual([
      'region:enum',
      'decidedBy:length',
      'reason:enum',
    ]);
  });
});
