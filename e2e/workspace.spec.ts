import type { Page } from '@playwright/test';
import { claimFromQueue, expect, expectAccessible, signIn, test, type Lang } from './fixtures';

const words = {
  en: {
    claimNext: 'Claim next',
    title: /^Request (PR\d{14})$/,
    approved: (n: string) => `Approved ${n}.`,
    rejected: (n: string) => `Rejected ${n}.`,
    rejectTitle: (n: string) => `Reject ${n}`,
    note: 'Note to the applicant',
    blurred: 'Photo blurred or out of focus',
  },
  'zh-CN': {
    claimNext: '领取下一个',
    title: /^申请 (PR\d{14})$/,
    approved: (n: string) => `已通过 ${n}。`,
    rejected: (n: string) => `已驳回 ${n}。`,
    rejectTitle: (n: string) => `驳回 ${n}`,
    note: '给申请人的说明',
    blurred: '照片模糊或失焦',
  },
} as const;

async function currentNumber(page: Page, lang: Lang): Promise<string> {
  const heading = page.getByRole('heading', { level: 1, name: words[lang].title });
  await expect(heading).toBeVisible();
  const text = (await heading.textContent()) ?? '';
  return words[lang].title.exec(text.trim())?.[1] ?? '';
}

async function requestIdOf(page: Page): Promise<string> {
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

for (const lang of ['en', 'zh-CN'] as const) {
  const w = words[lang];
  test(`a keyboard-only reviewer approves three requests and rejects two in a row (${lang})`, async ({
    page,
    openUser,
  }) => {
    await signIn(page, 'reviewer1', lang);
    await page.getByRole('button', { name: w.claimNext }).focus();
    await page.keyboard.press('Enter');
    const decided: Array<{ id: string; number: string; outcome: 'approved' | 'rejected' }> = [];

    for (let i = 0; i < 3; i++) {
      const number = await currentNumber(page, lang);
      const id = await requestIdOf(page);
      for (const key of ['1', '2', '3', '4', 'a']) await page.keyboard.press(key);
      await expect(page.getByText(w.approved(number)).first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: w.title })).not.toHaveText(new RegExp(number));
      decided.push({ id, number, outcome: 'approved' });
    }
    for (let i = 0; i < 2; i++) {
      const number = await currentNumber(page, lang);
      const id = await requestIdOf(page);
      // Clarity fails (pressed twice): "blurred" is pre-selected, the note gets the focus.
      for (const key of ['1', '2', '2', '3', '4', 'r']) await page.keyboard.press(key);
      const dialog = page.getByRole('dialog', { name: w.rejectTitle(number) });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('checkbox', { name: w.blurred })).toBeChecked();
      await expect(dialog.getByRole('textbox', { name: w.note })).toBeFocused();
      await page.keyboard.type(
        lang === 'en'
          ? 'The photo is blurred. Please retake it in good light.'
          : '照片模糊，请在光线充足处重新拍摄。',
      );
      await page.keyboard.press('Control+Enter');
      await expect(page.getByText(w.rejected(number)).first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: w.title })).not.toHaveText(new RegExp(number));
      decided.push({ id, number, outcome: 'rejected' });
    }
    await currentNumber(page, lang);

    // Every decision is in the mock's records exactly once.
    const supervisor = await openUser('supervisor1', lang);
    for (const { id, outcome } of decided) {
      const detail = await supervisor.request.get(`/api/requests/${id}`);
      expect(((await detail.json()) as { status: string }).status).toBe(outcome);
      const history = (await (await supervisor.request.get(`/api/requests/${id}/history`)).json()) as {
        items: { action: string }[];
      };
      expect(history.items.filter((e) => e.action === 'decision')).toHaveLength(1);
    }
  });
}

