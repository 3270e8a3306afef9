import { expect, signIn, claimFromQueue, test } from './fixtures';

const words = {
  en: {
    claimNext: 'Claim next',
    title: /^Request PR\d{14}$/,
    leaseWarning: /^Your claim ends in 1:\d\d\. It is renewed automatically/,
    leaseWarningShort:
      'Your claim ends in less than 2 minutes. It is renewed automatically while this page is open.',
    leaseLost: 'Your claim on this request has ended',
    reject: /^Reject/,
    newPhoto: 'New photo',
    cardPhoto: 'Current card photo',
    wrongDimensions: 'Not 358 × 441 px',
    facts: (width: number, height: number) => `${width} × ${height} px`,
  },
  'zh-CN': {
    claimNext: '领取下一个',
    title: /^申请 PR\d{14}$/,
    leaseWarning: /^您的领取将在 1:\d\d 后结束。/,
    leaseWarningShort: '您的领取将在 2 分钟内结束。页面打开期间会自动续期。',
    leaseLost: '您对此申请的领取已结束',
    reject: /^驳回/,
    newPhoto: '新照片',
    cardPhoto: '现卡面照片',
    wrongDimensions: '不是 358 × 441 像素',
    facts: (width: number, height: number) => `${width} × ${height} 像素`,
  },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  const w = words[lang];

  test(`the lease warning appears while the claim still holds, before it ends (${lang})`, async ({
    page,
    mockApi,
  }) => {
    // A lease of 130 s: the warning (under 2 minutes left) is due about 10 s after the claim, and the
    // first heartbeat (at a third of the lease) only after it.
    await mockApi.settings({ leaseTtlSeconds: 130 });
    await signIn(page, 'reviewer1', lang);
    await page.getByRole('button', { name: w.claimNext }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();

    const warning = page.getByRole('note').filter({ hasText: w.leaseWarning });
    await expect(warning).toBeHidden();
    await expect(warning).toBeVisible({ timeout: 20_000 });
    // Said once to screen readers through the page's live region, not re-read every second.
    await expect(page.getByRole('status').filter({ hasText: w.leaseWarningShort })).toHaveCount(1);
    // Before expiry: the claim is still the reviewer's, and the work can go on.
    await expect(page.getByRole('alert').filter({ hasText: w.leaseLost })).toHaveCount(0);
    await expect(page.getByRole('button', { name: w.reject })).toBeEnabled();
  });

  test(`a new photo of the wrong dimensions is marked (${lang})`, async ({ page, request }) => {
    const response = await request.get('/api/__mock/requests?variant=wrong-dimensions');
    expect(response.ok()).toBe(true);
    const { items } = (await response.json()) as { items: Array<{ id: string; number: string }> };
    const wrong = items[0];
    if (!wrong) throw new Error('the seed has no waiting request with a photo of the wrong dimensions');

    await signIn(page, 'reviewer1', lang);
    await claimFromQueue(page, wrong.number);
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toHaveText(new RegExp(wrong.number));

    const photo = (await (await page.request.get(`/api/requests/${wrong.id}`)).json()) as {
      newPhoto: { width: number; height: number };
    };
    expect([photo.newPhoto.width, photo.newPhoto.height]).not.toEqual([358, 441]);

    const newFacts = page.getByRole('group', { name: w.newPhoto, exact: true });
    await expect(newFacts).toContainText(w.facts(photo.newPhoto.width, photo.newPhoto.height));
    await expect(newFacts.getByText(w.wrongDimensions)).toBeVisible();
    // The card photo is of the standard size: not marked.
    const cardFacts = page.getByRole('group', { name: w.cardPhoto, exact: true });
    await expect(cardFacts).toContainText(w.facts(358, 441));
    await expect(cardFacts.getByText(w.wrongDimensions)).toHaveCount(0);
  });
}

test('closing the page gives its requests back within a minute; reloading it keeps the claim', async ({
  page,
  context,
  mockApi,
}) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ })).toBeVisible();
  const requestId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const number = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(
    /^Request /,
    '',
  );
  const api = context.request;
  const myClaims = async () =>
    ((await (await api.get('/api/me/claims')).json()) as { items: Array<{ id: string }> }).items.map(
      (i) => i.id,
    );
  const secondsLeft = async () => {
    const now = ((await (await api.get('/api/__mock/settings')).json()) as { now: string }).now;
    const detail = (await (await api.get(`/api/requests/${requestId}`)).json()) as {
      claim: { expiresAt: string } | null;
    };
    return detail.claim ? (Date.parse(detail.claim.expiresAt) - Date.parse(now)) / 1000 : 0;
  };
  // The next request is claimed ahead while the reviewer works (its photos fetched too).
  await expect.poll(myClaims).toHaveLength(2);
  await page.waitForLoadState('networkidle');

  // A reload shortens the lease as the page goes, and the new page renews it at once.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ })).toBeVisible();
  await expect.poll(secondsLeft).toBeGreaterThan(500);
  await expect(page.getByRole('note').filter({ hasText: /Your claim ends in/ })).toHaveCount(0);
  await expect.poll(myClaims).toHaveLength(2);
  await page.waitForLoadState('networkidle');

  // Closing it: the request held ahead goes back at once, the open one within a minute.
  await page.close();
  await expect.poll(myClaims).toEqual([requestId]);
  expect(await secondsLeft()).toBeLessThanOrEqual(60);
  await mockApi.advanceClock(61);
  await expect.poll(myClaims).toEqual([]);
  // Back in the queue for anyone (a reviewer sees a request's details only while holding it).
  const listed = (await (await api.get(`/api/requests?q=${number}`)).json()) as {
    items: Array<{ id: string; status: string; claim: unknown }>;
  };
  expect(listed.items).toEqual([expect.objectContaining({ id: requestId, status: 'pending', claim: null })]);
});
