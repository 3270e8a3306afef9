import type { Page, Route } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/**
 * Broken answers from the API, one kind per screen: each screen says what went wrong in the reader's
 * language, offers a retry (never a blank page), and recovers with it once the API answers properly.
 * No broken answer may end in an unhandled error in the page.
 */

const CONTRACT = 'The server sent data this console does not understand.';

/** Collects uncaught errors and unhandled rejections in the page. */
function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

const apiPath = (path: string) => (url: URL) => url.pathname === path;

test('queue: truncated JSON for the list and an empty body for my claims, then retry', async ({ page }) => {
  const errors = watchPageErrors(page);
  const list = apiPath('/api/requests');
  const claims = apiPath('/api/me/claims');
  const truncated = (route: Route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"items":[{"id":"r0001","numb' });
  const empty = (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '' });
  await page.route(list, truncated);
  await page.route(claims, empty);

  await signIn(page, 'reviewer1', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  const myClaims = page.getByRole('region', { name: 'My claims' });
  const alerts = page.getByRole('alert').filter({ hasText: CONTRACT });
  await expect(alerts).toHaveCount(2);
  await expect(myClaims.getByRole('alert')).toContainText(CONTRACT);
  await expect(page.getByRole('table', { name: 'Photo requests' })).toHaveCount(0);

  await page.unroute(list, truncated);
  await page.unroute(claims, empty);
  await myClaims.getByRole('button', { name: 'Try again' }).click();
  await expect(myClaims.getByText('You hold no requests.')).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  const table = page.getByRole('table', { name: 'Photo requests' });
  await expect(table.getByRole('row', { name: /PR\d{14}/ }).first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: CONTRACT })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('workspace: a request that breaks the contract is not shown; retry shows it', async ({ page }) => {
  const errors = watchPageErrors(page);
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ });
  await expect(heading).toBeVisible();
  const number = ((await heading.textContent()) ?? '').replace('Request ', '').trim();
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';

  const detail = apiPath(`/api/requests/${id}`);
  const broken = (route: Route) =>
    route.request().method() === 'GET'
      ? route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ id: 42, number: null, status: 'maybe' }),
        })
      : route.continue();
  await page.route(detail, broken);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: CONTRACT });
  await expect(alert).toBeVisible();
  await expect(heading).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to queue' })).toBeVisible();

  await page.unroute(detail, broken);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Request ${number}` })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Approve/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('dashboard', () => {
  // The slow answer is waited out three times (the client's 20 s timeout, then two retries).
  test.setTimeout(150_000);

  test('a widget whose answer never comes in time and one with the wrong content type each say so', async ({
    page,
  }) => {
    const errors = watchPageErrors(page);
    const summary = apiPath('/api/metrics/summary');
    const throughput = apiPath('/api/metrics/throughput');
    let slowCalls = 0;
    const slow = async (route: Route) => {
      slowCalls++;
      await new Promise((resolve) => setTimeout(resolve, 25_000));
      await route
        .fulfill({ status: 200, contentType: 'application/json', body: '{}' })
        .catch(() => undefined);
    };
    const wrongType = async (route: Route) => {
      const real = await route.fetch();
      await route.fulfill({ status: 200, contentType: 'text/html', body: await real.text() });
    };
    await page.route(summary, slow);
    await page.route(throughput, wrongType);

    await signIn(page, 'supervisor1', 'en');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Throughput dashboard' })).toBeVisible();
    const widget = (name: string) => page.getByRole('region', { name, exact: true });

    const overTime = widget('Decisions over time');
    await expect(overTime.getByText(CONTRACT)).toBeVisible();
    // The other widgets are not held up by the broken ones.
    await expect(widget('Rejection reasons').getByRole('alert')).toHaveCount(0);
    await expect(widget('Handling time')).not.toHaveAttribute('aria-busy', 'true');

    const now = widget('Now and in this period');
    await expect(now.getByText('The server took too long to answer. Try again.')).toBeVisible({
      timeout: 100_000,
    });
    expect(slowCalls).toBeGreaterThanOrEqual(1);

    await page.unroute(summary, slow);
    await page.unroute(throughput, wrongType);
    await now.getByRole('button', { name: 'Try again' }).click();
    await expect(now.locator('dt', { hasText: 'Pending now' })).toBeVisible();
    await overTime.getByRole('button', { name: 'Try again' }).click();
    await expect(overTime.getByText(CONTRACT)).toHaveCount(0);
    await expect(overTime.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test('claims page: an HTML 502 page from a proxy, in Chinese, then retry', async ({ page, openUser }) => {
  const reviewer = await openUser('reviewer2', 'en');
  await reviewer.getByRole('button', { name: 'Claim next' }).click();
  const held = reviewer.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ });
  await expect(held).toBeVisible();
  const number = ((await held.textContent()) ?? '').replace('Request ', '').trim();

  const errors = watchPageErrors(page);
  const claims = apiPath('/api/claims');
  const proxyError = (route: Route) =>
    route.fulfill({
      status: 502,
      contentType: 'text/html',
      body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
    });
  await page.route(claims, proxyError);
  await signIn(page, 'supervisor1', 'zh-CN');
  await page.getByRole('link', { name: '领取中的任务' }).click();
  const alert = page.getByRole('alert').filter({ hasText: '服务器返回了意外的响应（HTTP 502）' });
  await expect(alert).toBeVisible();
  await expect(page.getByText('Bad Gateway')).toHaveCount(0);

  await page.unroute(claims, proxyError);
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toContainText('李伟');
  await expect(page.getByRole('alert').filter({ hasText: 'HTTP 502' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
