import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { claimKeys } from '@/api/endpoints/claims';
import { requestKeys } from '@/api/endpoints/requests';
import { cancelGiveBack, scheduleGiveBack } from '@/features/review-workspace/next-request';
import { ReviewPage } from '@/features/review-workspace/review-page';
import { useShownRequest } from '@/features/review-workspace/use-shown-request';
import { paths } from '../paths';
import { useSession } from '../session-context';
import { usePhotoEvidence } from '../use-photo-evidence';

export function ReviewRoute() {
  const { requestId: addressId = '' } = useParams();
  const navigate = useNavigate();
  const goTo = useCallback((id: string) => void navigate(paths.review(id)), [navigate]);
  // After a decision the next request is shown in the same task, before the address follows.
  const { shownId: requestId, showRequest } = useShownRequest(addressId, goTo);
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
      showRequest={showRequest}
      evidence={evidence}
    />
  );
}
