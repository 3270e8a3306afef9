import { prefetchQueue } from '@/features/review-queue/prefetch';
import { QueuePage } from '@/features/review-queue/queue-page';
import type { RoutePrefetch } from '../boot-prefetch';
import { paths } from '../paths';
import { useSession } from '../session-context';

export function QueueRoute() {
  const session = useSession();
  return <QueuePage user={session.user} reviewPath={paths.review} />;
}

/** The queue's list, regions and the reviewer's claims, asked for at start-up (see boot-prefetch). */
export const prefetch: RoutePrefetch = (queryClient, session, address) =>
  prefetchQueue(queryClient, session.user, address.search);
