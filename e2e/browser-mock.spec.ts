import { expect, signIn, test } from './fixtures';

// The browser-mock project serves the static demo build: no API server exists, the mock runs in the
// page's service worker (see playwright.config.ts).

test('the static demo works with the mock in the browser alone', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  await expect(page.getByText('1–25 of 300')).toBeVisible();
  await page.getByRole('button', { name: 'Claim next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ })).toBeVisible();
  const photo = page.getByRole('img', { name: 'New photo submitted by the applicant' });
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  // The mock controls are part of the demo build.
  await expect(page.getByRole('button', { name: 'Open mock controls' })).toBeVisible();
});
