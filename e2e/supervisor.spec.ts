import { claimFromQueue, expect, expectAccessible, signIn, test } from './fixtures';

const shanghaiDay = (instant: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(instant));

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

  const figure = (label: string) =>
    page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  // "Today" is the server's: the mock's clock reads WORLD_NOW (plus the time since its reset), which
  // is another Shanghai day than this machine's from 16:00 UTC on. Its Date header says which.
  const serverDate = (await page.request.get('/api/session')).headers()['date'];
  const today = shanghaiDay(Date.parse(serverDate ?? ''));
  const from = new Date(`${today}T00:00:00+08:00`).toISOString();
  const to = new Date(Date.parse(from) + 86_400_000).toISOString();
  const summary = async (region?: string) =>
    (await (
      await page.request.get(
        `/api/metrics/summary?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${region ? `&region=${region}` : ''}`,
      )
    ).json()) as { pendingNow: number; decidedInRange: number };

  const all = await summary();
  await expect(figure('Pending now')).toHaveText(all.pendingNow.toLocaleString('en'));
  await expect(figure('Decided')).toHaveText(all.decidedInRange.toLocaleString('en'));
  await expectAccessible(page);

  await page.getByLabel('Region').click();
  await page.getByRole('option', { name: 'Pudong' }).click();
  await expect(page).toHaveURL(/region=310115/);
  const pudong = await summary('310115');
  expect(pudong.pendingNow).toBeLessThan(all.pendingNow);
  await expect(figure('Pending now')).toHaveText(pudong.pendingNow.toLocaleString('en'));

  await page.getByRole('button', { name: '30 days' }).click();
  await expect(page).toHaveURL(/range=30d/);
  await expect(page.getByText(/– \d{4}-\d{2}-\d{2}$/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
});

test('a drill-down opens a reviewer’s decisions, and a decision opens read-only with its audit', async ({
  page,
}) => {
  await signIn(page, 'supervisor1', 'en');
  await page.goto('/dashboard?range=30d&lang=en');
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
