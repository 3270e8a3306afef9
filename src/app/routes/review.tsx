import { useParams } from 'react-router';
import { ReviewPage } from '@/features/review-workspace/review-page';
import { paths } from '../paths';
import { useSession } from '../session-context';

export function ReviewRoute() {
  const { requestId = '' } = useParams();
  const session = useSession();
  return (
    <ReviewPage
      key={requestId}
      requestId={requestId}
      user={session.user}
      queuePath={paths.queue}
      reviewPath={paths.review}
    />
  );
}
