import type { Browser, Page } from 'playwright';
import { openWorkspace, signedInContext, type Username } from '../browser';
import { inPage, waitInPage } from '../in-page';

interface DecisionEntry {
  start: number;
  /** When the next request's title appeared (its photos may still have been loading). */
  titleAt: number | null;
  end: number | null;
}

export interface DecisionTiming {
  /** Approve pressed -> a different request's title with both photos decoded. */
  ms: number;
  titleMs: number | null;
}

/**
 * How long the fastest reviewer looks at a request before deciding: nobody judges two photos against
 * four rules in less. The app uses that time to claim the next request and decode its photos.
 */
export const LOOK_MS = 1500;

/**
 * One decision as a keyboard-only reviewer makes it: looks at the photos for LOOK_MS, 1-4 pass the
 * checks, A approves. Waits until the workspace can act (Reject enabled) and the checks took (Approve
 * enabled), so the timing starts at a keydown that really approves, whether the next request was shown
 * from a prefetch or after the server.
 */
async function approve(page: Page, lookMs = LOOK_MS): Promise<DecisionTiming> {
  await page.locator('button[aria-keyshortcuts="R"]:enabled').waitFor({ timeout: 30_000 });
  if (lookMs > 0) await page.waitForTimeout(lookMs);
  for (const key of ['1', '2', '3', '4']) await page.keyboard.press(key);
  await page.locator('button[aria-keyshortcuts="A"]:enabled').waitFor({ timeout: 10_000 });
  const index = await inPage<number>(page, 'window.__bench.decisions.length');
  await page.keyboard.press('a');
  await waitInPage(
    page,
    `window.__bench.decisions.length > ${index} && window.__bench.decisions[${index}].end !== undefined`,
    'the decision',
    35_000,
  );
  const entry = await inPage<DecisionEntry>(page, `window.__bench.decisions[${index}]`);
  if (entry.end === null) throw new Error('the next request was not shown with both photos within 30 s');
  return {
    ms: entry.end - entry.start,
    titleMs: entry.titleAt === null || entry.titleAt === undefined ? null : entry.titleAt - entry.start,
  };
}

export interface DecisionRun {
  timings: DecisionTiming[];
  /** Long tasks (over 50 ms, the Long Tasks API's threshold) from the first key to the last shown. */
  longTasksMs: number[];
}

/** `count` approvals in a row after one untimed warm-up approval. */
export async function measureDecisions(
  browser: Browser,
  origin: string,
  username: Username,
  count: number,
): Promise<DecisionRun> {
  const context = await signedInContext(browser, origin, username);
  try {
    const page = await openWorkspace(context);
    await approve(page);
    const runStart = await inPage<number>(page, 'performance.now()');
    const timings: DecisionTiming[] = [];
    for (let i = 0; i < count; i++) timings.push(await approve(page));
    const runEnd = await inPage<number>(page, 'performance.now()');
    const longTasks = await inPage<Array<{ start: number; duration: number }>>(
      page,
      'window.__bench.longTasks',
    );
    return {
      timings,
      longTasksMs: longTasks.filter((t) => t.start >= runStart && t.start <= runEnd).map((t) => t.duration),
    };
  } finally {
    await context.close();
  }
}

/** Used JS heap after a full garbage collection (CDP), in bytes. */
async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('no JSHeapUsedSize metric');
    return used;
  } finally {
    await cdp.detach();
  }
}

export interface HeapRun {
  earlyDecisions: number;
  lateDecisions: number;
  earlyBytes: number;
  lateBytes: number;
}

/** The page's JS heap after `early` decisions and after `late`, in one page, each after a full GC. */
export async function measureHeap(
  browser: Browser,
  origin: string,
  username: Username,
  early: number,
  late: number,
  onProgress?: (done: number) => void,
): Promise<HeapRun> {
  const context = await signedInContext(browser, origin, username);
  try {
    const page = await openWorkspace(context);
    let earlyBytes = 0;
    // Memory, not speed: no time spent looking (the photos are still fetched ahead at latency 0).
    for (let done = 1; done <= late; done++) {
      await approve(page, 0);
      if (done === early) earlyBytes = await heapUsed(page);
      if (done % 50 === 0) onProgress?.(done);
    }
    return { earlyDecisions: early, lateDecisions: late, earlyBytes, lateBytes: await heapUsed(page) };
  } finally {
    await context.close();
  }
}
