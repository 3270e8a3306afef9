import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { claimKeys, claimNext, releaseClaim } from '@/api/endpoints/claims';
import { decideRequest, skipRequest, undoDecision } from '@/api/endpoints/decisions';
import { requestKeys } from '@/api/endpoints/requests';
import type { Decision, DecisionInput, RequestDetail, SkipInput } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { useAnnounce, useNotify } from '@/components/notifier';
import { useI18n } from '@/i18n/i18n';
import {
  UNDO_OFFER_MS,
  clearRecentDecision,
  isCurrentGeneration,
  nextGeneration,
  setRecentDecision,
} from './recent-decision';

interface FlowOptions {
  request: RequestDetail;
  reviewPath: (requestId: string) => string;
  queuePath: string;
  /** The server has the decision or skip: no release, no more actions on this request. */
  onDone: () => void;
  /** Something is on its way to the server. */
  onBusy: () => void;
  /** It failed and the reviewer may try again. */
  onRetryable: () => void;
  onLeaseLost: () => void;
  onRevoked: (error: unknown) => void;
}

/**
 * Continuous review: decide (or skip), then claim and show the next request at once. Decisions are
 * sent with one idempotency key per attempt, so retries after a network failure can never record a
 * decision twice. Undo (toast, banner or the U key) wins over a move-on still in progress.
 */
export function useDecisionFlow(options: FlowOptions) {
  const { request, reviewPath, queuePath, onDone, onBusy, onRetryable, onLeaseLost, onRevoked } = options;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const announce = useAnnounce();
  const { t } = useI18n();
  const [movingOn, setMovingOn] = useState(false);
  // Once the reviewer has left this page, a late answer must not drag them anywhere.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: claimKeys.all });
  };

  const moveOn = async (outcomeText: string) => {
    const ticket = nextGeneration();
    setMovingOn(true);
    // The decided request's cached detail goes only once we have left it: removing it while this page
    // still shows it would refetch it (403, no longer ours) and tear the page down mid-move.
    const forgetDecided = () => queryClient.removeQueries({ queryKey: requestKeys.detail(request.id) });
    try {
      const next = await claimNext();
      refreshLists();
      if (!isCurrentGeneration(ticket) || !mounted.current) {
        // An undo (or the reviewer) went elsewhere meanwhile: give the new claim straight back.
        if (next) void releaseClaim(next.id).finally(refreshLists);
        forgetDecided();
        return;
      }
      if (next) {
        queryClient.setQueryData(requestKeys.detail(next.id), next);
        announce(`${outcomeText} ${t('decision.nextShown', { number: next.number })}`);
        await navigate(reviewPath(next.id));
      } else {
        announce(`${outcomeText} ${t('decision.queueDone')}`);
        await navigate(queuePath);
      }
      forgetDecided();
    } catch (error) {
      forgetDecided();
      refreshLists();
      if (!isCurrentGeneration(ticket) || !mounted.current) return;
      notify(describeError(error, t), 'error');
      await navigate(queuePath);
    }
  };

  const undo = async (decision: Decision) => {
    nextGeneration();
    clearRecentDecision();
    try {
      const restored = await undoDecision(decision.id);
      queryClient.setQueryData(requestKeys.detail(restored.id), restored);
      refreshLists();
      const message = t('decision.undone', { number: restored.number });
      notify(message, 'success');
      announce(message);
      await navigate(reviewPath(restored.id));
    } catch (error) {
      notify(describeError(error, t), 'error');
    }
  };

  const decide = useMutation({
    mutationFn: ({ input, key }: { input: DecisionInput; key: string }) =>
      decideRequest(request.id, request.version, key, input),
    onMutate: onBusy,
    // Lost answers are retried with the same key; the server replays the first answer.
    retry: (count, error) => count < 3 && isApiError(error) && error.retryable,
    retryDelay: (attempt) => Math.min(4000, 500 * 2 ** attempt),
    onSuccess: async (decision) => {
      onDone();
      const message =
        decision.outcome === 'approved'
          ? t('decision.approved', { number: request.number })
          : t('decision.rejected', { number: request.number });
      setRecentDecision(decision, request.number);
      notify(message, 'success', {
        durationMs: UNDO_OFFER_MS,
        action: { label: t('decision.undo'), onClick: () => void undo(decision) },
      });
      if (mounted.current) await moveOn(message);
    },
    onError: (error) => {
      if (isApiError(error) && error.is('claim-revoked')) onRevoked(error);
      else if (isApiError(error) && error.is('lease-lost')) onLeaseLost();
      else onRetryable();
      if (!mounted.current) {
        // The reviewer left while it was on its way: tell them, and give the claim back.
        notify(`${t('decision.notRecorded')} ${describeError(error, t)}`, 'error');
        void releaseClaim(request.id)
          .catch(() => undefined)
          .finally(refreshLists);
      }
    },
  });

  const skip = useMutation({
    mutationFn: (input: SkipInput) => skipRequest(request.id, input),
    onMutate: onBusy,
    onSuccess: async () => {
      onDone();
      const message = t('skip.done', { number: request.number });
      notify(message, 'info');
      if (mounted.current) await moveOn(message);
    },
    onError: (error) => {
      if (isApiError(error) && error.is('claim-revoked')) onRevoked(error);
      else if (isApiError(error) && error.is('lease-lost')) onLeaseLost();
      else onRetryable();
    },
  });

  return { decide, skip, undo, movingOn };
}
