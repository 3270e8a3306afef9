import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { claimKeys, releaseClaim } from '@/api/endpoints/claims';
import { skipRequest, undoDecision } from '@/api/endpoints/decisions';
import { forgetPhotos } from '@/api/endpoints/photos';
import { requestKeys } from '@/api/endpoints/requests';
import type { Decision, DecisionInput, RequestDetail, SkipInput } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { useAnnounce, useNotify } from '@/components/notifier';
import { useI18n } from '@/i18n/i18n';
import { decisionOutbox } from './decision-outbox';
import { nextRequest } from './next-request';
import { clearRecentDecision, isCurrentGeneration, nextGeneration } from './recent-decision';

interface FlowOptions {
  request: RequestDetail;
  userId: string;
  reviewPath: (requestId: string) => string;
  /** Shows another request at once (synchronously), then puts it in the address. */
  showRequest: (requestId: string) => void;
  queuePath: string;
  /** The decision is in the outbox, or the server has the skip: no release, no more actions here. */
  onDone: () => void;
  /** The server has the skip: the draft for this request can go. */
  onSkipped: () => void;
  /** Something is on its way to the server. */
  onBusy: () => void;
  /** It failed and the reviewer may try again. */
  onRetryable: () => void;
  onLeaseLost: () => void;
  onRevoked: (error: unknown) => void;
}

/**
 * Continuous review: decide (or skip), then show the next request at once, from memory when it was
 * claimed ahead. A decision goes into the outbox, which sends it (one idempotency key per attempt, the
 * same on every retry, so it can never be recorded twice) while the reviewer is already on the next
 * request; the outbox's runner tells them when it is confirmed (with Undo) or refused. Undo (toast,
 * banner or the U key) wins over a move-on still in progress.
 */
export function useDecisionFlow(options: FlowOptions) {
  const { request, userId, reviewPath, showRequest, queuePath, onDone, onSkipped, onBusy } = options;
  const { onRetryable, onLeaseLost, onRevoked } = options;
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
    const forgetDecided = () => {
      queryClient.removeQueries({ queryKey: requestKeys.detail(request.id) });
      forgetPhotos([request.newPhoto, request.cardPhoto]);
    };
    try {
      const found = nextRequest(userId);
      const next = 'ready' in found ? found.ready : await found.pending;
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
        // Rendered at once, in this task: the next request and its photos are already in memory.
        showRequest(next.id);
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

  const undo = useUndoDecision(reviewPath);

  /** Puts the decision into the outbox and moves on without waiting for the server. */
  const decide = ({ input, key }: { input: DecisionInput; key: string }) => {
    decisionOutbox.enqueue({
      requestId: request.id,
      number: request.number,
      version: request.version,
      key,
      input,
    });
    onDone();
    const text =
      input.outcome === 'approved'
        ? t('outbox.sendingApproval', { number: request.number })
        : t('outbox.sendingRejection', { number: request.number });
    if (mounted.current) void moveOn(text);
  };

  const skip = useMutation({
    mutationFn: (input: SkipInput) => skipRequest(request.id, input),
    onMutate: onBusy,
    onSuccess: async () => {
      onDone();
      onSkipped();
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

/** Takes a decision back and opens the request again (the server gives it back claimed). */
export function useUndoDecision(reviewPath: (requestId: string) => string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const announce = useAnnounce();
  const { t } = useI18n();
  return async (decision: Decision) => {
    nextGeneration();
    clearRecentDecision();
    try {
      const restored = await undoDecision(decision.id);
      queryClient.setQueryData(requestKeys.detail(restored.id), restored);
      void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: claimKeys.all });
      const message = t('decision.undone', { number: restored.number });
      notify(message, 'success');
      announce(message);
      await navigate(reviewPath(restored.id));
    } catch (error) {
      notify(describeError(error, t), 'error');
    }
  };
}
