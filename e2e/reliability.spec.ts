import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, signIn, test, WORLD_NOW } from './fixtures';

const TITLE = /^Request (PR\d{14})$/;
const CHECKS = ['Background', 'Clarity', 'Facial features visible', 'No ornaments'] as const;
type Result = 'pass' | 'fail';

const heading = (page: Page): Locator => page.getByRole('heading', { level: 1, name: TITLE });
// The chip keeps its place in the app bar and is hidden when nothing is on its way.
const chip = (page: Page): Locator => page.getByText(/^Decisions being sent: \d+$/);

async function shownNumber(page: Page): Promise<string> {
  await expect(heading(page)).toBeVisible();
  return TITLE.exec(((await heading(page).textContent()) ?? '').trim())?.[1] ?? '';
}

const requestIdOf = (page: Page): string => new URL(page.url()).pathname.split('/').pop() ?? '';

/** The audit trail's `decision` events of one request (read as a supervisor). */
async function decisionEvents(api: APIRequestContext, requestId: string): Promise<number> {
  const response = await api.get(`/api/requests/${requestId}/history`);
  expect(response.status()).toBe(200);
  const history = (await response.json()) as { items: { action: string }[] };
  return history.items.filter((e) => e.action === 'decision').length;
}

/** Sets each check by its key (1-4), pressing it until the check shows the wanted result. */
async function setChecks(page: Page, wanted: readonly Result[]): Promise<void> {
  for (const [index, result] of wanted.entries()) {
    const group = page.getByRole('group', { name: CHECKS[index] });
    const state = async () =>
      (await group.getByRole('button', { name: 'Pass' }).getAttribute('aria-pressed')) === 'true'
        ? 'pass'
        : (await group.getByRole('button', { name: 'Fail' }).getAttribute('aria-pressed')) === 'true'
          ? 'fail'
          : 'unset';
    for (let presses = 0; presses < 3 && (await state()) !== result; presses++) {
      const before = await state();
      await page.keyboard.press(String(index + 1));
      await expect.poll(state).not.toBe(before);
    }
    expect(await state()).toBe(result);
  }
}

/** Whether both photos of the compare viewer are shown (decoded, with pixels). */
async function photosShown(page: Page): Promise<boolean> {
  const names = ['New photo submitted by the applicant', "Photo on the applicant's current card"];
  for (const name of names) {
    const image = page.getByRole('img', { name, exact: true }).first();
    if ((await image.count()) === 0) return false;
    const ok = await image
      .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0, undefined, { timeout: 1000 })
      .catch(() => false);
    if (!ok) return false;
  }
  return true;
}

type Where =
  | { at: 'retry'; button: Locator }
  | { at: 'workspace'; number: string }
  | { at: 'photo-failed' }
  | { at: 'leave' }
  | { at: 'queue' };

/** What the reviewer sees now, once the page has settled on something they can act on. */
async function look(page: Page, decided: ReadonlySet<string>): Promise<Where | null> {
  const retry = page.getByRole('button', { name: 'Try again' }).first();
  if (await retry.isVisible()) return { at: 'retry', button: retry };
  if (await page.getByText('You do not hold this request.').first().isVisible()) return { at: 'leave' };
  if (await heading(page).isVisible()) {
    const number = TITLE.exec(((await heading(page).textContent()) ?? '').trim())?.[1] ?? '';
    if (await page.getByText('Loading the next request…').first().isVisible()) return null;
    if (
      (await page
        .getByText(/could not be loaded/)
        .filter({ visible: true })
        .count()) > 0
    )
      return { at: 'photo-failed' };
    const ended = page
      .getByRole('alert')
      .filter({ hasText: /claim on this request has ended|took this request/ });
    if ((await ended.count()) > 0 || decided.has(number)) return { at: 'leave' };
    const approve = page.getByRole('button', { name: /^Approve/ });
    if ((await approve.count()) === 0 || !(await photosShown(page))) return null;
    return { at: 'workspace', number };
  }
  const claimNext = page.getByRole('button', { name: 'Claim next' });
  if (
    (await page.getByRole('heading', { level: 1, name: 'Review queue' }).isVisible()) &&
    (await claimNext.isEnabled({ timeout: 1000 }).catch(() => false))
  ) {
    return { at: 'queue' };
  }
  return null;
}