test('each compare mode renders and its controls work; axe is clean in every mode and dialog', async ({
  page,
}) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  await currentNumber(page, 'en');
  const modes = page.getByRole('group', { name: 'Compare mode' });
  await expect(modes.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('img', { name: 'New photo submitted by the applicant' }).first()).toBeVisible();
  await expectAccessible(page);

  await page.keyboard.press('m');
  await expect(modes.getByRole('button', { name: 'Swipe' })).toHaveAttribute('aria-pressed', 'true');
  const swipe = page.getByRole('slider', { name: 'Swipe position' });
  await expect(swipe).toBeVisible();
  await swipe.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(swipe).not.toHaveValue('50');
  await expectAccessible(page);

  await modes.getByRole('button', { name: 'Onion skin' }).click();
  const opacity = page.getByRole('slider', { name: 'New photo opacity' });
  await expect(opacity).toBeVisible();
  await opacity.focus();
  await page.keyboard.press('End');
  await expect(opacity).toHaveValue('100');
  await expectAccessible(page);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('m');
  await expect(modes.getByRole('button', { name: 'Difference' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/% of pixels differ/)).toBeVisible();
  await expectAccessible(page);

  // Zoom: + and - change the shown zoom, 0 fits again.
  const zoomLabel = page.getByText(/^Zoom \d+\s?%/).first();
  const before = await zoomLabel.textContent();
  await page.keyboard.press('+');
  await expect(zoomLabel).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.keyboard.press('0');
  await expect(zoomLabel).toHaveText(before ?? '');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('r');
  await expect(page.getByRole('dialog', { name: /^Reject PR/ })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await expect(page.getByRole('dialog', { name: /^Skip PR/ })).toBeVisible();
  await expectAccessible(page);
});

test('rejecting without a reason is impossible and nothing is sent', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  const decisionCalls: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/decision')) decisionCalls.push(request.url());
  });
  await page.getByRole('button', { name: 'Claim next' }).click();
  const number = await currentNumber(page, 'en');
  await page.getByRole('button', { name: /^Reject/ }).click();
  const dialog = page.getByRole('dialog', { name: `Reject ${number}` });
  await dialog.getByRole('textbox', { name: 'Note to the applicant' }).fill('Please retake.');
  await dialog.getByRole('button', { name: 'Confirm rejection' }).click();
  await expect(dialog.getByText('Choose at least one reason.')).toBeVisible();
  await expect(dialog.getByRole('checkbox').first()).toBeFocused();
  await dialog.getByRole('button', { name: 'Back to the photo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Request ${number}` })).toBeVisible();
  const history = (await (
    await page.request.get(`/api/requests/${await requestIdOf(page)}/history`)
  ).json()) as {
    items: { action: string }[];
  };
  expect(history.items.some((e) => e.action === 'decision')).toBe(false);
  expect(decisionCalls).toEqual([]);
  // Approve stays unavailable until all four checks pass.
  await expect(page.getByRole('button', { name: /^Approve/ })).toBeDisabled();
});

test('a resubmission shows why the earlier request was rejected', async ({ page, openUser }) => {
  const supervisor = await openUser('supervisor1', 'en');
  const items: { id: string; number: string }[] = [];
  for (let page = 1; page <= 3; page++) {
    const list = (await (
      await supervisor.request.get(`/api/requests?status=pending&pageSize=100&page=${page}`)
    ).json()) as { items: { id: string; number: string }[] };
    items.push(...list.items);
  }
  let target: { number: string; reasons: string[] } | null = null;
  for (const item of items) {
    const detail = (await (await supervisor.request.get(`/api/requests/${item.id}`)).json()) as {
      previousRequests: { status: string; reasonCodes: string[] }[];
    };
    const last = detail.previousRequests[0];
    if (last?.status === 'rejected') {
      target = { number: item.number, reasons: last.reasonCodes };
      break;
    }
  }
  if (!target) throw new Error('the seed has no resubmission among the pending requests');

  await signIn(page, 'reviewer2', 'en');
  await claimFromQueue(page, target.number);
  await expect(page.getByRole('heading', { level: 1, name: `Request ${target.number}` })).toBeVisible();
  await expect(page.getByText('Resubmission: the previous request was rejected.')).toBeVisible();
  await expect(page.getByText(/^Reasons: /)).toBeVisible();
  await expectAccessible(page);
});

