import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { claimKeys, claimNext } from '@/api/endpoints/claims';
import { decideRequest, skipRequest, undoDecision } from '@/api/endpoints/decisions';
import { requestKeys } from '@/api/endpoints/requests';
import type { Decision, DecisionInput, RequestDetail, SkipInput } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { useNotify } from '@/components/notifier';
import { useI18n } from '@/i18n/i18n';

const UNDO_TOAST_MS = 8000;

interface FlowOptions {
  request: RequestDetail;
  reviewPath: (requestId: string) => string;
  queuePath: string;
  /** Called once the server has the decision or skip: the page must not release the claim any more. */
  onSettledAway: () => void;
  onLeaseLost: () => void;
}

/**
 * Continuous review: decide (or skip), then claim and show the next request at once. Decisions are
 * sent with one idempotency key per attempt, so retries after a network failure can never record a
 * decision twice. The reviewer can undo from the toast for a few seconds.
 */
export function useDecisionFlow({ request, reviewPath, queuePath, onSettledAway, onLeaseLost }: FlowOptions) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const { t } = useI18n();

  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: claimKeys.all });
  };

  const moveOn = async () => {
    queryClient.removeQueries({ queryKey: requestKeys.detail(request.id) });
    try {
      const next = await claimNext();
      refreshLists();
      if (next) {
        queryClient.setQueryData(requestKeys.detail(next.id), next);
        await navigate(reviewPath(next.id));
      } else {
        await navigate(queuePath);
        notify(t('decision.queueDone'), 'info');
      }
    } catch (error) {
      refreshLists();
      await navigate(queuePath);
      notify(describeError(error, t), 'error');
    }
  };

  const undo = async (decision: Decision) => {
    try {
      const restored = await undoDecision(decision.id);
      queryClient.setQueryData(requestKeys.detail(restored.id), restored);
      refreshLists();
      await navigate(reviewPath(restored.id));
      notify(t('decision.undone', { number: restored.number }), 'success');
    } catch (error) {
      notify(describeError(error, t), 'error');
    }
  };

  const decide = useMutation({
    mutationFn: ({ input, key }: { input: DecisionInput; key: string }) =>
      decideRequest(request.id, request.version, key, input),
    // Lost answers are retried with the same key; the server replays the first answer.
    retry: (count, error) => count < 3 && isApiError(error) && error.retryable,
    retryDelay: (attempt) => Math.min(4000, 500 * 2 ** attempt),
    onSuccess: async (decision) => {
      onSettledAway();
      const message =
        decision.outcome === 'approved'
          ? t('decision.approved', { number: request.number })
          : t('decision.rejected', { number: request.number });
      notify(message, 'success', {
        durationMs: UNDO_TOAST_MS,
        action: { label: t('decision.undo'), onClick: () => void undo(decision) },
      });
      await moveOn();
    },
    onError: (error) => {
      if (isApiError(error) && (error.is('lease-lost') || error.is('not-claimable'))) onLeaseLost();
    },
  });

  const skip = useMutation({
    mutationFn: (input: SkipInput) => skipRequest(request.id, input),
    onSuccess: async () => {
      onSettledAway();
      notify(t('skip.done', { number: request.number }), 'info');
      await moveOn();
    },
    onError: (error) => {
      if (isApiError(error) && error.is('lease-lost')) onLeaseLost();
    },
  });

  return { decide, skip };
}