async function whereAmI(page: Page, decided: ReadonlySet<string>): Promise<Where> {
  let where: Where | null = null;
  await expect
    .poll(
      async () => {
        where = await look(page, decided).catch((error: unknown) => {
          console.log(`look failed: ${String(error)}`);
          return null;
        });
        return where?.at ?? 'settling';
      },
      { timeout: 60_000, intervals: [100, 200, 300] },
    )
    .not.toBe('settling');
  return where as unknown as Where;
}

test.describe('decisions under faults', () => {
  // About 9-10 minutes on 2 cores; room for a slower machine (CI retries once).
  test.setTimeout(20 * 60_000);
  // No wait without an end: an action on something that went away fails in seconds, and the loop
  // looks again, instead of waiting out the test's 20 minutes.
  test.use({ actionTimeout: 15_000, navigationTimeout: 60_000 });

  test('50 decisions in a row with failing, dropped and slow calls: each recorded exactly once', async ({
    page,
    mockApi,
    openUser,
  }) => {
    const started = Date.now();
    await signIn(page, 'reviewer1', 'en');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // The mock's fault stream is seeded (reset before each test): the same calls meet the same faults.
    await mockApi.settings({ failureRate: 0.3, dropRate: 0.1, latencyMs: 0, latencyJitterMs: 2000 });

    const decided = new Map<string, { id: string; outcome: 'approved' | 'rejected' }>();
    const counts = { retries: 0, reloads: 0, claims: 0, leaves: 0, interrupted: 0 };
    /** The page changed under the reviewer before a decision was made: say so, and look again. */
    const interrupted = (what: string, error: unknown) => {
      counts.interrupted++;
      console.log(`${what} interrupted: ${String(error).split('\n')[0]}`);
    };
    while (decided.size < 50) {
      const where = await whereAmI(page, new Set(decided.keys()));
      if (where.at === 'retry') {
        counts.retries++;
        await where.button.click({ timeout: 5000 }).catch(() => undefined);
        await page.waitForTimeout(300);
      } else if (where.at === 'photo-failed') {
        // A photo that did not load has no button of its own: the reviewer reloads the page.
        counts.reloads++;
        await page.reload().catch((error: unknown) => interrupted('reload', error));
      } else if (where.at === 'leave') {
        counts.leaves++;
        await page
          .getByRole('link', { name: 'Back to queue' })
          .click({ timeout: 5000 })
          .catch(() => undefined);
      } else if (where.at === 'queue') {
        // Requests the reviewer holds but has not decided (a claim whose answer was lost) come first.
        const held = page.getByRole('list', { name: 'My claims' }).getByRole('listitem');
        let opened = false;
        for (const item of await held.all()) {
          // The list may change while it is read (a claim given back, a refetch): an item gone is skipped.
          const text = await item.textContent({ timeout: 2000 }).catch(() => null);
          const number = /PR\d{14}/.exec(text ?? '')?.[0];
          if (number && !decided.has(number)) {
            await item
              .getByRole('link', { name: `Open ${number}` })
              .click({ timeout: 5000 })
              .catch(() => undefined);
            opened = true;
            break;
          }
        }
        if (!opened) {
          counts.claims++;
          await page
            .getByRole('button', { name: 'Claim next' })
            .click({ timeout: 5000 })
            .catch(() => undefined);
          await page.waitForTimeout(500);
        }
      } else {
        const { number } = where;
        const id = requestIdOf(page);
        const reject = decided.size % 5 === 4;
        // Until the decision's key is pressed, the page may change under the reviewer (a call fails,
        // the request goes away): then nothing was decided, and the loop looks again.
        const ready = await setChecks(
          page,
          reject ? ['pass', 'fail', 'pass', 'pass'] : ['pass', 'pass', 'pass', 'pass'],
        )
          .then(() =>
            reject ? undefined : expect(page.getByRole('button', { name: /^Approve/ })).toBeEnabled(),
          )
          .then(
            () => true,
            (error: unknown) => {
              interrupted(`checks on ${number}`, error);
              return false;
            },
          );
        if (!ready) continue;
        if (reject) {
          // Clarity fails: "blurred" is pre-selected and the note has the focus.
          await page.keyboard.press('r');
          const dialog = page.getByRole('dialog', { name: `Reject ${number}` });
          await expect(dialog.getByRole('checkbox', { name: 'Photo blurred or out of focus' })).toBeChecked();
          await expect(dialog.getByRole('textbox', { name: 'Note to the applicant' })).toBeFocused();
          await page.keyboard.type('The photo is blurred. Please retake it in good light.');
          await page.keyboard.press('Control+Enter');
        } else {
          await page.keyboard.press('a');
        }
        // The decision is in the outbox once the page leaves the request (the next one, or the queue).
        await expect
          .poll(
            async () => {
              const text = await heading(page)
                .textContent({ timeout: 500 })
                .catch(() => null);
              return text === null ? 'left' : (TITLE.exec(text.trim())?.[1] ?? 'left');
            },
            {
              timeout: 30_000,
            },
          )
          .not.toBe(number);
        decided.set(number, { id, outcome: reject ? 'rejected' : 'approved' });
        if (decided.size % 10 === 0)
          console.log(`${decided.size} decisions after ${Math.round((Date.now() - started) / 1000)} s`);
      }
    }
    const decidedAt = Date.now();

    // Everything is sent in the end, and nothing was refused.
    await expect(chip(page)).toBeHidden({ timeout: 180_000 });
    await expect(page.getByText(/was not recorded/)).toHaveCount(0);
    const sentAt = Date.now();
    await mockApi.settings({ failureRate: 0, dropRate: 0, latencyMs: 0, latencyJitterMs: 0 });

    const supervisor = await openUser('supervisor1', 'en');
    const list = await supervisor.request.get(
      `/api/requests?decidedBy=u-reviewer1&decidedFrom=${encodeURIComponent(WORLD_NOW)}&pageSize=100`,
    );
    expect(list.status()).toBe(200);
    const recorded = (await list.json()) as {
      total: number;
      items: { id: string; number: string; status: string }[];
    };
    expect(recorded.total).toBe(50);
    expect(recorded.items.map((item) => item.number).sort()).toEqual([...decided.keys()].sort());
    for (const item of recorded.items) {
      expect(item.status, item.number).toBe(decided.get(item.number)?.outcome);
      expect(await decisionEvents(supervisor.request, item.id), item.number).toBe(1);
    }
    expect(errors).toEqual([]);
    console.log(
      `50 decisions: ${Math.round((decidedAt - started) / 1000)} s to decide, ` +
        `${Math.round((sentAt - started) / 1000)} s until all were sent; ` +
        `retries ${counts.retries}, reloads ${counts.reloads}, claim-next clicks ${counts.claims}, ` +
        `left a request ${counts.leaves}, interrupted ${counts.interrupted}`,
    );
  });
});

