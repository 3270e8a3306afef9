import { pageAt } from './paths';
import { pages } from './router';

/**
 * At start-up, loads the first page's code through the router's own loader, alongside its data
 * (first-screen-data.ts): rendered before its code is here, the page would suspend, and React holds
 * a suspended page back for up to 300 ms after its code arrives.
 */
export function loadFirstScreenCode(pathname: string): Promise<unknown> {
  const at = pageAt(pathname);
  return at ? pages[at.page].load().catch(() => undefined) : Promise.resolve();
}