test('undo restores the request to the reviewer', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const first = await currentNumber(page, 'en');
  for (const key of ['1', '2', '3', '4', 'a']) await page.keyboard.press(key);
  await expect(page.getByText(`Approved ${first}.`).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /^Request / })).not.toHaveText(`Request ${first}`);
  const between = await currentNumber(page, 'en');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Request ${first}` })).toBeVisible();
  await expect(
    page.getByText(`Decision on ${first} undone: the request is back with you.`).first(),
  ).toBeVisible();
  await expect(page.getByText('In review', { exact: true })).toBeVisible();
  // The restored request is held, and at most the next one claimed ahead: the one shown in between
  // was given back.
  await expect
    .poll(async () => {
      const held = (
        (await (await page.request.get('/api/me/claims')).json()) as { items: { number: string }[] }
      ).items.map((c) => c.number);
      return held.includes(first) && held.length <= 2 && !held.includes(between);
    })
    .toBe(true);
});

test('a lease that expires mid-review keeps the ticks and the note', async ({ page, mockApi }) => {
  await mockApi.settings({ leaseTtlSeconds: 30 });
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const number = await currentNumber(page, 'en');
  for (const key of ['1', '2', '2']) await page.keyboard.press(key);
  await page.keyboard.press('r');
  const dialog = page.getByRole('dialog', { name: `Reject ${number}` });
  await dialog.getByRole('textbox', { name: 'Note to the applicant' }).fill('Blurred, please retake.');
  await dialog.getByRole('button', { name: 'Back to the photo' }).click();

  await mockApi.advanceClock(120);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your claim on this request has ended' }),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: /^Reject/ })).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Claim it again' }).click();
  await expect(page.getByRole('button', { name: /^Reject/ })).toBeEnabled();
  const background = page.getByRole('group', { name: 'Background' });
  await expect(background.getByRole('button', { name: 'Pass' })).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByRole('group', { name: 'Clarity' }).getByRole('button', { name: 'Fail' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('r');
  await expect(page.getByRole('textbox', { name: 'Note to the applicant' })).toHaveValue(
    'Blurred, please retake.',
  );
});

test('a reload keeps the draft', async ({ page }) => {
  await signIn(page, 'reviewer1', 'zh-CN');
  await page.getByRole('button', { name: '领取下一个' }).click();
  const number = await currentNumber(page, 'zh-CN');
  for (const key of ['1', '2']) await page.keyboard.press(key);
  await expect(page.getByText('4 项检查中 2 项合格')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `申请 ${number}` })).toBeVisible();
  await expect(
    page.getByRole('group', { name: '背景' }).getByRole('button', { name: '合格', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByRole('group', { name: '清晰度' }).getByRole('button', { name: '合格', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('4 项检查中 2 项合格')).toBeVisible();
  await expectAccessible(page);
});

test('after a decision the next request is shown with focus on its title, and U undoes it', async ({
  page,
}) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const first = await currentNumber(page, 'en');
  for (const key of ['1', '2', '3', '4', 'a']) await page.keyboard.press(key);
  const next = page.getByRole('heading', { level: 1, name: words.en.title });
  await expect(next).not.toHaveText(`Request ${first}`);
  await expect(next).toBeFocused();
  // The banner on the next request offers Undo, also by keyboard.
  await expect(page.getByRole('button', { name: 'Undo (U)' })).toBeVisible();
  await page.keyboard.press('u');
  await expect(page.getByRole('heading', { level: 1, name: `Request ${first}` })).toBeVisible();
  const history = (await (
    await page.request.get(`/api/requests/${await requestIdOf(page)}/history`)
  ).json()) as {
    items: { action: string }[];
  };
  expect(history.items.map((e) => e.action)).toEqual(expect.arrayContaining(['decision', 'undo']));
});

test('skip gives the request back with a reason and moves on', async ({ page, openUser }) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  const number = await currentNumber(page, 'en');
  const id = await requestIdOf(page);
  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: `Skip ${number}` });
  await dialog.getByRole('radio', { name: 'Needs a supervisor' }).check();
  await dialog.getByRole('button', { name: 'Skip and continue' }).click();
  await expect(page.getByText(`Skipped ${number}.`).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: words.en.title })).not.toHaveText(
    `Request ${number}`,
  );
  const supervisor = await openUser('supervisor1', 'en');
  const detail = (await (await supervisor.request.get(`/api/requests/${id}`)).json()) as { status: string };
  expect(detail.status).toBe('pending');
  const history = (await (await supervisor.request.get(`/api/requests/${id}/history`)).json()) as {
    items: { action: string; detail?: string }[];
  };
  expect(history.items.find((e) => e.action === 'skip')?.detail).toContain('needs-supervisor');
});

test('a decision sent on a lease that has just expired is refused clearly and the ticks stay', async ({
  page,
  mockApi,
}) => {
  await mockApi.settings({ leaseTtlSeconds: 60 });
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Claim next' }).click();
  await currentNumber(page, 'en');
  for (const key of ['1', '2', '3', '4']) await page.keyboard.press(key);
  await expect(page.getByText('4 of 4 checks pass')).toBeVisible();
  // The page has not heard from the server since: it still thinks the lease is held.
  const number = await currentNumber(page, 'en');
  await mockApi.advanceClock(300);
  await page.keyboard.press('a');
  // The reviewer has moved on at once; the refusal follows, with the way back to the request.
  const refusal = page
    .locator('#main')
    .getByRole('alert')
    .filter({ hasText: `The decision on ${number} was not recorded` });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Your ticks and note are kept');
  await refusal.getByRole('button', { name: `Open ${number}` }).click();
  // The lease is gone, so the request is no longer the reviewer's to see until they claim it again,
  // unless the claim ahead (the oldest claimable request) has already taken it back for them.
  const heading = page.getByRole('heading', { level: 1, name: `Request ${number}` });
  const notHeld = page.getByText('You do not hold this request.');
  await expect(heading.or(notHeld)).toBeVisible();
  if (await notHeld.isVisible()) await page.getByRole('button', { name: 'Claim this request' }).click();
  await expect(heading).toBeVisible();
  await expect(page.getByText('4 of 4 checks pass')).toBeVisible();
});