test('a decision pending at a reload is sent after it, once, with the same key', async ({
  page,
  openUser,
}) => {
  await signIn(page, 'reviewer1', 'en');
  const attempts: { key: string | undefined; reached: boolean }[] = [];
  page.on('requestfinished', (request) => {
    if (request.method() === 'POST' && /\/decision$/.test(request.url()))
      attempts.push({ key: request.headers()['idempotency-key'], reached: true });
  });
  page.on('requestfailed', (request) => {
    if (request.method() === 'POST' && /\/decision$/.test(request.url()))
      attempts.push({ key: request.headers()['idempotency-key'], reached: false });
  });
  const block = (route: { abort(): Promise<void> }) => route.abort();
  await page.route('**/api/requests/*/decision', block);

  await page.getByRole('button', { name: 'Claim next' }).click();
  const number = await shownNumber(page);
  const id = requestIdOf(page);
  await setChecks(page, ['pass', 'pass', 'pass', 'pass']);
  await page.keyboard.press('a');
  await expect(heading(page)).not.toHaveText(new RegExp(number));
  await expect(chip(page)).toHaveText('Decisions being sent: 1');
  await expect.poll(() => attempts.length).toBeGreaterThan(0);

  await page.reload();
  await shownNumber(page);
  await expect(chip(page)).toHaveText('Decisions being sent: 1');
  const kept = await page.evaluate(() => Object.keys(sessionStorage));
  expect(kept.some((key) => key.startsWith('photo-review.outbox.'))).toBe(true);
  expect(kept.some((key) => key.startsWith('photo-review.draft.') && key.endsWith(id))).toBe(true);
  await expect.poll(() => attempts.length, { timeout: 15_000 }).toBeGreaterThan(1);

  await page.unroute('**/api/requests/*/decision', block);
  await expect(page.getByText(`Approved ${number}.`).first()).toBeVisible({ timeout: 40_000 });
  await expect(chip(page)).toBeHidden();

  expect(attempts.filter((a) => a.reached)).toHaveLength(1);
  expect(new Set(attempts.map((a) => a.key)).size).toBe(1);
  expect(attempts[0]?.key).toMatch(/.+/);
  const left = await page.evaluate(() => Object.keys(sessionStorage));
  expect(left.filter((key) => key.startsWith('photo-review.outbox.') || key.endsWith(id))).toEqual([]);

  const supervisor = await openUser('supervisor1', 'en');
  expect(await decisionEvents(supervisor.request, id)).toBe(1);
});

