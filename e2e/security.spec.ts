import { expect, signIn, test } from './fixtures';

// Written with the Vitest suite (src/app/hostile-text.test.tsx, the mock's lockout tests); run with
// the rest of the e2e suite.

test('five wrong passwords lock the username; the form says until when and keeps the username', async ({
  page,
  mockApi,
}) => {
  // Each attempt waits for its answer: attempts are slowed from the third on, and the form clears the
  // password when an answer comes, so typing ahead would send an empty one.
  const submit = async () => {
    const answered = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/session' && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await answered;
  };
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Username').fill('reviewer2');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('Password').fill('not-the-password');
    await submit();
    await expect(page.getByRole('alert')).toContainText(
      attempt < 5 ? 'The username or password is wrong.' : 'Too many failed sign-ins',
    );
  }
  await expect(page.getByRole('alert')).toHaveText(/Try again after \d{2}:\d{2} \(in about 15 min\)/);
  await expect(page.getByLabel('Username')).toHaveValue('reviewer2');
  // The right password does not open the lock early; the end of the lock does.
  await page.getByLabel('Password').fill('demo');
  await submit();
  await expect(page.getByRole('alert')).toContainText('Too many failed sign-ins');
  await mockApi.advanceClock(15 * 60);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('hostile names and notes render as inert text on the dashboard and in its drill-down', async ({
  page,
  mockApi,
}) => {
  await mockApi.reset({ hostileText: true });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, 'supervisor1', 'en');
  await page.goto('/dashboard?range=30d&lang=en');
  const staff = page.getByRole('button', { name: /^Decisions by <img src=x onerror=/ });
  await expect(staff).toBeVisible();
  await expect(staff.locator('bdi')).toHaveCount(1);
  await staff.click();
  await expect(page.getByText(/^Decided by <img src=x onerror=/)).toBeVisible();
  expect(await page.locator('main img[src="x"], main script:not([src])').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
