import type { QueryClient } from '@tanstack/react-query';
import { sessionQuery } from '@/api/endpoints/session';
import type { Session } from '@/api/generated/zod';
import { paths } from './paths';

interface Address {
  pathname: string;
  search: string;
}

/** What a route module offers to start before its page first renders. */
export type RoutePrefetch = (queryClient: QueryClient, session: Session, address: Address) => void;

/**
 * At start-up, asks at once for what the first screen needs, instead of one thing after another: the
 * page's code and the session together, then the page's data as soon as both are there. Left to
 * itself, the router loads the page's code, then the guard asks for the session, then the page for
 * its data: three round trips before the first row.
 *
 * Resolves once the page's data has been asked for (not answered): the app renders after that, so
 * that its first render, a long task on a slow PC, does not hold the requests back. Only the screens
 * reviewers start on all day (the queue, the workspace) are prefetched, and nothing is asked for
 * anyone not signed in (the session answers null; the sign-in page shows).
 */
export async function prefetchFirstScreen(queryClient: QueryClient, address: Address): Promise<void> {
  const session = queryClient.fetchQuery(sessionQuery()).catch(() => null);
  const route = routeModule(address.pathname);
  if (!route) return;
  try {
    const [current, module] = await Promise.all([session, route()]);
    if (current) module.prefetch(queryClient, current, address);
  } catch {
    // A page whose code or data cannot be fetched now says so itself when it renders.
  }
}

function routeModule(pathname: string): (() => Promise<{ prefetch: RoutePrefetch }>) | null {
  if (pathname === paths.queue) return () => import('./routes/queue');
  if (/^\/review\/[^/]+$/.test(pathname)) return () => import('./routes/review');
  return null;
}
