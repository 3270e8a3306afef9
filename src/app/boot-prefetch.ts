import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { myClaimsQuery } from '@/api/endpoints/claims';
import { requestDetailQuery } from '@/api/endpoints/requests';
import { sessionQuery } from '@/api/endpoints/session';
import type { Session } from '@/api/generated/zod';
import { prefetchQueue } from '@/features/review-queue/prefetch';
import { paths } from './paths';
import { pages } from './router';

interface Address {
  pathname: string;
  search: string;
}

interface FirstScreen {
  /** The page's code, through the router's own loader, so that its first render need not wait. */
  load: () => Promise<unknown>;
  /** What the page asks for on its first render (the queue and the workspace only). */
  data?: (queryClient: QueryClient) => void;
  /** What it asks for only for some roles, once the session says who this is. */
  forSession?: (queryClient: QueryClient, session: Session) => void;
}

/**
 * At start-up, asks at once for what the first screen needs, instead of one thing after another: the
 * session, the page's code and the page's data together. Left to itself, the router loads the page's
 * code, then the guard asks for the session, then the page for its data: three round trips before the
 * first row. The data is asked for before the session is known: for someone signed out it answers
 * 401, which the app reads as signed out (the sign-in page shows), and nothing is disclosed.
 *
 * Resolves once all of it has been asked for and the page's code is here (the data need not have
 * answered): the app renders after that, so that its first render, a long task on a slow PC, does not
 * hold the requests back, and the page renders without suspending. Only the screens reviewers
 * start on all day (the queue, the workspace) are prefetched.
 */
export async function prefetchFirstScreen(queryClient: QueryClient, address: Address): Promise<void> {
  const session = queryClient.fetchQuery(sessionQuery()).catch(() => null);
  const page = firstScreen(address);
  if (!page) return;
  // The page's code too: rendered before it is here, the page would suspend, and React holds a
  // suspended page back for up to 300 ms after its code arrives.
  const code = page.load().catch(() => undefined);
  page.data?.(queryClient);
  const current = await session;
  if (current) page.forSession?.(queryClient, current);
  await code;
}

function firstScreen({ pathname, search }: Address): FirstScreen | null {
  if (pathname === paths.queue) {
    return {
      load: pages.queue.load,
      data: (queryClient) => prefetchQueue(queryClient, search),
      forSession: (queryClient, session) => {
        if (session.user.role === 'reviewer') void queryClient.prefetchQuery(myClaimsQuery());
      },
    };
  }
  const requestId = matchPath(paths.reviewPattern, pathname)?.params.requestId;
  if (requestId) {
    return {
      load: pages.review.load,
      data: (queryClient) => void queryClient.prefetchQuery(requestDetailQuery(requestId)),
    };
  }
  // Any other page: its code at least, so that its first render does not suspend either.
  const other = {
    [paths.dashboard]: pages.dashboard,
    [paths.claims]: pages.claims,
    [paths.signIn]: pages.signIn,
  }[pathname];
  return other ? { load: other.load } : null;
}
