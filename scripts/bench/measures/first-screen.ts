import type { Browser, CDPSession } from 'playwright';
import { signedInContext } from '../browser';
import { afterPaint, inPage, shownAt, until, waitInPage } from '../in-page';

export interface FirstScreenRun {
  lcpMs: number;
  lcpElement: string | null;
  shownMs: number;
  /**
   * Bytes on the wire (gzip as served, headers included) of the scripts asked for before the first
   * screen's content stood in the page: what that screen needed.
   */
  jsBytes: number;
  scripts: Array<{ url: string; bytes: number }>;
  /** Scripts fetched ahead after the content was up and before the screen was complete (not counted). */
  aheadBytes: number;
}

interface ScriptLoad {
  url: string;
  bytes?: number;
}

/** Records the scripts a page loads, with what each cost on the wire (CDP `Network.loadingFinished`). */
async function recordScripts(cdp: CDPSession): Promise<Map<string, ScriptLoad>> {
  const scripts = new Map<string, ScriptLoad>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script' || /javascript/i.test(event.response.mimeType)) {
      scripts.set(event.requestId, { url: event.response.url });
    }
  });
  cdp.on('Network.loadingFinished', (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.bytes = event.encodedDataLength;
  });
  await cdp.send('Network.enable');
  return scripts;
}

/**
 * One cold load: a new context (empty cache), signed in through the API, then a navigation straight
 * to the queue or to a request just claimed. Measures LCP and the JavaScript it took to show it.
 */
export async function coldLoad(
  browser: Browser,
  origin: string,
  screen: 'queue' | 'workspace',
): Promise<FirstScreenRun> {
  const context = await signedInContext(browser, origin, 'reviewer1');
  let claimed: string | undefined;
  try {
    let path = '/';
    if (screen === 'workspace') {
      const response = await context.request.post('/api/requests/claim-next');
      if (response.status() !== 200) throw new Error(`claim-next answered ${response.status()}`);
      claimed = ((await response.json()) as { id: string }).id;
      path = `/review/${claimed}`;
    }
    const page = await context.newPage();
    const scripts = await recordScripts(await context.newCDPSession(page));
    await page.goto(path, { waitUntil: 'commit' });
    const shownMs = await shownAt(
      page,
      screen === 'queue' ? 'queueShown' : 'workspaceShown',
      screen === 'queue' ? 'the queue' : 'the workspace',
    );
    // The first screen's scripts: those requested until it was shown, each loaded to the end.
    const firstScreen = [...scripts.values()];
    await until(() => firstScreen.every((s) => s.bytes !== undefined), 'the scripts to finish loading');
    await afterPaint(page);
    // LCP entries are reported after the frame is presented, which can take longer than two frames.
    await waitInPage(page, 'window.__bench.lcp.length > 0', 'the LCP entry', 5000).catch(() => undefined);
    const lcp = await inPage<Array<{ time: number; element: string | null }>>(page, 'window.__bench.lcp');
    const last = lcp.at(-1);
    if (!last) throw new Error('no largest-contentful-paint entry');
    // When each script was asked for, on the page's clock (Resource Timing), against the content.
    const timing = await inPage<{ contentAt: number | null; starts: Record<string, number> }>(
      page,
      `({ contentAt: window.__bench.contentAt ?? null, starts: Object.fromEntries(
        performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])) })`,
    );
    if (timing.contentAt === null) throw new Error('the first screen’s content time was not recorded');
    const contentAt = timing.contentAt;
    const loaded = firstScreen.map((s) => ({
      url: new URL(s.url).pathname,
      bytes: s.bytes ?? 0,
      needed: (timing.starts[s.url] ?? 0) < contentAt,
    }));
    const needed = loaded.filter((s) => s.needed);
    return {
      lcpMs: last.time,
      lcpElement: last.element,
      shownMs,
      jsBytes: needed.reduce((sum, s) => sum + s.bytes, 0),
      scripts: needed.map(({ url, bytes }) => ({ url, bytes })),
      aheadBytes: loaded.filter((s) => !s.needed).reduce((sum, s) => sum + s.bytes, 0),
    };
  } finally {
    // Give the claim back, so the next cold run (and the reviewer's claim limit) starts clean.
    if (claimed) await context.request.delete(`/api/requests/${claimed}/claim`).catch(() => undefined);
    await context.close();
  }
}
