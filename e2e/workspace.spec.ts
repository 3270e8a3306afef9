import type { Page } from '@playwright/test';
import {
  claimFromQueue,
  expect,
  expectAccessible,
  signIn,
  signInByKeyboard,
  tabTo,
  test,
  type Lang,
} from './fixtures';

const words = {
  en: {
    claimNext: 'Claim next',
    title: /^Request (PR\d{14})$/,
    request: (n: string) => `Request ${n}`,
    approved: (n: string) => `Approved ${n}.`,
    rejected: (n: string) => `Rejected ${n}.`,
    rejectTitle: (n: string) => `Reject ${n}`,
    rejectDialog: /^Reject PR/,
    skipDialog: /^Skip PR/,
    note: 'Note to the applicant',
    notes: [
      'The photo is blurred. Please retake it in good light.',
      'The background must be plain white. Please retake it against a white wall.',
      'Please take off the earrings and the hat and retake the photo.',
    ],
    reasons: {
      blurred: 'Photo blurred or out of focus',
      background: 'Background not white/blue or not plain',
      ornaments: 'Ornaments or headwear worn',
      other: 'Other (explain in the note)',
    },
    approve: /^Approve/,
    reject: /^Reject/,
    confirmReject: 'Confirm rejection',
    backToPhoto: 'Back to the photo',
    reasonsRequired: 'Choose at least one reason.',
    modeGroup: 'Compare mode',
    modes: { sideBySide: 'Side by side', swipe: 'Swipe', onion: 'Onion skin', difference: 'Difference' },
    newPhotoAlt: 'New photo submitted by the applicant',
    swipePosition: 'Swipe position',
    opacity: 'New photo opacity',
    differs: /% of pixels differ/,
    zoomLevel: /^Zoom \d+\s?%/,
    zoomOut: 'Zoom out',
    shortcuts: 'Keyboard shortcuts',
    resubmission: 'Resubmission: the previous request was rejected.',
    previousReasons: /^Reasons: /,
    undo: 'Undo',
    undone: (n: string) => `Decision on ${n} undone: the request is back with you.`,
    inReview: 'In review',
    leaseLost: 'Your claim on this request has ended',
    reclaim: 'Claim it again',
    background: 'Background',
    clarity: 'Clarity',
    pass: 'Pass',
    fail: 'Fail',
    summary: (passed: number) => `${passed} of 4 checks pass`,
  },
  'zh-CN': {
    claimNext: '领取下一个',
    title: /^申请 (PR\d{14})$/,
    request: (n: string) => `申请 ${n}`,
    approved: (n: string) => `已通过 ${n}。`,
    rejected: (n: string) => `已驳回 ${n}。`,
    rejectTitle: (n: string) => `驳回 ${n}`,
    rejectDialog: /^驳回 PR/,
    skipDialog: /^跳过 PR/,
    note: '给申请人的说明',
    notes: [
      '照片模糊，请在光线充足处重新拍摄。',
      '背景须为纯白色，请在白墙前重新拍摄。',
      '请摘下耳环和帽子后重新拍摄。',
    ],
    reasons: {
      blurred: '照片模糊或失焦',
      background: '背景不是白色/蓝色或不纯净',
      ornaments: '佩戴饰品或头饰',
      other: '其他（请在说明中写明）',
    },
    approve: /^通过/,
    reject: /^驳回/,
    confirmReject: '确认驳回',
    backToPhoto: '返回照片',
    reasonsRequired: '请至少选择一个驳回原因。',
    modeGroup: '对比方式',
    modes: { sideBySide: '并排', swipe: '滑动对比', onion: '叠加', difference: '差异' },
    newPhotoAlt: '申请人提交的新照片',
    swipePosition: '滑动位置',
    opacity: '新照片不透明度',
    differs: /的像素不同/,
    zoomLevel: /^缩放 \d+\s?%/,
    zoomOut: '缩小',
    shortcuts: '键盘快捷键',
    resubmission: '重新提交：上一次申请被驳回。',
    previousReasons: /^原因：/,
    undo: '撤销',
    undone: (n: string) => `已撤销对 ${n} 的决定，该申请已退回给您。`,
    inReview: '审核中',
    leaseLost: '您对此申请的领取已结束',
    reclaim: '重新领取',
    background: '背景',
    clarity: '清晰度',
    pass: '合格',
    fail: '不合格',
    summary: (passed: number) => `4 项检查中 ${passed} 项合格`,
  },
} as const;

