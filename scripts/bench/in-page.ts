import type { Page } from 'playwright';

/**
 * Evaluates an expression in the page (awaiting it when it is a promise). Expressions are strings on
 * purpose: functions compiled by tsx may carry helpers (`__name`) that do not exist in the page.
 */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** Polls a predicate (a function, as source) with the probe: the in-page time it held, or null. */
function holdsAt(page: Page, predicate: string, timeoutMs: number): Promise<number | null> {
  return inPage<number | null>(page, `window.__bench.waitFor(${predicate}, ${timeoutMs})`);
}

/** Waits in the page until a probe predicate (a `window.__bench` member) holds; the in-page time. */
export async function shownAt(
  page: Page,
  predicate: string,
  what: string,
  timeoutMs = 30_000,
): Promise<number> {
  const time = await holdsAt(page, `window.__bench.${predicate}`, timeoutMs);
  if (time === null) throw new Error(`${what} not shown within ${timeoutMs / 1000} s`);
  return time;
}

/**
 * Waits until an expression holds in the page. Unlike `page.waitForFunction`, which compiles the
 * string in the page (refused by the production server's CSP, which has no 'unsafe-eval'), the
 * expression arrives as part of an evaluated script and is polled by the probe.
 */
export async function waitInPage(
  page: Page,
  expression: string,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const time = await holdsAt(page, `() => (${expression})`, timeoutMs);
  if (time === null) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

/** Two animation frames: whatever was just rendered has been painted and reported. */
export function afterPaint(page: Page): Promise<void> {
  return inPage(page, 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))');
}

/** Polls a condition in Node until it holds. */
export async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
