import type { Browser } from 'playwright';
import { signedInContext } from '../browser';
import { inPage, shownAt } from '../in-page';

/** From navigation start to every widget showing its figures (warm cache; run 0 is not counted). */
export async function measureDashboard(browser: Browser, origin: string, runs: number): Promise<number[]> {
  const context = await signedInContext(browser, origin, 'supervisor1');
  const samples: number[] = [];
  try {
    for (let run = 0; run <= runs; run++) {
      const page = await context.newPage();
      await page.goto('/dashboard', { waitUntil: 'commit' });
      try {
        const shown = await shownAt(page, 'dashboardShown', 'every dashboard widget');
        if (run > 0) samples.push(shown);
      } catch (error) {
        const failed = await inPage<number>(page, 'window.__bench.dashboardFailed()').catch(() => 0);
        throw failed > 0 ? new Error(`${failed} dashboard widget(s) showed an error`) : error;
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
  return samples;
}
