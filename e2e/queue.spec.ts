import { expect, expectAccessible, signIn, test } from './fixtures';

test('claim next opens the oldest waiting request with both photos', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  const oldest = page
    .getByRole('table', { name: 'Photo requests' })
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .first();
  await expect(oldest).toHaveText(/^PR\d{14}$/);
  const number = (await oldest.textContent())?.trim() ?? '';
  expect(number).toMatch(/^PR\d{14}$/);

  await page.getByRole('button', { name: 'Claim next' }).click();
  await expect(page).toHaveURL(/\/review\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: `Request ${number}` })).toBeVisible();
  const newPhoto = page.getByRole('img', { name: 'New photo submitted by the applicant' });
  const cardPhoto = page.getByRole('img', { name: "Photo on the applicant's current card" });
  await expect(newPhoto).toBeVisible();
  await expect(cardPhoto).toBeVisible();
  await expect
    .poll(() => newPhoto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await expect
    .poll(() => cardPhoto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  // The ID number is masked: first 6 and last 4 only.
  await expect(page.getByText(/^\d{6}\*{8}\d{3}[\dX]$/)).toBeVisible();
  await expect(page.getByText(/^\d+:\d{2} left$/)).toBeVisible();
  await expectAccessible(page);

  // The URL carries an opaque id, never personal data.
  expect(page.url()).not.toMatch(/\d{6}(19|20)\d{2}/);
});

test('a reviewer claims a specific row, sees it under My claims and releases it', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  const table = page.getByRole('table', { name: 'Photo requests' });
  const third = table.getByRole('row').nth(3);
  await expect(third).toContainText(/PR\d{14}/);
  const number = (await third.getByRole('cell').first().textContent())?.trim() ?? '';
  await third.getByRole('button', { name: `Claim ${number}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Request ${number}` })).toBeVisible();

  await page.getByRole('button', { name: 'Release claim' }).click();
  await expect(page.getByText(`Claim on ${number} released.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  await expect(page.getByText('You hold no requests.')).toBeVisible();

  // A claim made elsewhere (another tab) shows under My claims with its time left.
  const page1 = await page.request.get('/api/requests?status=pending&pageSize=1');
  const first = (await page1.json()) as { items: { id: string; number: string }[] };
  const target = first.items[0];
  if (!target) throw new Error('no pending request');
  expect((await page.request.post(`/api/requests/${target.id}/claim`)).status()).toBe(200);
  await page.reload();
  const mine = page.getByRole('list', { name: 'My claims' });
  await expect(mine.getByText(target.number)).toBeVisible();
  await expect(mine.getByText(/\d+:\d{2} left/)).toBeVisible();
  await mine.getByRole('button', { name: `Release ${target.number}` }).click();
  await expect(page.getByText('You hold no requests.')).toBeVisible();
});

test('filters and sorting live in the address and survive a reload', async ({ page }) => {
  await signIn(page, 'reviewer1', 'zh-CN');
  await page.getByLabel('地区').click();
  await page.getByRole('option', { name: '浦东新区' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/region=310115/);
  const table = page.getByRole('table', { name: '照片申请' });
  await expect(table.getByRole('row').nth(1)).toContainText('浦东新区');
  const regionCells = table.getByRole('row').locator('td:nth-child(2)');
  await expect.poll(async () => new Set(await regionCells.allTextContents())).toEqual(new Set(['浦东新区']));

  const firstCell = table.getByRole('row').nth(1).getByRole('cell').first();
  const oldestNumber = (await firstCell.textContent())?.trim() ?? '';
  await page.getByRole('button', { name: '提交时间' }).click();
  await expect(page).toHaveURL(/sort=-submittedAt/);
  await expect(firstCell).not.toHaveText(oldestNumber);
  const newestNumber = (await firstCell.textContent())?.trim() ?? '';
  expect(newestNumber > oldestNumber).toBe(true);

  await page.getByLabel('申请编号').fill(newestNumber);
  await expect(page).toHaveURL(new RegExp(`q=${newestNumber}`));
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText(newestNumber);

  await page.reload();
  await expect(page.getByLabel('申请编号')).toHaveValue(newestNumber);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText(newestNumber);
  await expect(page).toHaveURL(/region=310115/);
  await expectAccessible(page);
});

test('a stale link with unknown filters still opens and says what was ignored', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  await page.goto('/?status=bogus&page=abc&colour=red&lang=en');
  const notice = page.getByText(/were not understood and were ignored: /);
  await expect(notice).toBeVisible();
  for (const name of ['status', 'page', 'colour']) await expect(notice).toContainText(name);
  await expect(page.getByRole('table', { name: 'Photo requests' }).getByRole('row').nth(1)).toContainText(
    /PR\d{14}/,
  );
});

test('an empty queue says so, and claim next says there is nothing to claim', async ({ page, mockApi }) => {
  await mockApi.reset({ pendingCount: 0 });
  await signIn(page, 'reviewer1', 'en');
  await expect(page.getByText('The queue is empty: no request is waiting for review.')).toBeVisible();
  await page.getByRole('button', { name: 'Claim next' }).click();
  await expect(page.getByText('Nothing to claim: the queue is empty.')).toBeVisible();
  await expect(page).not.toHaveURL(/review/);
  await expectAccessible(page);
});

test('status and submitted-date filters narrow the list, live in the address and clear', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  const table = page.getByRole('table', { name: 'Photo requests' });
  const column = (n: number) => table.getByRole('row').locator(`td:nth-child(${n})`);
  await expect(table.getByRole('row').nth(1)).toContainText(/PR\d{14}/);

  // Status: only decided requests that were approved.
  await page.getByLabel('Status').click();
  const menu = page.getByRole('listbox');
  for (const status of ['Pending', 'In review']) {
    const option = menu.getByRole('option', { name: status });
    if ((await option.getAttribute('aria-selected')) === 'true') await option.click();
  }
  await menu.getByRole('option', { name: 'Approved' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/[?&]status=approved(&|$)/);
  await expect.poll(async () => new Set(await column(6).allTextContents())).toEqual(new Set(['Approved']));

  // Submitted on one day (Asia/Shanghai).
  await page.getByLabel('Submitted from').fill('2026-11-24');
  await page.getByLabel('Submitted to').fill('2026-11-24');
  await expect(page).toHaveURL(/from=2026-11-24/);
  await expect(page).toHaveURL(/to=2026-11-24/);
  await expect
    .poll(async () => {
      const days = (await column(4).allTextContents()).map((text) => text.split(',')[0]);
      return [...new Set(days)];
    })
    .toEqual(['11/24/2026']);
  await expect.poll(async () => new Set(await column(6).allTextContents())).toEqual(new Set(['Approved']));

  // Both survive a reload.
  await page.reload();
  await expect(page.getByLabel('Submitted from')).toHaveValue('2026-11-24');
  await expect(page.getByLabel('Status')).toHaveText(/Approved/);
  await expect.poll(async () => new Set(await column(6).allTextContents())).toEqual(new Set(['Approved']));

  // Clear filters goes back to the waiting work.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/status=|from=|to=/);
  await expect(page.getByLabel('Submitted from')).toHaveValue('');
  await expect.poll(async () => new Set(await column(6).allTextContents())).toEqual(new Set(['Pending']));
});
