import type { Browser, Page } from 'playwright';
import { signedInContext } from '../browser';
import { inPage, shownAt } from '../in-page';

export interface QueueRuns {
  /** From navigation start to the first page of rows shown (warm cache: scripts revalidated). */
  firstPageMs: number[];
  /** From the click to the new rows shown with nothing loading, per change. */
  changes: Array<{ change: string; ms: number }>;
}

const sortLabels = 'table:has(thead .MuiTableSortLabel-root) thead th .MuiTableSortLabel-root';
const column = { number: 0, submittedAt: 2 } as const;

/** Measures one click that changes the rows: armed in the page, timed from the click in the page. */
async function timeChange(page: Page, click: () => Promise<void>): Promise<number> {
  await inPage(page, 'window.__bench.armQueueChange()');
  await click();
  await page.waitForFunction('window.__bench.change.end !== undefined', undefined, { timeout: 35_000 });
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

/** The queue over a large world: the first page, then sort and filter changes, in fresh pages. */
export async function measureQueue(browser: Browser, origin: string, runs: number): Promise<QueueRuns> {
  const context = await signedInContext(browser, origin, 'reviewer1');
  const result: QueueRuns = { firstPageMs: [], changes: [] };
  try {
    // Run 0 warms the cache and is not counted.
    for (let run = 0; run <= runs; run++) {
      const page = await context.newPage();
      await page.goto('/', { waitUntil: 'commit' });
      const shown = await shownAt(page, 'queueShown', 'the queue');
      if (run > 0) {
        result.firstPageMs.push(shown);
        result.changes.push(...(await changes(page)));
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
  return result;
}
