import { expect, signIn, test } from './fixtures';

/*
 * The main flows on the production server (`npm run serve`) with its CSP enforced. The project that
 * runs this file sets `cspEnforced`, so any CSP violation in any page or worker fails the test.
 */

test('the server enforces its CSP: inline script and style attributes are refused, Emotion’s styles are not', async ({
  page,
  cspViolations,
}) => {
  const response = await page.goto('/sign-in?lang=en');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();

  // MUI's styles arrive: Emotion's <style> elements carry the nonce, and the browser hides its value.
  const styles = await page.evaluate(() =>
    [...document.querySelectorAll('style')].map((s) => ({
      nonce: s.nonce,
      attribute: s.getAttribute('nonce'),
    })),
  );
  expect(styles.length).toBeGreaterThan(0);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  for (const style of styles) expect(style).toEqual({ nonce, attribute: '' });
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCSS(
    'text-transform',
    'uppercase',
  );

  // What an injection would try is refused, and the watcher sees it (so a clean run means something).
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<span id="styled-by-markup" style="color: rgb(1, 2, 3)">x</span>';
    document.body.append(holder);
    // A style set through the CSSOM, as React sets `style` props, is not governed by CSP.
    const cssom = document.createElement('span');
    cssom.style.color = 'rgb(4, 5, 6)';
    document.body.append(cssom);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      injected: (window as unknown as { __injected?: boolean }).__injected ?? false,
      markupApplied:
        getComputedStyle(document.getElementById('styled-by-markup') as HTMLElement).color === 'rgb(1, 2, 3)',
      cssomApplied: getComputedStyle(cssom).color === 'rgb(4, 5, 6)',
    };
  });
  expect(outcome).toEqual({ injected: false, markupApplied: false, cssomApplied: true });
  await expect.poll(() => cspViolations.filter((v) => v.includes('script-src')).length).toBeGreaterThan(0);
  await expect
    .poll(() => cspViolations.filter((v) => v.includes('style-src-attr')).length)
    .toBeGreaterThan(0);
  // These were provoked on purpose; anything else still fails the test.
  // (The browser's console words them differently from the events: "Applying inline style …".)
  const provoked = (v: string) => /script-src|style-src-attr|Applying inline style/.test(v);
  const unexpected = cspViolations.filter((v) => !provoked(v));
  cspViolations.length = 0;
  cspViolations.push(...unexpected);
});

test('a reviewer signs in, claims next, sees the photos, the machine’s checks and the difference, and approves', async ({
  page,
}) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const title = page.getByRole('heading', { level: 1, name: /^Request PR\d{14}$/ });
  await expect(title).toBeVisible();
  const number = /PR\d{14}/.exec((await title.textContent()) ?? '')?.[0] ?? '';

  // Photos from /api (img-src 'self').
  for (const name of ['New photo submitted by the applicant', "Photo on the applicant's current card"]) {
    const photo = page.getByRole('img', { name }).first();
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
  }
  // The photo-check worker (worker-src 'self', its fetches under its own CSP) gives its verdicts.
  await expect(page.getByText('Evidence only: you decide every check.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/^Machine: (Likely passes|Likely fails|Unsure)$/).first()).toBeVisible();
  // The face detector loads under this CSP too. The build once inlined its small model manifests as
  // data: URLs, which connect-src refuses, and every photo said the detector could not be loaded.
  await expect(
    page
      .getByText(
        /^(Both eyes open|The eyes look closed|The eyelids look closed|An eye may be closed|Eyes not measured)/,
      )
      .first(),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/The face detector could not be loaded/)).toHaveCount(0);

  // Difference mode reads both photos through a canvas; zoom moves the photos with `style`.
  const modes = page.getByRole('group', { name: 'Compare mode' });
  await modes.getByRole('button', { name: 'Difference' }).click();
  await expect(page.getByText(/% of pixels differ/)).toBeVisible();
  const zoomLabel = page.getByText(/^Zoom \d+\s?%/).first();
  const before = (await zoomLabel.textContent()) ?? '';
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(zoomLabel).not.toHaveText(before);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (const key of ['1', '2', '3', '4', 'a']) await page.keyboard.press(key);
  await expect(page.getByText(`Approved ${number}.`).first()).toBeVisible();
  await expect(title).not.toHaveText(new RegExp(number));
  // The next request was claimed ahead: its photos show at once, from memory (img-src blob:).
  const nextPhoto = page.getByRole('img', { name: 'New photo submitted by the applicant' }).first();
  await expect
    .poll(() =>
      nextPhoto.evaluate(
        (img: HTMLImageElement) => img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0,
      ),
    )
    .toBe(true);
});

test('a supervisor sees the dashboard and exports the decisions', async ({ page }) => {
  await signIn(page, 'supervisor1');
  await page.goto('/dashboard?range=7d&lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Throughput dashboard' })).toBeVisible();
  for (const title of ['Decisions over time', 'Inflow, outflow and backlog', 'Handling time', 'Reviewers']) {
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  }
  // MUI X Charts draw SVG styled by Emotion: the charts (the SVGs with axis lines) are there.
  const charts = page.locator('svg:has(line)');
  // Widgets load one by one: wait for the charts rather than count the first to arrive.
  await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(3);
  await expect(charts.first()).toBeVisible();

  // The CSV is saved through a blob: link, which no CSP directive needs to allow.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^decisions-\d{8}-\d{8}\.csv$/);
});