test('offline: the app says so at once, the next request shows from memory, the decision goes later', async ({
  page,
  context,
  openUser,
}) => {
  await signIn(page, 'reviewer1', 'en');
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/decision$/.test(request.url())) sent.push(request.url());
  });
  await page.getByRole('button', { name: 'Claim next' }).click();
  const number = await shownNumber(page);
  const id = requestIdOf(page);
  // The next request is claimed ahead and its photos fetched while this one is on screen.
  await page.waitForLoadState('networkidle');

  await context.setOffline(true);
  await expect(page.getByRole('alert').filter({ hasText: 'You are offline.' })).toBeVisible();
  await setChecks(page, ['pass', 'pass', 'pass', 'pass']);
  await page.keyboard.press('a');
  const next = heading(page).filter({ hasNotText: number });
  await expect(next).toBeVisible();
  expect(await photosShown(page)).toBe(true);
  await expect(chip(page)).toHaveText('Decisions being sent: 1');
  await page.waitForTimeout(1500);
  expect(sent).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByText(`Approved ${number}.`).first()).toBeVisible();
  await expect(chip(page)).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'You are offline.' })).toHaveCount(0);
  expect(sent).toHaveLength(1);
  const supervisor = await openUser('supervisor1', 'en');
  expect(await decisionEvents(supervisor.request, id)).toBe(1);
});

