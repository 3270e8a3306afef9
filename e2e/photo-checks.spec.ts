import { claimFromQueue, expect, expectAccessible, signIn, test } from './fixtures';

const checks = ['Background', 'Clarity', 'Facial features visible', 'No ornaments'];

test('the machine’s verdict shows beside each check, and a dispute is recorded with the decision', async ({
  page,
  openUser,
}) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';

  // Evidence, not a decision: a verdict in words beside each check, and nothing ticked.
  await expect(page.getByText('Evidence only: you decide every check.')).toBeVisible({ timeout: 20_000 });
  for (const check of checks) {
    const item = page.locator('li', {
      has: page.getByRole('heading', { level: 3, name: new RegExp(check) }),
    });
    await expect(item.getByText(/^Machine: (Likely passes|Likely fails|Unsure)$/)).toBeVisible();
  }
  await expect(page.getByText('0 of 4 checks pass')).toBeVisible();

  // The area the background measure looked at can be drawn on the photo.
  const background = page.locator('li', { has: page.getByRole('heading', { level: 3, name: /Background/ }) });
  await background.getByRole('button', { name: 'Show area' }).click();
  await expect(page.getByTestId('check-area').first()).toBeAttached();
  await expectAccessible(page);

  // The reviewer disagrees with the machine on the background, then approves.
  const verdict = (await background.getByText(/^Machine: /).textContent()) ?? '';
  const disputable = !verdict.includes('Unsure');
  if (disputable) await background.getByRole('button', { name: 'Machine is wrong' }).click();
  for (const key of ['1', '2', '3', '4', 'a']) await page.keyboard.press(key);
  await expect(page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ })).not.toHaveText(
    new RegExp(id),
  );

  const supervisor = await openUser('supervisor1', 'en');
  const detail = (await (await supervisor.request.get(`/api/requests/${id}`)).json()) as {
    decision: {
      checks: Record<string, string>;
      machine: Record<string, { verdict: string; disputed: boolean }>;
    };
  };
  expect(detail.decision.checks).toEqual({
    background: 'pass',
    clarity: 'pass',
    facialFeatures: 'pass',
    noOrnaments: 'pass',
  });
  expect(Object.keys(detail.decision.machine).sort()).toEqual(
    ['background', 'clarity', 'facialFeatures', 'noOrnaments'].sort(),
  );
  expect(detail.decision.machine.background?.disputed).toBe(disputable);
});

test('the machine flags a blurred photo and a wrong background, and passes a compliant one', async ({
  page,
}) => {
  const find = async (variants: string[]) => {
    for (const variant of variants) {
      const found = (await (await page.request.get(`/api/__mock/requests?variant=${variant}`)).json()) as {
        items: { number: string }[];
      };
      if (found.items[0]) return found.items[0].number;
    }
    throw new Error(`no waiting request with a photo of ${variants.join(' or ')}`);
  };
  const cases = [
    { variants: ['blurred'], check: 'Clarity', verdict: 'Likely fails' },
    {
      variants: ['background-red', 'background-grey', 'background-cluttered'],
      check: 'Background',
      verdict: 'Likely fails',
    },
    { variants: ['compliant-white'], check: 'Background', verdict: 'Likely passes' },
    { variants: ['compliant-white'], check: 'Clarity', verdict: 'Likely passes' },
  ];
  await signIn(page, 'reviewer2', 'en');
  for (const { variants, check, verdict } of cases) {
    const number = await find(variants);
    await page.goto('/?lang=en');
    await claimFromQueue(page, number);
    await expect(page.getByRole('heading', { level: 1, name: `Request ${number}` })).toBeVisible();
    const item = page.locator('li', {
      has: page.getByRole('heading', { level: 3, name: new RegExp(check) }),
    });
    await expect(item.getByText(`Machine: ${verdict}`)).toBeVisible({ timeout: 20_000 });
    if (verdict === 'Likely fails') {
      // A likely fail pre-selects its reason; the check itself stays for the reviewer to tick.
      await expect(page.getByText('0 of 4 checks pass')).toBeVisible();
      await page.keyboard.press('r');
      const reason =
        check === 'Clarity' ? 'Photo blurred or out of focus' : 'Background not white/blue or not plain';
      await expect(page.getByRole('dialog').getByRole('checkbox', { name: reason })).toBeChecked();
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'Release claim' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  }
});
