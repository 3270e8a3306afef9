import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { onCleanup } from './cleanup';
import { shownAt } from './in-page';
import { pageScript } from './page-script';

const systemChromium = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium where it exists, else Playwright's own; headless. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath =
    process.env.PLAYWRIGHT_CHROMIUM ?? (existsSync(systemChromium) ? systemChromium : undefined);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: chromiumArgs,
    // The benchmark's own cleanup closes the browser on a signal, after the pages are done with.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  // Playwright itself kills the browsers it launched if this process exits without closing them.
  onCleanup('Chromium', () => browser.close());
  return browser;
}

export type Username = 'reviewer1' | 'reviewer2' | 'reviewer3' | 'reviewer4' | 'reviewer5' | 'supervisor1';

/**
 * A new context (empty cache, no cookies) signed in through the API, so the browser has loaded
 * nothing of the app yet. The page probes are installed in every page it opens.
 */
export async function signedInContext(
  browser: Browser,
  origin: string,
  username: Username,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: origin,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  const forget = onCleanup(`context of ${username}`, () => context.close());
  context.on('close', forget);
  await context.addInitScript({ content: pageScript });
  const response = await context.request.post('/api/session', { data: { username, password: 'demo' } });
  if (!response.ok()) throw new Error(`sign-in as ${username} answered ${response.status()}`);
  return context;
}

/** Claims the oldest waiting request through the API and opens its workspace in a new page. */
export async function openWorkspace(context: BrowserContext): Promise<Page> {
  const response = await context.request.post('/api/requests/claim-next');
  if (response.status() !== 200) throw new Error(`claim-next answered ${response.status()}`);
  const { id } = (await response.json()) as { id: string };
  const page = await context.newPage();
  await page.goto(`/review/${id}`);
  await shownAt(page, 'workspaceShown', 'the workspace');
  return page;
}
