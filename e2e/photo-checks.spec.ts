import { expect, expectAccessible, signIn, test } from './fixtures';

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
