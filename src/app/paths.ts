import { matchPath } from 'react-router';

/** Every route of the console. Paths carry opaque ids only: never names or ID numbers. */
export const paths = {
  signIn: '/sign-in',
  queue: '/',
  review: (requestId: string) => `/review/${encodeURIComponent(requestId)}`,
  reviewPattern: '/review/:requestId',
  claims: '/claims',
  dashboard: '/dashboard',
  notAuthorised: '/not-authorised',
} as const;

/** The console's pages, as the router names them (router.tsx `pages`). */
export type PageName = 'signIn' | 'queue' | 'review' | 'dashboard' | 'claims';

/**
 * Which page an address opens, with the request of a workspace address: the one mapping the start-up
 * uses for both the page's code (boot-prefetch.ts) and its data (first-screen-data.ts). Null for
 * addresses with no page of their own (not found, not authorised).
 */
export function pageAt(pathname: string): { page: PageName; requestId?: string } | null {
  if (pathname === paths.queue) return { page: 'queue' };
  const requestId = matchPath(paths.reviewPattern, pathname)?.params.requestId;
  if (requestId) return { page: 'review', requestId };
  const other = (
    { [paths.dashboard]: 'dashboard', [paths.claims]: 'claims', [paths.signIn]: 'signIn' } as const
  )[pathname];
  return other ? { page: other } : null;
}
