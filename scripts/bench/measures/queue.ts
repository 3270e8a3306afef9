import type { Browser, BrowserContext, Page } from 'playwright';
import { openWorkspace, signedInContext } from '../browser';
import { inPage, shownAt, waitInPage } from '../in-page';

export interface QueueRuns {
  /**
   * The queue opened in the running app (the reviewer's way back from a request): from the click on
   * its link in the workspace to the first page of rows shown. The list is not cached: it is fetched.
   */
  firstPageMs: number[];
  /** A page load of the queue: from navigation start to the first page of rows shown (cache warm). */
  firstPageLoadMs: number[];
  /** From the click to the new rows shown with nothing loading, per change. */
  changes: Array<{ change: string; ms: number }>;
}

const sortLabels = 'table:has(thead .MuiTableSortLabel-root) thead th .MuiTableSortLabel-root';
const column = { number: 0, submittedAt: 2 } as const;

/** Measures one click that changes the rows: armed in the page, timed from the click in the page. */
async function timeChange(page: Page, click: () => Promise<void>): Promise<number> {
  await inPage(page, 'window.__bench.armQueueChange()');
  await click();
  await waitInPage(page, 'window.__bench.change.end !== undefined', 'the queue change', 35_000);
  const change = await inPage<{ start: number | null; end: number | null }>(page, 'window.__bench.change');
  if (change.start === null || change.end === null) throw new Error('the queue did not change within 30 s');
  return change.end - change.start;
}

async function changes(page: Page): Promise<Array<{ change: string; ms: number }>> {
  const results: Array<{ change: string; ms: number }> = [];
  // The default sort is oldest first: its header again gives newest first.
  results.push({
    change: 'sort: newest first',
    ms: await timeChange(page, () => page.locator(sortLabels).nth(column.submittedAt).click()),
  });
  results.push({
    change: 'sort: by number',
    ms: await timeChange(page, () => page.locator(sortLabels).nth(column.number).click()),
  });
  // Filter: the first region in the region picker.
  await page.getByRole('combobox', { name: /^(地区|Region)/ }).click();
  const option = page.getByRole('option').first();
  await option.waitFor();
  results.push({ change: 'filter: one region', ms: await timeChange(page, () => option.click()) });
  await page.keyboard.press('Escape');
  return results;
}

/** Gives back every claim the reviewer holds: earlier measures leave theirs behind (closed pages). */
async function releaseClaims(context: BrowserContext): Promise<void> {
  const held = await context.request.get('/api/me/claims');
  if (!held.ok()) throw new Error(`GET /api/me/claims answered ${held.status()}`);
  for (const claim of ((await held.json()) as { items: Array<{ id: string }> }).items) {
    const released = await context.request.delete(`/api/requests/${encodeURIComponent(claim.id)}/claim`);
    if (!released.ok()) throw new Error(`releasing a claim answered ${released.status()}`);
  }
}

/**
 * A request's workspace, then the queue through the navigation link: the time from the click to the
 * first page of rows. The workspace never asks for the list, so the queue fetches it.
 */
async function openedFromWorkspace(page: Page): Promise<number> {
  // As a reviewer would: a moment on the request, in which the console fetches what it keeps ahead.
  await page.waitForTimeout(1500);
  return timeChange(page, () => page.getByRole('link', { name: /^(审核队列|Review queue)$/ }).click());
}

/**
 * The queue over a large world, in fresh pages: opened in the app (then sort and filter changes),
 * and loaded as a page.
 */
export async function measureQueue(browser: Browser, origin: string, runs: number): Promise<QueueRuns> {
  const context = await signedInContext(browser, origin, 'reviewer1');
  const result: QueueRuns = { firstPageMs: [], firstPageLoadMs: [], changes: [] };
  try {
    // Run 0 warms the cache and is not counted.
    for (let run = 0; run <= runs; run++) {
      // Below the claim limit again before claiming one more.
      await releaseClaims(context);
      const page = await openWorkspace(context);
      const opened = await openedFromWorkspace(page);
      if (run > 0) {
        result.firstPageMs.push(opened);
        result.changes.push(...(await changes(page)));
      }
      await page.close();

      const loaded = await context.newPage();
      await loaded.goto('/', { waitUntil: 'commit' });
      const shown = await shownAt(loaded, 'queueShown', 'the queue');
      if (run > 0) result.firstPageLoadMs.push(shown);
      await loaded.close();
    }
  } finally {
    await context.close();
  }
  return result;
}
