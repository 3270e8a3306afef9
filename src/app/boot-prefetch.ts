import { matchPath } from 'react-router';
import { paths } from './paths';
import { pages } from './router';

/**
 * At start-up, loads the first page's code through the router's own loader, alongside its data
 * (first-screen-data.ts): rendered before its code is here, the page would suspend, and React holds
 * a suspended page back for up to 300 ms after its code arrives.
 */
export function loadFirstScreenCode(pathname: string): Promise<unknown> {
  const page = firstPage(pathname);
  return page ? page.load().catch(() => undefined) : Promise.resolve();
}

function firstPage(pathname: string) {
  if (pathname === paths.queue) return pages.queue;
  if (matchPath(paths.reviewPattern, pathname)) return pages.review;
  const other = {
    [paths.dashboard]: pages.dashboard,
    [paths.claims]: pages.claims,
    [paths.signIn]: pages.signIn,
  }[pathname];
  return other ?? null;
}