const langs = ['en', 'zh-CN'] as const;

async function currentNumber(page: Page, lang: Lang): Promise<string> {
  const heading = page.getByRole('heading', { level: 1, name: words[lang].title });
  await expect(heading).toBeVisible();
  const text = (await heading.textContent()) ?? '';
  return words[lang].title.exec(text.trim())?.[1] ?? '';
}

/** A check's pass or fail button, pressed when that is the reviewer's tick. */
function tick(page: Page, lang: Lang, check: 'background' | 'clarity', verdict: 'pass' | 'fail') {
  const w = words[lang];
  return page.getByRole('group', { name: w[check] }).getByRole('button', { name: w[verdict], exact: true });
}

async function requestIdOf(page: Page): Promise<string> {
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

for (const lang of langs) {
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
      await expect(dialog.getByRole('checkbox', { name: w.reasons.blurred })).toBeChecked();
      await expect(dialog.getByRole('textbox', { name: w.note })).toBeFocused();
      await page.keyboard.type(w.notes[0]);
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

/**
 * How each of the ten requests is decided. A rejection fails one check (pressed twice: pass, then
 * fail), which picks its reason; one also adds "Other" by hand. Confirmed with Ctrl+Enter from the
 * note, or by tabbing to the button.
 */
type Plan =
  | { outcome: 'approved' }
  | {
      outcome: 'rejected';
      keys: string[];
      picked: keyof (typeof words)['en']['reasons'];
      addOther: boolean;
      note: 0 | 1 | 2;
      confirmBy: 'ctrl-enter' | 'button';
    };
const approve: Plan = { outcome: 'approved' };
const tenRequests: Plan[] = [
  approve,
  approve,
  {
    outcome: 'rejected',
    keys: ['1', '2', '2', '3', '4'],
    picked: 'blurred',
    addOther: false,
    note: 0,
    confirmBy: 'ctrl-enter',
  },
  approve,
  approve,
  {
    outcome: 'rejected',
    keys: ['1', '1', '2', '3', '4'],
    picked: 'background',
    addOther: true,
    note: 1,
    confirmBy: 'button',
  },
  approve,
  approve,
  {
    outcome: 'rejected',
    keys: ['1', '2', '3', '4', '4'],
    picked: 'ornaments',
    addOther: false,
    note: 2,
    confirmBy: 'ctrl-enter',
  },
  approve,
];
const reasonCodes = { blurred: 'blurred', background: 'background', ornaments: 'ornaments', other: 'other' };

for (const lang of langs) {
  const w = words[lang];
  test(`a new user signs in, claims and reviews ten requests with the keyboard alone; each decision is recorded once and every approval replaces the card photo (${lang})`, async ({
    page,
    mockApi,
    openUser,
  }) => {
    test.setTimeout(120_000);
    await signInByKeyboard(page, 'reviewer1', lang);
    await tabTo(page, page.getByRole('button', { name: w.claimNext }));
    await page.keyboard.press('Enter');

    const decided: Array<{ id: string; number: string; plan: Plan; ticked: number }> = [];
    for (const plan of tenRequests) {
      // The next request is claimed ahead: decide only once its own title is shown.
      const number = await currentNumber(page, lang);
      expect(decided.map((d) => d.number)).not.toContain(number);
      const id = await requestIdOf(page);
      let ticked = 0;
      if (plan.outcome === 'approved') {
        for (const key of ['1', '2', '3', '4', 'a']) await page.keyboard.press(key);
        await expect(page.getByText(w.approved(number)).first()).toBeVisible();
      } else {
        for (const key of [...plan.keys, 'r']) await page.keyboard.press(key);
        const dialog = page.getByRole('dialog', { name: w.rejectTitle(number) });
        await expect(dialog.getByRole('checkbox', { name: w.reasons[plan.picked] })).toBeChecked();
        const note = dialog.getByRole('textbox', { name: w.note });
        await expect(note).toBeFocused();
        if (plan.addOther) {
          const other = dialog.getByRole('checkbox', { name: w.reasons.other });
          await tabTo(page, other, { backwards: true });
          await page.keyboard.press('Space');
          await expect(other).toBeChecked();
          await tabTo(page, note);
        }
        await page.keyboard.type(w.notes[plan.note]);
        // The machine's pre-checks may have ticked further reasons: all that are ticked are sent.
        ticked = await dialog.getByRole('checkbox', { checked: true }).count();
        if (plan.confirmBy === 'ctrl-enter') {
          await page.keyboard.press('Control+Enter');
        } else {
          await tabTo(page, dialog.getByRole('button', { name: w.confirmReject }));
          await page.keyboard.press('Enter');
        }
        await expect(page.getByText(w.rejected(number)).first()).toBeVisible();
      }
      await expect(page.getByRole('heading', { level: 1, name: w.title })).not.toHaveText(w.request(number));
      decided.push({ id, number, plan, ticked });
    }
    await currentNumber(page, lang);

    // The mock's audit: one decision per request, with what was decided; every approval put the
    // new photo on the applicant's card (the latest approval, should one applicant have had two).
    const supervisor = await openUser('supervisor1', lang);
    const lastApproval = new Map<string, string>();
    const cards: Array<{
      number: string;
      outcome: string;
      applicantId: string;
      newId: string;
      cardId: string;
    }> = [];
    for (const { id, number, plan, ticked } of decided) {
      const detail = (await (await supervisor.request.get(`/api/requests/${id}`)).json()) as {
        number: string;
        status: string;
        newPhoto: { url: string };
        decision: { outcome: string; reasonCodes: string[]; note: string } | null;
      };
      expect(detail.number).toBe(number);
      expect(detail.status).toBe(plan.outcome);
      expect(detail.decision?.outcome).toBe(plan.outcome);
      if (plan.outcome === 'rejected') {
        const expected = [reasonCodes[plan.picked], ...(plan.addOther ? [reasonCodes.other] : [])];
        expect(detail.decision?.reasonCodes).toEqual(expect.arrayContaining(expected));
        expect(detail.decision?.reasonCodes).toHaveLength(ticked);
        expect(detail.decision?.note).toBe(w.notes[plan.note]);
      }
      const history = (await (await supervisor.request.get(`/api/requests/${id}/history`)).json()) as {
        items: { action: string }[];
      };
      expect(
        history.items.filter((e) => e.action === 'decision'),
        number,
      ).toHaveLength(1);
      expect(
        history.items.filter((e) => e.action === 'undo'),
        number,
      ).toHaveLength(0);

      const card = await mockApi.card(id);
      expect(card.newPhoto.url).toBe(detail.newPhoto.url);
      const { applicantId } = card;
      cards.push({
        number,
        outcome: plan.outcome,
        applicantId,
        newId: card.newPhoto.id,
        cardId: card.cardPhoto.id,
      });
      if (plan.outcome === 'approved') lastApproval.set(applicantId, card.newPhoto.id);
    }
    for (const { number, outcome, applicantId, newId, cardId } of cards) {
      if (outcome === 'approved') {
        expect(cardId, `${number}: the card photo after the approval`).toBe(lastApproval.get(applicantId));
      } else if (!lastApproval.has(applicantId)) {
        expect(cardId, `${number}: the card photo after the rejection`).not.toBe(newId);
      }
    }
  });
}

for (const lang of langs) {
  const w = words[lang];

  test(`each compare mode renders and its controls work; axe is clean in every mode and dialog (${lang})`, async ({
    page,
  }) => {
    await signIn(page, 'reviewer1', lang);
    await page.getByRole('button', { name: w.claimNext }).click();
    await currentNumber(page, lang);
    const modes = page.getByRole('group', { name: w.modeGroup });
    await expect(modes.getByRole('button', { name: w.modes.sideBySide })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('img', { name: w.newPhotoAlt }).first()).toBeVisible();
    await expectAccessible(page);

    await page.keyboard.press('m');
    await expect(modes.getByRole('button', { name: w.modes.swipe })).toHaveAttribute('aria-pressed', 'true');
    const swipe = page.getByRole('slider', { name: w.swipePosition });
    await expect(swipe).toBeVisible();
    await swipe.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(swipe).not.toHaveValue('50');
    await expectAccessible(page);

    await modes.getByRole('button', { name: w.modes.onion }).click();
    const opacity = page.getByRole('slider', { name: w.opacity });
    await expect(opacity).toBeVisible();
    await opacity.focus();
    await page.keyboard.press('End');
    await expect(opacity).toHaveValue('100');
    await expectAccessible(page);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('m');
    await expect(modes.getByRole('button', { name: w.modes.difference })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByText(w.differs)).toBeVisible();
    await expectAccessible(page);

    // Zoom: + and - change the shown zoom, 0 fits again.
    const zoomLabel = page.getByText(w.zoomLevel).first();
    const before = await zoomLabel.textContent();
    await page.keyboard.press('+');
    await expect(zoomLabel).not.toHaveText(before ?? '');
    await page.getByRole('button', { name: w.zoomOut }).click();
    await page.keyboard.press('0');
    await expect(zoomLabel).toHaveText(before ?? '');
    // Z: actual pixels (1:1), then 0 fits again.
    await page.keyboard.press('z');
    await expect(zoomLabel).toHaveText(/^(Zoom|缩放) 100\s?%$/);
    await page.keyboard.press('0');
    await expect(zoomLabel).toHaveText(before ?? '');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: w.shortcuts })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('r');
    await expect(page.getByRole('dialog', { name: w.rejectDialog })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await expect(page.getByRole('dialog', { name: w.skipDialog })).toBeVisible();
    await expectAccessible(page);
  });

  test(`rejecting without a reason is impossible and nothing is sent (${lang})`, async ({ page }) => {
    await signIn(page, 'reviewer1', lang);
    const decisionCalls: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/decision'))
        decisionCalls.push(request.url());
    });
    await page.getByRole('button', { name: w.claimNext }).click();
    const number = await currentNumber(page, lang);
    await page.getByRole('button', { name: w.reject }).click();
    const dialog = page.getByRole('dialog', { name: w.rejectTitle(number) });
    await dialog.getByRole('textbox', { name: w.note }).fill(w.notes[0]);
    await dialog.getByRole('button', { name: w.confirmReject }).click();
    await expect(dialog.getByText(w.reasonsRequired)).toBeVisible();
    await expect(dialog.getByRole('checkbox').first()).toBeFocused();
    await dialog.getByRole('button', { name: w.backToPhoto }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.request(number) })).toBeVisible();
    const history = (await (
      await page.request.get(`/api/requests/${await requestIdOf(page)}/history`)
    ).json()) as {
      items: { action: string }[];
    };
    expect(history.items.some((e) => e.action === 'decision')).toBe(false);
    expect(decisionCalls).toEqual([]);
    // Approve stays unavailable until all four checks pass.
    await expect(page.getByRole('button', { name: w.approve })).toBeDisabled();
  });

  test(`a resubmission shows why the earlier request was rejected (${lang})`, async ({ page, openUser }) => {
    const supervisor = await openUser('supervisor1', lang);
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

    await signIn(page, 'reviewer2', lang);
    await claimFromQueue(page, target.number);
    await expect(page.getByRole('heading', { level: 1, name: w.request(target.number) })).toBeVisible();
    await expect(page.getByText(w.resubmission)).toBeVisible();
    await expect(page.getByText(w.previousReasons)).toBeVisible();
    await expectAccessible(page);
  });

  test(`undo restores the request to the reviewer (${lang})`, async ({ page }) => {
    await signIn(page, 'reviewer1', lang);
    await page.getByRole('button', { name: w.claimNext }).click();
    const first = await currentNumber(page, lang);
    for (const key of ['1', '2', '3', '4', 'a']) await page.keyboard.press(key);
    await expect(page.getByText(w.approved(first)).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: w.title })).not.toHaveText(w.request(first));
    const between = await currentNumber(page, lang);
    await page.getByRole('button', { name: w.undo, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.request(first) })).toBeVisible();
    await expect(page.getByText(w.undone(first)).first()).toBeVisible();
    await expect(page.getByText(w.inReview, { exact: true })).toBeVisible();
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

  test(`a lease that expires mid-review keeps the ticks and the note (${lang})`, async ({
    page,
    mockApi,
  }) => {
    await mockApi.settings({ leaseTtlSeconds: 30 });
    await signIn(page, 'reviewer1', lang);
    await page.getByRole('button', { name: w.claimNext }).click();
    const number = await currentNumber(page, lang);
    for (const key of ['1', '2', '2']) await page.keyboard.press(key);
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: w.rejectTitle(number) });
    await dialog.getByRole('textbox', { name: w.note }).fill(w.notes[0]);
    await dialog.getByRole('button', { name: w.backToPhoto }).click();

    await mockApi.advanceClock(120);
    await expect(page.getByRole('alert').filter({ hasText: w.leaseLost })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole('button', { name: w.reject })).toBeDisabled();
    await expectAccessible(page);
    await page.getByRole('button', { name: w.reclaim }).click();
    await expect(page.getByRole('button', { name: w.reject })).toBeEnabled();
    await expect(tick(page, lang, 'background', 'pass')).toHaveAttribute('aria-pressed', 'true');
    await expect(tick(page, lang, 'clarity', 'fail')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('r');
    await expect(page.getByRole('textbox', { name: w.note })).toHaveValue(w.notes[0]);
  });

  test(`a reload keeps the draft: ticks, reasons and note (${lang})`, async ({ page }) => {
    await signIn(page, 'reviewer1', lang);
    await page.getByRole('button', { name: w.claimNext }).click();
    const number = await currentNumber(page, lang);
    // Background passes, clarity fails (which picks "blurred"); "Other" is added by hand.
    for (const key of ['1', '2', '2']) await page.keyboard.press(key);
    await expect(page.getByText(w.summary(1))).toBeVisible();
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: w.rejectTitle(number) });
    await dialog.getByRole('checkbox', { name: w.reasons.other }).check();
    await dialog.getByRole('textbox', { name: w.note }).fill(w.notes[0]);
    await dialog.getByRole('button', { name: w.backToPhoto }).click();
    await expect(dialog).toBeHidden();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: w.request(number) })).toBeVisible();
    await expect(tick(page, lang, 'background', 'pass')).toHaveAttribute('aria-pressed', 'true');
    await expect(tick(page, lang, 'clarity', 'fail')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(w.summary(1))).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('r');
    const restored = page.getByRole('dialog', { name: w.rejectTitle(number) });
    await expect(restored.getByRole('checkbox', { name: w.reasons.blurred })).toBeChecked();
    await expect(restored.getByRole('checkbox', { name: w.reasons.other })).toBeChecked();
    await expect(restored.getByRole('checkbox', { name: w.reasons.background })).not.toBeChecked();
    await expect(restored.getByRole('textbox', { name: w.note })).toHaveValue(w.notes[0]);
  });
}

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
