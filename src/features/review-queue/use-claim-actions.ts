import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { claimKeys, claimNext, claimRequest, releaseClaim } from '@/api/endpoints/claims';
import { requestKeys } from '@/api/endpoints/requests';
import type { RequestDetail } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { useNotify } from '@/components/notifier';
import { useI18n } from '@/i18n/i18n';

/** Claiming and releasing from the queue, with the outcome told in words. */
export function useClaimActions(reviewPath: (requestId: string) => string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const { t } = useI18n();

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: claimKeys.all });
  };
  const open = (detail: RequestDetail) => {
    queryClient.setQueryData(requestKeys.detail(detail.id), detail);
    refresh();
    void navigate(reviewPath(detail.id));
  };
  const fail = (error: unknown) => {
    notify(describeError(error, t), 'error');
    refresh();
  };

  const next = useMutation({
    mutationFn: claimNext,
    onSuccess: (detail) => {
      if (detail) open(detail);
      else {
        notify(t('claim.queueEmpty'), 'info');
        refresh();
      }
    },
    onError: fail,
  });
  const claim = useMutation({ mutationFn: claimRequest, onSuccess: open, onError: fail });
  const release = useMutation({
    mutationFn: ({ requestId }: { requestId: string; number: string }) => releaseClaim(requestId),
    onSuccess: (_data, { number }) => {
      notify(t('claim.released', { number }), 'success');
      refresh();
    },
    onError: fail,
  });
  return { next, claim, release };
}
