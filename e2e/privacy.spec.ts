import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';

/** Everything the page keeps in browser storage, as one string to search. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Object.keys(storage)
        .map((key) => `${key}=${storage.getItem(key) ?? ''}`)
        .join('\n');
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return [dump(localStorage), dump(sessionStorage), JSON.stringify(databases), document.cookie].join('\n');
  });
}

test('a reviewer reveals a full ID number only with a reason, which is audited; it is masked again after', async ({
  page,
  openUser,
}) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ });
  await expect(heading).toBeVisible();
  const requestId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const idRow = page.locator('dt', { hasText: 'ID number' }).locator('xpath=following-sibling::dd[1]');
  const masked = ((await idRow.locator('span').first().textContent()) ?? '').trim();
  expect(masked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);

  await idRow.getByRole('button', { name: 'Show full ID number' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Show' }).click();
  await expect(dialog.getByText('Give a reason of at least 5 characters.')).toBeVisible();
  await dialog
    .getByLabel(/Why do you need the full number/)
    .fill('Applicant at the counter asked to confirm');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Show' }).click();
  await expect(dialog).toBeHidden();
  const full = ((await idRow.locator('span').first().textContent()) ?? '').trim();
  expect(full).toMatch(/^\d{17}[\dX]$/);
  expect(full.slice(0, 6) + '********' + full.slice(14)).toBe(masked);
  await expect(idRow).toContainText('recorded in the audit');

  // The full number is nowhere the browser keeps things, nor in the address.
  expect(await storedText(page)).not.toContain(full);
  expect(page.url()).not.toContain(full);

  await idRow.getByRole('button', { name: 'Hide' }).click();
  await expect(idRow.locator('span').first()).toHaveText(masked);

  // The audit says who revealed it and why.
  const supervisor = await openUser('supervisor1', 'en');
  const history = (await (await supervisor.request.get(`/api/requests/${requestId}/history`)).json()) as {
    items: { action: string; detail?: string; actor: { displayName: string } | null }[];
  };
  expect(history.items.filter((item) => item.action === 'reveal')).toEqual([
    expect.objectContaining({
      detail: 'Applicant at the counter asked to confirm',
      actor: expect.objectContaining({ displayName: '张敏' }),
    }),
  ]);
  // Nobody else can reveal it: the supervisor is refused by the API, and sees no button.
  const refused = await supervisor.request.post(`/api/requests/${requestId}/id-number`, {
    data: { reason: 'Curious about this one' },
  });
  expect(refused.status()).toBe(403);
});

test('the photos carry a watermark with the viewer and the time; no personal data in storage, addresses or the console', async ({
  page,
}) => {
  const consoleText: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));
  const addresses: string[] = [];
  page.on('request', (request) => addresses.push(request.url()));

  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ })).toBeVisible();
  const watermark = page.getByTestId('watermark');
  await expect(watermark).toHaveAttribute('data-text', /^张敏 · .*\d{1,2}:\d{2}$/);
  const drawn = await watermark
    .locator('span')
    .first()
    .evaluate((span) => getComputedStyle(span, '::before').content);
  expect(drawn).toContain('张敏');
  await expect(watermark).toHaveAttribute('aria-hidden', 'true');
  // It does not get in the reviewer's way: clicks go through to the photos.
  await expect(watermark).toHaveCSS('pointer-events', 'none');

  const idRow = page.locator('dt', { hasText: 'ID number' }).locator('xpath=following-sibling::dd[1]');
  const masked = ((await idRow.locator('span').first().textContent()) ?? '').trim();
  const name = (
    (await page.locator('dt', { hasText: 'Name' }).locator('xpath=following-sibling::dd[1]').textContent()) ??
    ''
  ).trim();
  expect(name.length).toBeGreaterThan(1);

  // Work on it: a draft with ticks and a note, then a decision, then the next request.
  for (const key of ['1', '2']) await page.keyboard.press(key);
  await page.keyboard.press('r');
  await page.getByRole('dialog').getByLabel('Note to the applicant').fill('Please retake the photo.');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ })).toBeVisible();

  const stored = await storedText(page);
  for (const secret of [name, masked, masked.slice(0, 6) + masked.slice(14)]) {
    expect(stored).not.toContain(secret);
    expect(addresses.join('\n')).not.toContain(encodeURIComponent(secret));
    expect(addresses.join('\n')).not.toContain(secret);
    expect(consoleText.join('\n')).not.toContain(secret);
  }
  // What is kept is the reviewer's own work on this tab, keyed by the opaque request id.
  expect(stored).toContain('Please retake the photo.');
});
