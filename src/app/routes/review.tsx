import { useParams } from 'react-router';
import { ReviewPage } from '@/features/review-workspace/review-page';
import { paths } from '../paths';
import { useSession } from '../session-context';
import { usePhotoEvidence } from '../use-photo-evidence';

export function ReviewRoute() {
  const { requestId = '' } = useParams();
  const session = useSession();
  const evidence = usePhotoEvidence(requestId);
  return (
    <ReviewPage
      key={requestId}
      requestId={requestId}
      user={session.user}
      queuePath={paths.queue}
      reviewPath={paths.review}
      evidence={evidence}
    />
  );
}
