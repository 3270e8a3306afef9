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

test('a supervisor reassigns a claim with a reason: the holder is told and keeps no draft, the new reviewer holds it, the audit says who and why', async ({
  page,
  mockApi,
  openUser,
}) => {
  // A short lease, so that the holder's heartbeat (a third of what is left) learns of it within seconds.
  await mockApi.settings({ leaseTtlSeconds: 30 });

  // With nothing held, the page says so.
  await signIn(page, 'supervisor1', 'zh-CN');
  await page.getByRole('link', { name: '领取中的任务' }).click();
  await expect(page.getByRole('status').filter({ hasText: '目前没有人领取申请。' })).toBeVisible();

  const holder = await openUser('reviewer1', 'en');
  await holder.getByRole('button', { name: 'Claim next' }).click();
  const heading = holder.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ });
  await expect(heading).toBeVisible();
  const number = ((await heading.textContent()) ?? '').replace('Request ', '').trim();
  const id = new URL(holder.url()).pathname.split('/').pop() ?? '';
  const draftKey = `photo-review.draft.u-reviewer1.${id}`;
  const storedDraft = () => holder.evaluate((key) => sessionStorage.getItem(key), draftKey);
  // The holder has ticked two checks: a draft that must not outlive the claim.
  for (const key of ['1', '2']) await holder.keyboard.press(key);
  await expect.poll(storedDraft).not.toBeNull();

  // The claims page: holder, for how long (counting up), and a link to the request, read-only.
  await page.reload();
  const row = page.getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText('张敏');
  await expect(page.getByRole('columnheader', { name: '已领取时长' })).toBeVisible();
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^\d+ 秒$/);
  await expect(row.getByRole('link', { name: number })).toHaveAttribute('href', `/review/${id}`);

  await page.getByRole('button', { name: `改派 ${number}` }).click();
  const dialog = page.getByRole('dialog', { name: `将 ${number} 从 张敏 处改派` });
  await expect(dialog).toBeVisible();
  // Neither a reviewer nor a reason: nothing is sent, and the dialog says what is missing.
  await dialog.getByRole('button', { name: '改派', exact: true }).click();
  await expect(dialog.getByText('请选择审核员。')).toBeVisible();
  await expect(dialog.getByText('请填写原因。')).toBeVisible();
  await dialog.getByRole('combobox', { name: /改派给/ }).click();
  // The holder is not offered.
  await expect(page.getByRole('option', { name: '张敏' })).toHaveCount(0);
  await page.getByRole('option', { name: '李伟' }).click();
  // A reason of blanks is no reason.
  await dialog.getByLabel(/原因/).fill('   ');
  await dialog.getByRole('button', { name: '改派', exact: true }).click();
  await expect(dialog.getByText('请填写原因。')).toBeVisible();
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  const unchanged = (await (await page.request.get(`/api/requests/${id}`)).json()) as {
    claim: { holder: { displayName: string } } | null;
  };
  expect(unchanged.claim?.holder.displayName).toBe('张敏');

  const reason = '张敏今日请假，转李伟处理';
  await dialog.getByLabel(/原因/).fill(reason);
  await dialog.getByRole('button', { name: '改派', exact: true }).click();
  await expect(page.getByText(`已将 ${number} 改派给 李伟。`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toContainText('李伟');

  // The new holder finds it among their claims.
  const taker = await openUser('reviewer2', 'zh-CN');
  const mine = taker.getByRole('list', { name: '我的领取' });
  await expect(mine).toContainText(number);
  await expect(mine.getByRole('link', { name: `打开 ${number}` })).toBeVisible();

  // The audit records the reassignment, with the supervisor and the reason.
  const history = await page.request.get(`/api/requests/${id}/history`);
  expect(history.status()).toBe(200);
  const { items } = (await history.json()) as {
    items: { action: string; actor: { displayName: string } | null; detail?: string }[];
  };
  const revoke = items.filter((entry) => entry.action === 'revoke');
  expect(revoke).toHaveLength(1);
  expect(revoke[0]?.actor?.displayName).toBe('王芳');
  expect(revoke[0]?.detail).toContain(reason);
  expect(revoke[0]?.detail).toContain('李伟');

  // The former holder's next heartbeat learns it: told who and why, nothing left to send.
  await expect(
    holder
      .getByRole('alert')
      .filter({ hasText: `A supervisor (王芳) took this request from you: ${reason}.` }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(holder.getByRole('button', { name: 'Release claim' })).toHaveCount(0);
  await expect.poll(storedDraft).toBeNull();
  expect(
    await holder.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('photo-review.draft.')),
    ),
  ).toEqual([]);
});

test('unknown pages say so', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  await page.goto('/no/such/page?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAccessible(page);
});
