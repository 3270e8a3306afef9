import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { ApiError } from '../api-error';
import { downloadDecisionsCsv, filenameFromContentDisposition } from './exports';

const mock = setupMockServer({ pendingCount: 10 });

/** The last 30 days (Asia/Shanghai) up to the end of today, by the mock's clock. */
function last30Days() {
  const dayMs = 86_400_000;
  const offset = 8 * 3_600_000;
  const endOfToday = Math.floor((mock.backend.clock.now() + offset) / dayMs + 1) * dayMs - offset;
  return { from: new Date(endOfToday - 30 * dayMs).toISOString(), to: new Date(endOfToday).toISOString() };
}

async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('downloading the decisions', () => {
  it('gives the file as sent, byte-order mark included, with the server’s file name', async () => {
    await signInAs('supervisor1');
    const range = last30Days();
    const { blob, filename } = await downloadDecisionsCsv({ ...range, region: null, reason: undefined });
    expect(filename).toMatch(/^decisions-\d{8}-\d{8}\.csv$/);
    expect(blob.type).toMatch(/^text\/csv; ?charset=utf-8$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFF"申请编号 \(Request number\)",/);
    expect(text.split('\r\n').length).toBeGreaterThan(100);
  });

  it('sends the filters it is given and leaves out the empty ones', async () => {
    await signInAs('supervisor1');
    let seen: URL | null = null;
    server.use(
      http.get('/api/decisions/export', ({ request }) => {
        seen = new URL(request.url);
        return new HttpResponse('\uFEFF"a"\r\n', {
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment' },
        });
      }),
    );
    const result = await downloadDecisionsCsv({
      from: '2026-11-01T00:00:00+08:00',
      to: '2026-11-02T00:00:00+08:00',
      region: '',
      decidedBy: 'u-reviewer2',
      reason: 'eyes',
    });
    expect(Object.fromEntries((seen as URL | null)?.searchParams ?? [])).toEqual({
      from: '2026-11-01T00:00:00+08:00',
      to: '2026-11-02T00:00:00+08:00',
      decidedBy: 'u-reviewer2',
      reason: 'eyes',
    });
    expect(result.filename).toBe('decisions.csv');
  });

  it('turns refusals into the contract’s problems', async () => {
    await signInAs('reviewer1');
    const forbidden = await failureOf(downloadDecisionsCsv(last30Days()));
    expect(forbidden).toMatchObject({ kind: 'problem', status: 403, operation: 'exportDecisions' });
    expect(forbidden.is('forbidden')).toBe(true);
    await signInAs('supervisor1');
    const invalid = await failureOf(downloadDecisionsCsv({ from: 'yesterday', to: 'today' }));
    expect(invalid.is('validation-failed')).toBe(true);
    expect(invalid.problem?.errors?.map((e) => e.field)).toEqual(['from', 'to']);
  });

  it('an answer that is not CSV, an error page or no answer at all are ApiErrors too', async () => {
    const range = last30Days();
    server.use(http.get('/api/decisions/export', () => HttpResponse.json({ rows: [] })));
    expect(await failureOf(downloadDecisionsCsv(range))).toMatchObject({ kind: 'contract', status: 200 });
    server.use(
      http.get('/api/decisions/export', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })),
    );
    expect(await failureOf(downloadDecisionsCsv(range))).toMatchObject({ kind: 'bad-response', status: 502 });
    server.use(http.get('/api/decisions/export', () => HttpResponse.error()));
    expect(await failureOf(downloadDecisionsCsv(range))).toMatchObject({ kind: 'network' });
  });
});

describe('the file name of a Content-Disposition header', () => {
  it.each([
    ['attachment; filename="decisions-20261028-20261126.csv"', 'decisions-20261028-20261126.csv'],
    ['attachment; filename=decisions.csv', 'decisions.csv'],
    ['attachment; filename="x.csv"; filename*=UTF-8\'\'%E5%86%B3%E5%AE%9A.csv', '决定.csv'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename="a\\"b.csv"', 'a"b.csv'],
    ['attachment; filename="..\\\\evil.csv"', 'evil.csv'],
    ['attachment', null],
    ['attachment; filename=""', null],
    [null, null],
  ])('%s gives %s', (header, name) => {
    expect(filenameFromContentDisposition(header)).toBe(name);
  });
});
