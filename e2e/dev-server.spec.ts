import { expect, expectAccessible, signIn, test } from './fixtures';

// The dev-server project runs `npm start` itself (Vite's development server with the mock API over
// local HTTP, see playwright.config.ts): the command a new developer runs first must keep working.

test.describe.configure({ timeout: 180_000 });

test('npm start serves the app: sign in, claim next, and a second reviewer cannot take it', async ({
  page,
  openUser,
}) => {
  // The first visit makes the development server transform the app's modules: allow for it.
  await page.goto('/sign-in?lang=en', { timeout: 120_000 });
  await signIn(page, 'reviewer1', 'en');
  const table = page.getByRole('table', { name: 'Photo requests' });
  await expect(table.getByRole('row').nth(1)).toContainText(/PR\d{14}/, { timeout: 60_000 });

  await page.getByRole('button', { name: 'Claim next' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ });
  await expect(heading).toBeVisible({ timeout: 60_000 });
  const photo = page.getByRole('img', { name: 'New photo submitted by the applicant' });
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  const requestId = new URL(page.url()).pathname.split('/').pop() ?? '';

  const other = await openUser('reviewer2', 'en');
  const taken = await other.request.post(`/api/requests/${requestId}/claim`);
  expect(taken.status()).toBe(409);
  expect(taken.headers()['content-type']).toContain('application/problem+json');
  const problem = (await taken.json()) as { detail: string };
  const me = (await (await page.request.get('/api/session')).json()) as { user: { displayName: string } };
  expect(problem.detail).toContain(me.user.displayName);
});

test('the mock controls panel resets the data and the queue follows', async ({ page }) => {
  await page.goto('/sign-in?lang=en', { timeout: 120_000 });
  await signIn(page, 'reviewer1', 'en');
  await expect(page.getByText(/^1–25 of \d+$/)).toBeVisible({ timeout: 60_000 });

  await page.getByRole('button', { name: 'Open mock controls' }).click();
  const panel = page.getByRole('region', { name: 'Mock controls' });
  await expect(panel).toBeVisible();
  await expectAccessible(page);
  const resetTo = async (pending: string) => {
    await panel.getByLabel('Pending requests').fill(pending);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/__mock/reset'));
    await panel.getByRole('button', { name: 'Reset data' }).click();
    expect((await answered).status()).toBe(200);
    await expect(panel.getByText('Done.')).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();
  };
  await resetTo('0');
  await expect(page.getByText('The queue is empty: no request is waiting for review.')).toBeVisible();

  await page.getByRole('button', { name: 'Open mock controls' }).click();
  await resetTo('40');
  await expect(page.getByText('1–25 of 40')).toBeVisible();
  // Whoever was signed in stays signed in.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
