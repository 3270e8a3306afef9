import type { QueryClient } from '@tanstack/react-query';
import { myClaimsQuery } from '@/api/endpoints/claims';
import { requestDetailQuery } from '@/api/endpoints/requests';
import { sessionQuery } from '@/api/endpoints/session';
import type { Session } from '@/api/generated/zod';
import { prefetchQueue } from '@/features/review-queue/prefetch';
import { pageAt } from './paths';

interface Address {
  pathname: string;
  search: string;
}

export interface FirstScreenData {
  queryClient: QueryClient;
  /** Settles once the first screen's data has answered (or failed: the page shows the error). */
  answered: Promise<void>;
}

/**
 * At start-up, asks at once for the session and for the data the first screen shows, instead of one
 * after another: left to itself, the guard asks for the session, then the page for its data. The
 * data is asked for before the session is known: for someone signed out it answers 401, which the app
 * reads as signed out (the sign-in page shows), and nothing is disclosed. Only the screens reviewers
 * start on all day (the queue, the workspace) are prefetched; any other page asks for the session.
 */
export function requestFirstScreenData(queryClient: QueryClient, address: Address): FirstScreenData {
  const session = queryClient.fetchQuery(sessionQuery()).catch(() => null);
  const page = pageData(address);
  const forSession = page?.forSession;
  const answered = Promise.all([
    session,
    page?.data(queryClient),
    forSession ? session.then((current) => current && forSession(queryClient, current)) : undefined,
  ]).then(() => undefined);
  return { queryClient, answered };
}

interface PageData {
  /** What the page asks for on its first render. */
  data: (queryClient: QueryClient) => Promise<void>;
  /** What it asks for only for some roles, once the session says who this is. */
  forSession?: (queryClient: QueryClient, session: Session) => Promise<void>;
}

function pageData({ pathname, search }: Address): PageData | null {
  const at = pageAt(pathname);
  if (at?.page === 'queue') {
    return {
      data: (queryClient) => prefetchQueue(queryClient, search),
      forSession: async (queryClient, session) => {
        if (session.user.role === 'reviewer') await queryClient.prefetchQuery(myClaimsQuery());
      },
    };
  }
  const requestId = at?.requestId;
  if (requestId) return { data: (queryClient) => queryClient.prefetchQuery(requestDetailQuery(requestId)) };
  return null;
}
