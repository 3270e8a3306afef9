import { QueuePage } from '@/features/review-queue/queue-page';
import { paths } from '../paths';
import { useSession } from '../session-context';

export function QueueRoute() {
  const session = useSession();
  return <QueuePage user={session.user} reviewPath={paths.review} />;
}