test('a session that ends mid-review: sign in again over the page and carry on with the ticks', async ({
  page,
  mockApi,
  openUser,
}) => {
  // The workspace's heartbeat (at most a minute apart) is the call that finds the session gone.
  test.setTimeout(180_000);
  // DELETE /api/session would be a sign-out, which gives the reviewer's claims back. An expiry does
  // not: the session runs out on the mock's clock (8 hours) while the claim (a day here) holds.
  await mockApi.settings({ leaseTtlSeconds: 86_400 });
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const number = await shownNumber(page);
  const id = requestIdOf(page);
  await setChecks(page, ['pass', 'pass']);

  await mockApi.advanceClock(8 * 3600 + 60);
  expect((await page.request.get('/api/session')).status()).toBe(401);

  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(dialog).toBeVisible({ timeout: 75_000 });
  // The page stays underneath (hidden from assistive technology while the dialog is open).
  await expect(page.locator('h1')).toHaveText(`Request ${number}`);
  await expect(dialog.getByLabel('Username')).toHaveValue('reviewer1');
  await dialog.getByLabel('Password').fill('demo');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(heading(page)).toHaveText(`Request ${number}`);
  for (const [name, pressed] of [
    ['Background', 'true'],
    ['Clarity', 'true'],
    ['Facial features visible', 'false'],
    ['No ornaments', 'false'],
  ] as const) {
    await expect(
      page.getByRole('group', { name }).getByRole('button', { name: 'Pass' }),
      name,
    ).toHaveAttribute('aria-pressed', pressed);
  }
  await setChecks(page, ['pass', 'pass', 'pass', 'pass']);
  await page.keyboard.press('a');
  await expect(page.getByText(`Approved ${number}.`).first()).toBeVisible();
  await expect(chip(page)).toBeHidden();
  const supervisor = await openUser('supervisor1', 'en');
  expect(await decisionEvents(supervisor.request, id)).toBe(1);
});

test.describe('races', () => {
  test.setTimeout(4 * 60_000);

  test('two reviewers race for the same request 20 times: each time exactly one wins', async ({
    openUser,
  }) => {
    const [first, second] = await Promise.all([openUser('reviewer1', 'en'), openUser('reviewer2', 'en')]);
    const names = new Map([
      [first, '张敏'],
      [second, '李伟'],
    ]);
    const wins = new Map([
      [first, 0],
      [second, 0],
    ]);
    const raced = new Set<string>();
    for (let round = 0; round < 20; round++) {
      // The oldest waiting request nobody holds, read from the mock as the first reviewer's queue shows it.
      const page = (await (
        await first.request.get('/api/requests?status=pending&sort=submittedAt&pageSize=20')
      ).json()) as { items: { number: string; claim: unknown }[] };
      // Both hold nothing (the last winner's claims, also the one held ahead, have gone back).
      for (const p of [first, second]) {
        await expect
          .poll(
            async () =>
              ((await (await p.request.get('/api/me/claims')).json()) as { items: unknown[] }).items.length,
          )
          .toBe(0);
      }
      // A request not raced for before: a queue still showing the last one as held would offer no Claim.
      const target = page.items.find((item) => !item.claim && !raced.has(item.number))?.number ?? '';
      raced.add(target);
      expect(target).toMatch(/^PR\d{14}$/);
      await Promise.all(
        [first, second].map(async (p) => {
          await p.getByLabel('Request number').fill(target);
          await expect(p.getByRole('row', { name: /PR\d{14}/ })).toHaveCount(1);
        }),
      );
      const told = (p: Page) => p.getByText(/is already reviewing this request\.$/);
      // The last round's notice has gone, so that a new one can be told from it.
      for (const p of [first, second]) await expect(told(p)).toHaveCount(0, { timeout: 20_000 });
      const toldBefore = new Map([
        [first, await told(first).count()],
        [second, await told(second).count()],
      ]);
      await Promise.all([
        first.getByRole('button', { name: `Claim ${target}` }).click({ timeout: 10_000 }),
        second.getByRole('button', { name: `Claim ${target}` }).click({ timeout: 10_000 }),
      ]);
      const outcome = async (p: Page) => {
        let result = 'waiting';
        await expect
          .poll(async () => {
            result = /\/review\//.test(p.url())
              ? 'won'
              : (await told(p).count()) > (toldBefore.get(p) ?? 0)
                ? 'lost'
                : 'waiting';
            return result;
          })
          .not.toBe('waiting');
        return result;
      };
      const results = await Promise.all([outcome(first), outcome(second)]);
      expect(
        results.filter((r) => r === 'won'),
        `round ${round + 1}`,
      ).toHaveLength(1);
      const winner = results[0] === 'won' ? first : second;
      const loser = winner === first ? second : first;
      wins.set(winner, (wins.get(winner) ?? 0) + 1);
      await expect(heading(winner)).toHaveText(`Request ${target}`);
      await expect(
        loser.getByText(`${names.get(winner)} is already reviewing this request.`).first(),
      ).toBeVisible();
      // The loser stays on the queue, sees who holds it, and can move on.
      await expect(loser.getByRole('row', { name: new RegExp(target) })).toContainText(
        names.get(winner) ?? '',
      );
      await expect(loser.getByRole('button', { name: 'Claim next' })).toBeEnabled();
      // The winner gives it back (leaving the page releases it) for the next round.
      await winner.getByRole('link', { name: 'Back to queue' }).click();
      await expect(winner.getByText('You hold no requests.')).toBeVisible();
    }
    console.log(`race wins: reviewer1 ${wins.get(first)}, reviewer2 ${wins.get(second)}`);
  });
});

