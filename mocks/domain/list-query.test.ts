// @vitest-environment node
import { ProblemSchema, type Problem } from '../../src/api/generated/zod';
import { isKnownListParameter, parseListQuery, type ListQuery } from './list-query';
import { ProblemError } from './problems';

const parse = (search: string) => parseListQuery(new URLSearchParams(search));

function problemOf(search: string): Problem {
  try {
    parse(search);
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error(`expected "${search}" to be refused`);
}

const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((e) => e.field);

const defaults: ListQuery = {
  status: [],
  region: [],
  submittedFrom: null,
  submittedTo: null,
  q: '',
  sort: 'submittedAt',
  page: 1,
  pageSize: 25,
  decidedBy: null,
  reason: null,
  decidedFrom: null,
  decidedTo: null,
};

describe('parseListQuery', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(defaults);
  });

  it('treats empty values as absent', () => {
    expect(parse('page=&pageSize=&submittedFrom=&submittedTo=&q=&sort=&status=&region=')).toEqual(defaults);
  });

  it('reads every parameter', () => {
    const query = parse(
      'status=pending&status=in_review&region=310101&region=310115' +
        '&submittedFrom=2026-11-20T00:00:00%2B08:00&submittedTo=2026-11-26T16:00:00Z' +
        '&q=%20PR2026%20&sort=-number&page=3&pageSize=100',
    );
    expect(query).toEqual({
      status: ['pending', 'in_review'],
      region: ['310101', '310115'],
      submittedFrom: Date.parse('2026-11-19T16:00:00Z'),
      submittedTo: Date.parse('2026-11-26T16:00:00Z'),
      q: 'PR2026',
      sort: '-number',
      page: 3,
      pageSize: 100,
      decidedBy: null,
      reason: null,
      decidedFrom: null,
      decidedTo: null,
    });
  });

  it('reads the decision filters', () => {
    expect(
      parse(
        'decidedBy=u-reviewer2&reason=eyes&decidedFrom=2026-11-20T00:00:00%2B08:00' +
          '&decidedTo=2026-11-26T16:00:00Z',
      ),
    ).toEqual({
      ...defaults,
      decidedBy: 'u-reviewer2',
      reason: 'eyes',
      decidedFrom: Date.parse('2026-11-19T16:00:00Z'),
      decidedTo: Date.parse('2026-11-26T16:00:00Z'),
    });
    expect(parse('decidedBy=&reason=&decidedFrom=&decidedTo=')).toEqual(defaults);
    for (const name of ['decidedBy', 'reason', 'decidedFrom', 'decidedTo']) {
      expect(isKnownListParameter(name)).toBe(true);
    }
  });

  it.each(['submittedAt', '-submittedAt', 'number', '-number', 'region', '-region', 'status', '-status'])(
    'accepts the sort %s',
    (sort) => {
      expect(parse(`sort=${encodeURIComponent(sort)}`).sort).toBe(sort);
    },
  );

  it('accepts the bounds of page and pageSize', () => {
    expect(parse('page=1&pageSize=1')).toMatchObject({ page: 1, pageSize: 1 });
    expect(parse('page=1000000&pageSize=100')).toMatchObject({ page: 1_000_000, pageSize: 100 });
  });

  it('ignores unknown parameters, as a server behind a proxy must', () => {
    expect(parse('utm_source=mail&foo=bar&Status=approved&_=12345')).toEqual(defaults);
    expect(isKnownListParameter('status')).toBe(true);
    expect(isKnownListParameter('pageSize')).toBe(true);
    expect(isKnownListParameter('utm_source')).toBe(false);
    expect(isKnownListParameter('Status')).toBe(false);
  });

  it.each([
    ['status=open', 'status'],
    ['status=pending&status=IN_REVIEW', 'status'],
    [`region=${'1'.repeat(33)}`, 'region'],
    ['submittedFrom=yesterday', 'submittedFrom'],
    ['submittedFrom=2026-11-26', 'submittedFrom'],
    ['submittedTo=1732600000000', 'submittedTo'],
    [`q=${'9'.repeat(33)}`, 'q'],
    ['sort=newest', 'sort'],
    ['sort=-', 'sort'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=1.5', 'page'],
    ['page=two', 'page'],
    ['page=1000001', 'page'],
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    [`decidedBy=${'u'.repeat(65)}`, 'decidedBy'],
    ['reason=Eyes', 'reason'],
    ['reason=blurry', 'reason'],
    ['decidedFrom=2026-11-26', 'decidedFrom'],
    ['decidedTo=tomorrow', 'decidedTo'],
  ])('refuses %s with a validation problem naming %s', (search, field) => {
    const problem = problemOf(search);
    expect(ProblemSchema.safeParse(problem).success).toBe(true);
    expect(problem).toMatchObject({ type: 'urn:photo-review:problem:validation-failed', status: 400 });
    expect(fieldsOf(problem)).toEqual([field]);
    expect(problem.detail).toContain(field);
  });

  it('names every bad field at once', () => {
    const problem = problemOf('status=nope&page=0&pageSize=500&sort=up&submittedTo=soon&foo=ignored');
    expect(fieldsOf(problem).sort()).toEqual(['page', 'pageSize', 'sort', 'status', 'submittedTo']);
  });

  it('gives every field error a code and a message', () => {
    for (const error of problemOf('status=x&region=&q=' + 'x'.repeat(40)).errors ?? []) {
      expect(error.code).toMatch(/\S/);
      expect(error.message).toMatch(/\S/);
    }
  });
});
