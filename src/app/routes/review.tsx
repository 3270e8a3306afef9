import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { claimKeys } from '@/api/endpoints/claims';
import { requestKeys } from '@/api/endpoints/requests';
import { cancelGiveBack, scheduleGiveBack } from '@/features/review-workspace/next-request';
import { ReviewPage } from '@/features/review-workspace/review-page';
import { paths } from '../paths';
import { useSession } from '../session-context';
import { usePhotoEvidence } from '../use-photo-evidence';

export function ReviewRoute() {
  const { requestId = '' } = useParams();
  const session = useSession();
  const evidence = usePhotoEvidence(requestId);
  const queryClient = useQueryClient();
  // The request claimed ahead is for continuous review: leaving the review pages gives it back.
  useEffect(() => {
    cancelGiveBack();
    return () =>
      scheduleGiveBack(() => {
        void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
        void queryClient.invalidateQueries({ queryKey: claimKeys.all });
      });
  }, [queryClient]);
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