test('a supervisor release crossing a decision on its way: refused with a reason, nothing recorded', async ({
  page,
  openUser,
}) => {
  const reviewer = await openUser('reviewer1', 'en');
  await reviewer.getByRole('button', { name: 'Claim next' }).click();
  const number = await shownNumber(reviewer);
  const id = requestIdOf(reviewer);

  // The decision leaves the reviewer's browser before the release and reaches the server after it.
  let letGo: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  const sent: string[] = [];
  await reviewer.route('**/api/requests/*/decision', async (route) => {
    sent.push(route.request().url());
    await released;
    await route.continue();
  });
  await setChecks(reviewer, ['pass', 'pass', 'pass', 'pass']);
  await reviewer.keyboard.press('a');
  await expect(heading(reviewer).filter({ hasNotText: number })).toBeVisible();
  await expect.poll(() => sent.length).toBe(1);

  await signIn(page, 'supervisor1', 'en');
  await page.getByRole('link', { name: 'Active claims' }).click();
  await page.getByRole('button', { name: `Release ${number}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Reason/).fill('Urgent case handled at the counter');
  await dialog.getByRole('button', { name: 'Release the claim' }).click();
  await expect(page.getByText(`${number} released from 张敏.`)).toBeVisible();
  const answer = reviewer.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/decision$/.test(r.url()),
  );
  letGo();
  expect([409, 412]).toContain((await answer).status());

  await expect(
    reviewer.getByText(
      `${number}: A supervisor (王芳) took this request from you: Urgent case handled at the counter`,
      { exact: false },
    ),
  ).toBeVisible();
  await expect(chip(reviewer)).toBeHidden();
  await reviewer.waitForTimeout(2500);
  expect(sent).toHaveLength(1);
  // The reviewer carries on with the request shown meanwhile.
  await expect(heading(reviewer).filter({ hasNotText: number })).toBeVisible();

  const history = (await (await page.request.get(`/api/requests/${id}/history`)).json()) as {
    items: { action: string }[];
  };
  expect(history.items.filter((e) => e.action === 'decision')).toHaveLength(0);
  expect(history.items.filter((e) => e.action === 'revoke')).toHaveLength(1);
});

test('idle sign-out: a warning at 14 minutes, staying keeps the session, at 15 nothing is left', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  await shownNumber(page);
  await setChecks(page, ['pass', 'pass']);
  expect((await page.evaluate(() => Object.keys(sessionStorage))).length).toBeGreaterThan(0);

  const warning = page.getByRole('alertdialog', { name: 'Still there?' });
  await page.clock.fastForward('14:05');
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toHaveCount(0);
  expect((await page.request.get('/api/session')).status()).toBe(200);
  // Staying started the count again: 14 minutes later it is only the warning again.
  await page.clock.fastForward('14:05');
  await expect(warning).toBeVisible();
  await expect(page).toHaveURL(/\/review\//);

  await page.clock.fastForward('01:00');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('You were signed out after 15 minutes without activity.')).toBeVisible();
  expect((await page.request.get('/api/session')).status()).toBe(401);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  const local = await page.evaluate(() => Object.keys(localStorage));
  // Only the language choice stays (it is the device's, not the reviewer's).
  expect(local).toEqual(['photo-review.locale']);
});
