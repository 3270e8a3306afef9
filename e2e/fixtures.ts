import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import type { MockRequestCard } from '../src/api/generated/zod';

export const DEFAULT_SEED = 20261126;
/**
 * The instant every test's world is built at (a Thursday, 16:00 in Shanghai). Without it the world
 * would depend on the hour the suite runs, and so would which request a test finds.
 */
export const WORLD_NOW = process.env.E2E_WORLD_NOW ?? '2026-11-26T08:00:00Z';

export interface MockApi {
  reset(options?: {
    seed?: number;
    pendingCount?: number;
    now?: string;
    hostileText?: boolean;
  }): Promise<void>;
  settings(patch: {
    latencyMs?: number;
    latencyJitterMs?: number;
    failureRate?: number;
    dropRate?: number;
    leaseTtlSeconds?: number;
  }): Promise<void>;
  advanceClock(seconds: number): Promise<void>;
  /** The photo on the request's applicant's card now, and the request's new photo (ground truth). */
  card(requestId: string): Promise<MockRequestCard>;
}

function createMockApi(request: APIRequestContext): MockApi {
  const post = async (path: string, data: unknown) => {
    const response = await request.post(path, { data });
    expect(response.status(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(200);
  };
  return {
    reset: (options = {}) =>
      post('/api/__mock/reset', { seed: DEFAULT_SEED, pendingCount: 300, now: WORLD_NOW, ...options }),
    settings: (patch) => post('/api/__mock/settings', patch),
    advanceClock: (seconds) => post('/api/__mock/clock', { advanceSeconds: seconds }),
    card: async (requestId) => {
      const path = `/api/__mock/requests/${requestId}/card`;
      const response = await request.get(path);
      expect(response.status(), `${path} answered ${response.status()}`).toBe(200);
      return (await response.json()) as MockRequestCard;
    },
  };
}

export type Lang = 'zh-CN' | 'en';

const signInLabels = {
  en: { user: 'Username', password: 'Password', submit: 'Sign in' },
  'zh-CN': { user: '用户名', password: '密码', submit: '登录' },
} as const;

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, username: string, lang: Lang = 'zh-CN'): Promise<void> {
  await page.goto(`/sign-in?lang=${lang}`);
  const labels = signInLabels[lang];
  await page.getByLabel(labels.user).fill(username);
  await page.getByLabel(labels.password).fill('demo');
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/**
 * Signs in with the keyboard alone: the username field has the focus, the person types, moves on
 * with Tab, types the password and presses Enter.
 */
export async function signInByKeyboard(page: Page, username: string, lang: Lang): Promise<void> {
  await page.goto(`/sign-in?lang=${lang}`);
  const labels = signInLabels[lang];
  await expect(page.getByLabel(labels.user)).toBeFocused();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(labels.password)).toBeFocused();
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation')).toBeVisible();
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the target has the focus, as a keyboard user
 * would; fails when it is not reached within `max` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 60 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  const focused = () => target.evaluate((element) => element === document.activeElement);
  for (let presses = 0; presses < max && !(await focused()); presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with at most ${max} presses of Tab`).toBeFocused({ timeout: 1_000 });
}

/**
 * Finds a request in the queue by its number and claims it. The list filters as one types, so the
 * click waits until the row stands alone: a click while rows move could land on another request.
 */
export async function claimFromQueue(page: Page, number: string): Promise<void> {
  await page.getByLabel(/^(Request number|申请编号)$/).fill(number);
  await expect(page.getByRole('row', { name: /PR\d{14}/ })).toHaveCount(1);
  await page.getByRole('button', { name: new RegExp(`^(Claim|领取) ${number}$`) }).click();
}

/** Fails on any serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/**
 * Records every Content-Security-Policy violation in a context's pages: the `securitypolicyviolation`
 * events of each document (an init script hands them to Node, so navigations lose none) and the
 * browser's "Refused to …" console errors, which also cover Web Workers (their events never reach
 * the page).
 */
export async function watchCspViolations(context: BrowserContext, sink: string[]): Promise<void> {
  await context.exposeBinding('__reportCspViolation', ({ page }, violation: string) => {
    sink.push(`${page.url()}: ${violation}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:` +
          `${event.lineNumber} ${event.sample}`,
      );
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) sink.push(`console: ${message.text()}`);
  });
}

export interface Options {
  /** Whether a mock API server stands behind the app (false for the service-worker demo build). */
  serverMock: boolean;
  /** Whether the server enforces the production CSP: then any violation fails the test. */
  cspEnforced: boolean;
}

interface Fixtures {
  /** The CSP violations seen so far in this test's browser contexts (checked empty at the end). */
  cspViolations: string[];
  mockApi: MockApi;
  /** Resets the mock to the default seed before every test, so each starts from the same world. */
  freshWorld: void;
  /** Opens another signed-in browser context (another person at another desk). */
  openUser: (username: string, lang?: Lang) => Promise<Page>;
}

export const test = base.extend<Fixtures & Options>({
  serverMock: [true, { option: true }],
  cspEnforced: [false, { option: true }],
  cspViolations: [
    async ({ cspEnforced }, use) => {
      const violations: string[] = [];
      await use(violations);
      if (cspEnforced) expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspEnforced, cspViolations }, use) => {
    if (cspEnforced) await watchCspViolations(context, cspViolations);
    await use(context);
  },
  mockApi: async ({ request }, use) => {
    await use(createMockApi(request));
  },
  freshWorld: [
    async ({ serverMock, mockApi }, use) => {
      if (serverMock) await mockApi.reset();
      await use();
    },
    { auto: true },
  ],
  openUser: async ({ browser, cspEnforced, cspViolations }, use) => {
    const contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
    await use(async (username, lang = 'zh-CN') => {
      const context = await browser.newContext({ locale: lang, timezoneId: 'Asia/Shanghai' });
      contexts.push(context);
      if (cspEnforced) await watchCspViolations(context, cspViolations);
      const page = await context.newPage();
      await signIn(page, username, lang);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };
