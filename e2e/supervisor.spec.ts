import type { Page, Route } from '@playwright/test';
import { claimFromQueue, expect, expectAccessible, signIn, test } from './fixtures';

const shanghaiDay = (instant: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(instant));
const DAY_MS = 86_400_000;

interface Summary {
  pendingNow: number;
  oldestPendingAgeSeconds: number | null;
  decidedToday: number;
  decidedInRange: number;
  approvalRate: number | null;
  medianHandlingSeconds: number | null;
  pastServiceTarget: number;
  serviceTargetHours: number;
  reviewersActiveNow: number;
}
interface ReviewerRow {
  reviewer: { displayName: string };
  decided: number;
  approved: number;
  rejected: number;
  medianHandlingSeconds: number | null;
  currentClaim: { number: string } | null;
  lastActivityAt: string | null;
}
/** Inclusive Shanghai days, as the dashboard's range selector means them. */
interface Days {
  first: string;
  last: string;
  region?: string;
}

// The page's formats, in English (src/components/format.ts and the i18n provider).
const none = '—';
const number = (n: number) => n.toLocaleString('en');
function duration(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const [d, h, m, s] = [
    Math.floor(total / 86_400),
    Math.floor((total % 86_400) / 3600),
    Math.floor((total % 3600) / 60),
    total % 60,
  ];
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return s === 0 ? `${m} min` : `${m} min ${s} s`;
  return `${s} s`;
}
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('en', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const time = new Intl.DateTimeFormat('en', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The figure a headline term stands for (the term matched whole). */
const figure = (page: Page, term: string) =>
  page
    .locator('dt')
    .filter({ hasText: new RegExp(`^${escape(term)}$`) })
    .locator('xpath=following-sibling::dd[1]');

/** "Today" is the server's: its Date header says which Shanghai day it is. */
async function serverToday(page: Page): Promise<string> {
  const date = (await page.request.get('/api/session')).headers()['date'];
  return shanghaiDay(Date.parse(date ?? ''));
}

/** A metric for whole Shanghai days, from the API, in the page's own browser context. */
async function metric<T>(page: Page, kind: string, days: Days): Promise<T> {
  const from = new Date(`${days.first}T00:00:00+08:00`).toISOString();
  const to = new Date(Date.parse(`${days.last}T00:00:00+08:00`) + DAY_MS).toISOString();
  const query = new URLSearchParams({ from, to, ...(days.region ? { region: days.region } : {}) });
  const response = await page.request.get(`/api/metrics/${kind}?${query.toString()}`);
  expect(response.status(), kind).toBe(200);
  return (await response.json()) as T;
}

/**
 * All seven headline figures (and "Decided in range" beside today's for a longer range) and every
 * row of the reviewers table show what the metrics API answers for the same days and region.
 */
async function expectFiguresOfApi(page: Page, days: Days): Promise<void> {
  const today = await serverToday(page);
  const isToday = days.first === days.last && days.last === today;
  const summary = await metric<Summary>(page, 'summary', days);
  await expect(figure(page, 'Pending now')).toHaveText(number(summary.pendingNow));
  // The oldest request ages while the test runs: the page's figure may be up to a minute older.
  const oldest = summary.oldestPendingAgeSeconds;
  await expect(figure(page, 'Oldest pending')).toHaveText(
    oldest === null
      ? none
      : new RegExp(
          `^(${[...new Set(Array.from({ length: 61 }, (_, i) => duration(oldest - i)))].join('|')})$`,
        ),
  );
  await expect(figure(page, 'Decided today')).toHaveText(number(summary.decidedToday));
  if (isToday) await expect(figure(page, 'Decided in range')).toHaveCount(0);
  else await expect(figure(page, 'Decided in range')).toHaveText(number(summary.decidedInRange));
  await expect(figure(page, 'Approval rate')).toHaveText(
    summary.approvalRate === null ? none : percent.format(summary.approvalRate),
  );
  await expect(figure(page, 'Median handling time')).toHaveText(
    summary.medianHandlingSeconds === null ? none : duration(Math.round(summary.medianHandlingSeconds)),
  );
  await expect(figure(page, `Past the ${summary.serviceTargetHours} h service target`)).toHaveText(
    number(summary.pastServiceTarget),
  );
  await expect(figure(page, 'Reviewers active now')).toHaveText(number(summary.reviewersActiveNow));

  const reviewers = await metric<{ items: ReviewerRow[] }>(page, 'reviewers', days);
  const rows = page.getByRole('table', { name: 'Reviewers', exact: true }).locator('tbody tr');
  await expect(rows).toHaveCount(reviewers.items.length);
  for (const [i, row] of reviewers.items.entries()) {
    await expect(rows.nth(i).getByRole('cell')).toHaveText([
      row.reviewer.displayName,
      number(row.decided),
      number(row.approved),
      number(row.rejected),
      row.medianHandlingSeconds === null ? none : duration(Math.round(row.medianHandlingSeconds)),
      row.currentClaim?.number ?? none,
      row.lastActivityAt === null
        ? none
        : shanghaiDay(Date.parse(row.lastActivityAt)) === today
          ? time.format(new Date(row.lastActivityAt))
          : dateTime.format(new Date(row.lastActivityAt)),
    ]);
  }
}

test('the dashboard shows every widget with the figures of the metrics API, by range and region', async ({
  page,
}) => {
  await signIn(page, 'supervisor1', 'en');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Throughput dashboard' })).toBeVisible();
  for (const title of [
    'Now and in this period',
    'Decisions over time',
    'Inflow, outflow and backlog',
    'Waiting requests by age',
    'Handling time',
    'Rejection reasons',
    'Reviewers',
    'Reviewers and the machine',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  }

  // "Today" is the server's: the mock's clock reads WORLD_NOW (plus the time since its reset), which
  // is another Shanghai day than this machine's from 16:00 UTC on.
  const today = await serverToday(page);
  const daysBefore = (n: number) => shanghaiDay(Date.parse(`${today}T12:00:00+08:00`) - n * DAY_MS);
  await expectFiguresOfApi(page, { first: today, last: today });
  await expectAccessible(page);

  await page.getByLabel('Region').click();
  await page.getByRole('option', { name: 'Pudong' }).click();
  await expect(page).toHaveURL(/region=310115/);
  const all = await metric<Summary>(page, 'summary', { first: today, last: today });
  const pudong = await metric<Summary>(page, 'summary', { first: today, last: today, region: '310115' });
  expect(pudong.pendingNow).toBeLessThan(all.pendingNow);
  await expectFiguresOfApi(page, { first: today, last: today, region: '310115' });

  await page.getByRole('button', { name: '7 days' }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(page.getByText(`${daysBefore(6)} – ${today}`)).toBeVisible();
  await expectFiguresOfApi(page, { first: daysBefore(6), last: today, region: '310115' });

  await page.getByLabel('Region').click();
  await page.getByRole('option', { name: 'All regions' }).click();
  await page.getByRole('button', { name: 'Custom' }).click();
  await page.getByLabel('From', { exact: true }).fill(daysBefore(12));
  await page.getByLabel('To', { exact: true }).fill(daysBefore(3));
  await expect(page).toHaveURL(new RegExp(`range=custom&from=${daysBefore(12)}&to=${daysBefore(3)}`));
  await expect(page.getByText(`${daysBefore(12)} – ${daysBefore(3)}`)).toBeVisible();
  await expectFiguresOfApi(page, { first: daysBefore(12), last: daysBefore(3) });

  await page.getByRole('button', { name: '30 days' }).click();
  await expect(page).toHaveURL(/range=30d/);
  await expect(page.getByText(`${daysBefore(29)} – ${today}`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
});

test('a drill-down opens a reviewer’s decisions, and a decision opens read-only with its audit', async ({
  page,
}) => {
  await signIn(page, 'supervisor1', 'en');
  await page.goto('/dashboard?range=30d&lang=en');

  // A reason opens the decisions rejected for it, from the keyboard too.
  const reasons = page.getByRole('table', { name: 'Rejection reasons' });
  const exposure = reasons.getByRole('link', {
    name: 'Decisions rejected for: Over- or under-exposed, shadows or glare',
  });
  await exposure.focus();
  await expect(exposure).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/reason=exposure/);
  await expect(page.getByText('Reason: Over- or under-exposed, shadows or glare')).toBeVisible();
  const decisions = page.getByRole('table', { name: 'Photo requests' }).getByRole('row');
  await expect(decisions.nth(1)).toContainText('Rejected');
  await expect(decisions.filter({ hasText: 'Approved' })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Throughput dashboard' })).toBeVisible();

  await page.getByRole('button', { name: 'Decisions by 张敏' }).click();
  await expect(page).toHaveURL(/decidedBy=u-reviewer1/);
  await expect(page.getByText('Decided by 张敏')).toBeVisible();
  const table = page.getByRole('table', { name: 'Photo requests' });
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText(/Approved|Rejected/);
  await first.getByRole('link', { name: /^Open / }).click();
  await expect(page.getByText('Read only: supervisors view requests without reviewing them.')).toBeVisible();
  await page.getByRole('button', { name: 'Audit trail' }).click();
  await expect(page.getByRole('list', { name: 'Audit trail' })).toContainText('Decided · 张敏');
  await expectAccessible(page);
});

test('a reviewer’s decisions appear on the dashboard within one refresh; a failed refresh keeps the last figures', async ({
  page,
  openUser,
}) => {
  // The page's timers run on Playwright's clock: one refresh interval passes when the test says so.
  await page.clock.install();
  await signIn(page, 'supervisor1', 'en');
  await page.goto('/dashboard?lang=en');
  const decidedToday = figure(page, 'Decided today');
  await expect(decidedToday).toHaveText(/^[\d,]+$/);
  const today = await serverToday(page);
  const before = await metric<Summary>(page, 'summary', { first: today, last: today });
  await expect(decidedToday).toHaveText(number(before.decidedToday));

  // A reviewer at another desk decides two requests.
  const reviewer = await openUser('reviewer2', 'en');
  for (const [i, outcome] of (['approved', 'rejected'] as const).entries()) {
    const claimed = await reviewer.request.post('/api/requests/claim-next');
    expect(claimed.status()).toBe(200);
    const { id, version } = (await claimed.json()) as { id: string; version: number };
    const decided = await reviewer.request.post(`/api/requests/${id}/decision`, {
      headers: { 'Idempotency-Key': `dashboard-refresh-${i}-${Date.now()}`, 'If-Match': `"${version}"` },
      data: {
        outcome,
        checks: {
          background: outcome === 'approved' ? 'pass' : 'fail',
          clarity: 'pass',
          facialFeatures: 'pass',
          noOrnaments: 'pass',
        },
        reasonCodes: outcome === 'approved' ? [] : ['background'],
        note: outcome === 'approved' ? '' : 'The background is not plain.',
      },
    });
    expect(decided.status(), await decided.text()).toBe(201);
  }
  // Nothing moves until the refresh…
  await expect(decidedToday).toHaveText(number(before.decidedToday));
  await page.clock.fastForward(30_000);
  // …and one refresh later the two are there.
  await expect(decidedToday).toHaveText(number(before.decidedToday + 2));
  await expect(figure(page, 'Pending now')).toHaveText(number(before.pendingNow - 2));
  const lastGood = await page.evaluate(() => Date.now());

  // The next refresh of the headline figures fails: they stay, and the widget says since when.
  const unavailable = (route: Route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'urn:photo-review:problem:unavailable',
        title: 'Service unavailable',
        status: 503,
        detail: 'Try again shortly.',
      }),
    });
  await page.route('**/api/metrics/summary?**', unavailable);
  await page.clock.fastForward(30_000);
  const summary = page.getByRole('region', { name: 'Now and in this period' });
  const times = [lastGood, lastGood - 60_000].map((at) => escape(dateTime.format(new Date(at))));
  await expect(summary.getByRole('status')).toHaveText(
    new RegExp(`^Refresh failed; showing figures from (${times.join('|')})\\.$`),
    // The failed call is retried twice (after one and two seconds) before the widget gives up.
    { timeout: 20_000 },
  );
  await expect(page.getByText(/^The last refresh failed: the figures shown are from /)).toBeVisible();
  await expect(decidedToday).toHaveText(number(before.decidedToday + 2));

  // When the server answers again, so does the page.
  await page.unroute('**/api/metrics/summary?**', unavailable);
  await page.clock.fastForward(30_000);
  await expect(summary.getByRole('status')).toHaveCount(0);
  await expect(decidedToday).toHaveText(number(before.decidedToday + 2));
});

test('a supervisor releases a claim held in another browser, and that reviewer is told', async ({
  page,
  openUser,
}) => {
  const reviewer = await openUser('reviewer1', 'en');
  await reviewer.getByRole('button', { name: 'Claim next' }).click();
  const heading = reviewer.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ });
  await expect(heading).toBeVisible();
  const number = ((await heading.textContent()) ?? '').replace('Request ', '').trim();
  for (const key of ['1', '2']) await reviewer.keyboard.press(key);

  await signIn(page, 'supervisor1', 'en');
  await page.getByRole('link', { name: 'Active claims' }).click();
  await page.getByRole('button', { name: `Release ${number}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Release the claim' }).click();
  await expect(dialog.getByText('Give a reason.')).toBeVisible();
  await dialog.getByLabel(/Reason/).fill('Urgent case handled at the counter');
  await dialog.getByRole('button', { name: 'Release the claim' }).click();
  await expect(page.getByText(`${number} released from 张敏.`)).toBeVisible();
  await expectAccessible(page);

  // The reviewer's next heartbeat (or decision) learns it, with the reason; nothing can be sent.
  await reviewer.keyboard.press('3');
  await reviewer.keyboard.press('4');
  await reviewer.keyboard.press('a');
  await expect(
    reviewer.getByText(
      /A supervisor \(王芳\) took this request from you: Urgent case handled at the counter/,
    ),
  ).toBeVisible({
    timeout: 20_000,
  });
  // Nothing was recorded for it, and nothing is left waiting to be sent again.
  await expect(reviewer.getByRole('button', { name: `Open ${number}` })).toHaveCount(0);
  const found = (await (await page.request.get(`/api/requests?q=${number}`)).json()) as {
    items: { number: string; status: string }[];
  };
  expect(found.items.map((item) => [item.number, ['pending', 'in_review'].includes(item.status)])).toEqual([
    [number, true],
  ]);
});

test('a decision sent back for re-review goes to a different reviewer', async ({ page, openUser }) => {
  const first = await openUser('reviewer1', 'en');
  await first.getByRole('button', { name: 'Claim next' }).click();
  const heading = first.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ });
  await expect(heading).toBeVisible();
  const number = ((await heading.textContent()) ?? '').replace('Request ', '').trim();
  const id = new URL(first.url()).pathname.split('/').pop() ?? '';
  for (const key of ['1', '2', '3', '4', 'a']) await first.keyboard.press(key);
  await expect(first.getByText(`Approved ${number}.`).first()).toBeVisible();
  await first.getByRole('link', { name: 'Back to queue' }).click();

  await signIn(page, 'supervisor1', 'en');
  await page.goto(`/review/${id}?lang=en`);
  await page.getByRole('button', { name: 'Send back for re-review' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('dialog')
    .getByLabel(/Note for the second reviewer/)
    .fill('Please check the ears are visible.');
  await page.getByRole('dialog').getByRole('button', { name: 'Send back' }).click();
  await expect(page.getByText(`${number} is back in the queue for a second review.`)).toBeVisible();

  // The reviewer who decided cannot take it again; another one can.
  const refused = await first.request.post(`/api/requests/${id}/claim`);
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { type: string }).type).toBe('urn:photo-review:problem:four-eyes');
  const second = await openUser('reviewer2', 'en');
  await second.getByLabel('Request number').fill(number);
  await expect(second.getByRole('row', { name: new RegExp(number) })).toContainText('Re-review');
  await claimFromQueue(second, number);
  await expect(second.getByRole('heading', { level: 1, name: `Request ${number}` })).toBeVisible();
  await expect(second.getByText('Second review requested: Please check the ears are visible.')).toBeVisible();
});

test('the decisions export is a CSV with a byte-order mark and masked identifiers', async ({ page }) => {
  await signIn(page, 'supervisor1', 'en');
  await page.goto('/dashboard?range=7d&lang=en');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^decisions-\d{8}-\d{8}\.csv$/);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('申请编号');
  expect(text).toMatch(/\d{6}\*{8}\d{3}[\dX]/);
  expect(text).not.toMatch(/\d{17}[\dX]/);
});

test('a reviewer is refused every supervisor page and endpoint', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  for (const path of ['/dashboard', '/claims']) {
    await page.goto(`${path}?lang=en`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not authorised' })).toBeVisible();
  }
  const range = `from=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}&to=${encodeURIComponent(new Date().toISOString())}`;
  for (const path of [
    '/api/metrics/summary',
    '/api/metrics/throughput',
    '/api/metrics/backlog',
    '/api/metrics/reviewers',
    '/api/metrics/rejection-reasons',
    '/api/metrics/handling-time',
    '/api/metrics/machine-agreement',
    '/api/decisions/export',
    '/api/claims',
  ]) {
    const response = await page.request.get(`${path}?${range}`);
    expect(response.status(), path).toBe(403);
  }
  const list = (await (await page.request.get('/api/requests?pageSize=1')).json()) as {
    items: { id: string }[];
  };
  const id = list.items[0]?.id ?? '';
  expect(
    (await page.request.post(`/api/requests/${id}/claim/revoke`, { data: { reason: 'x' } })).status(),
  ).toBe(403);
  expect((await page.request.post(`/api/requests/${id}/re-review`, { data: { note: 'x' } })).status()).toBe(
    403,
  );
});
