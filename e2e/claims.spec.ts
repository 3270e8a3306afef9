import { expect, expectAccessible, signIn, test } from './fixtures';

test('two reviewers race for the same request: exactly one wins, the other is told who holds it', async ({
  openUser,
}) => {
  const [first, second] = await Promise.all([openUser('reviewer1', 'en'), openUser('reviewer2', 'en')]);
  const numberOf = async (page: typeof first) => {
    const cell = page
      .getByRole('table', { name: 'Photo requests' })
      .getByRole('row')
      .nth(2)
      .getByRole('cell')
      .first();
    await expect(cell).toHaveText(/^PR\d{14}$/);
    return (await cell.textContent())?.trim() ?? '';
  };
  const number = await numberOf(first);
  expect(await numberOf(second)).toBe(number);

  await Promise.all([
    first.getByRole('button', { name: `Claim ${number}` }).click(),
    second.getByRole('button', { name: `Claim ${number}` }).click(),
  ]);

  const winner = async (page: typeof first) => {
    await expect
      .poll(async () =>
        /\/review\//.test(page.url())
          ? 'won'
          : (await page.getByText(/is already reviewing this request/).count()) > 0
            ? 'lost'
            : 'waiting',
      )
      .not.toBe('waiting');
    return /\/review\//.test(page.url());
  };
  const outcomes = [await winner(first), await winner(second)];
  expect(outcomes.filter(Boolean)).toHaveLength(1);
  const loser = outcomes[0] ? second : first;
  const holderName = outcomes[0] ? '张敏' : '李伟';
  await expect(loser.getByText(`${holderName} is already reviewing this request.`)).toBeVisible();
  // The loser's queue now shows the holder.
  await expect(loser.getByRole('row', { name: new RegExp(number) })).toContainText(holderName);
});

test('claim next never hands two reviewers the same request', async ({ openUser }) => {
  const [first, second] = await Promise.all([openUser('reviewer1', 'en'), openUser('reviewer2', 'en')]);
  await Promise.all([
    first.getByRole('button', { name: 'Claim next' }).click(),
    second.getByRole('button', { name: 'Claim next' }).click(),
  ]);
  await expect(first).toHaveURL(/\/review\//);
  await expect(second).toHaveURL(/\/review\//);
  expect(first.url()).not.toBe(second.url());
});

test('a lease that expires frees the request and the reviewer is told', async ({ page, mockApi }) => {
  await mockApi.settings({ leaseTtlSeconds: 30 });
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Request PR\d+$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())?.replace('Request ', '').trim() ?? '';

  await mockApi.advanceClock(120);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your claim on this request has ended' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Release claim' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Back to queue' }).click();
  const row = page.getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText('Pending');
  await expect(page.getByText('You hold no requests.')).toBeVisible();
});

test('a supervisor sees every active claim; a reviewer is refused that page and its API', async ({
  page,
  openUser,
}) => {
  const reviewer = await openUser('reviewer2', 'en');
  await reviewer.getByRole('button', { name: 'Claim next' }).click();
  const heading = reviewer.getByRole('heading', { level: 1, name: /^Request PR\d+$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())?.replace('Request ', '').trim() ?? '';

  // The reviewer has no link to the page, is refused it, and the API refuses too.
  await expect(reviewer.getByRole('link', { name: 'Active claims' })).toHaveCount(0);
  await reviewer.goto('/claims?lang=en');
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Not authorised' })).toBeVisible();
  await expectAccessible(reviewer);
  const api = await reviewer.request.get('/api/claims');
  expect(api.status()).toBe(403);
  expect(api.headers()['content-type']).toContain('application/problem+json');
  expect(((await api.json()) as { type: string }).type).toBe('urn:photo-review:problem:forbidden');
  expect((await reviewer.request.post('/api/requests/claim-next')).status()).toBe(200);

  await signIn(page, 'supervisor1', 'zh-CN');
  await expect(page.getByRole('button', { name: '领取下一个' })).toHaveCount(0);
  await page.getByRole('link', { name: '领取中的任务' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '领取中的任务' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toContainText('李伟');
  await expectAccessible(page);
  // Supervisors do not review: the API refuses them a claim.
  expect((await page.request.post('/api/requests/claim-next')).status()).toBe(403);
});

test('unknown pages say so', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  await page.goto('/no/such/page?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAccessible(page);
});
