import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import type { ApiError } from '@/api/api-error';
import { claimKeys } from '@/api/endpoints/claims';
import { requestKeys } from '@/api/endpoints/requests';
import { sessionKeys } from '@/api/endpoints/session';
import type { Decision } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { useAnnounce, useNotify } from '@/components/notifier';
import { useI18n } from '@/i18n/i18n';
import { clearDraft } from './draft-storage';
import {
  decisionOutbox,
  forgetTakenRequest,
  fromStoredError,
  useOutbox,
  type OutboxEntry,
} from './decision-outbox';
import { UNDO_OFFER_MS, setRecentDecision } from './recent-decision';
import { useUndoDecision } from './use-decision-flow';
import { Tag } from '@/components/tag';

interface RunnerOptions {
  userId: string;
  /** False while the session has expired and the reviewer is signing in again. */
  signedIn: boolean;
  reviewPath: (requestId: string) => string;
}

/**
 * Runs the decision outbox for the signed-in reviewer, on every page: sends what is waiting (also what
 * a reload left), sends again when the network or the session comes back, and tells the reviewer when
 * a decision is confirmed (with Undo) or refused for good (with the way back to the request, whose
 * ticks and note are kept).
 */
export function useDecisionOutboxRunner({ userId, signedIn, reviewPath }: RunnerOptions): void {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { t } = useI18n();
  const undo = useUndoDecision(reviewPath);

  const confirmed = (entry: OutboxEntry, decision: Decision) => {
    clearDraft(userId, entry.requestId);
    setRecentDecision(decision, entry.number);
    const message =
      decision.outcome === 'approved'
        ? t('decision.approved', { number: entry.number })
        : t('decision.rejected', { number: entry.number });
    // Also said through the page's lasting live region: the toast's own region is inserted together
    // with its text, which screen readers often do not read out.
    announce(message);
    notify(message, 'success', {
      durationMs: UNDO_OFFER_MS,
      action: { label: t('decision.undo'), onClick: () => void undo(decision) },
    });
    void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: claimKeys.all });
    void queryClient.invalidateQueries({ queryKey: requestKeys.detail(entry.requestId) });
  };

  const failed = (entry: OutboxEntry, error: ApiError) => {
    void queryClient.invalidateQueries({ queryKey: claimKeys.all });
    void queryClient.invalidateQueries({ queryKey: requestKeys.detail(entry.requestId) });
    if (error.is('claim-revoked')) {
      forgetTakenRequest(userId, entry.requestId);
    }
    const message = error.is('claim-revoked')
      ? `${entry.number}: ${describeError(error, t)}`
      : t('outbox.failed', { number: entry.number, reason: describeError(error, t) });
    // Not announced as well: an error toast is an alert, which screen readers read out as it appears.
    notify(message, 'error', {
      durationMs: 20_000,
      action: error.is('claim-revoked')
        ? undefined
        : {
            label: t('outbox.open', { number: entry.number }),
            onClick: () => void navigate(reviewPath(entry.requestId)),
          },
    });
  };

  // The outbox keeps the latest handlers without being re-attached on every render.
  const handlers = useRef({ confirmed, failed });
  useEffect(() => {
    handlers.current = { confirmed, failed };
  });

  useEffect(() => {
    const detach = decisionOutbox.attach(userId, {
      confirmed: (entry, decision) => handlers.current.confirmed(entry, decision),
      failed: (entry, error) => handlers.current.failed(entry, error),
      unauthorized: () => queryClient.setQueryData(sessionKeys.all, null),
    });
    const onOnline = () => decisionOutbox.resume();
    window.addEventListener('online', onOnline);
    return () => {
      detach();
      window.removeEventListener('online', onOnline);
    };
  }, [userId, queryClient]);

  useEffect(() => {
    if (signedIn) decisionOutbox.resume();
  }, [signedIn]);
}

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser says it is online, as it changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/**
 * How many decisions are on their way, for the app bar. It keeps its place when there are none, so that
 * nothing moves on every decision; not a live region (moving on already says the decision is on its way).
 */
export function OutboxChip() {
  const { t } = useI18n();
  const sending = useOutbox().filter((e) => e.state === 'sending');
  return (
    <Tag
      label={t('outbox.pending', { count: sending.length })}
      title={sending.map((e) => e.number).join(', ')}
      aria-hidden={sending.length === 0}
      sx={{
        visibility: sending.length === 0 ? 'hidden' : 'visible',
        bgcolor: 'rgba(255,255,255,0.9)',
        color: 'info.dark',
        fontWeight: 600,
      }}
    />
  );
}

/**
 * What needs the reviewer's attention about work in flight, above the page: offline (at once, and
 * what is kept) and decisions refused for good, with the way back to them.
 */
export function OutboxStatus({ reviewPath }: { reviewPath: (requestId: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const online = useOnline();
  const failed = useOutbox().filter((e) => e.state === 'failed');
  if (online && failed.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {!online ? (
        <Alert severity="warning" role="alert">
          {t('network.offline')}
        </Alert>
      ) : null}
      {failed.map((entry) => (
        <Alert
          key={entry.requestId}
          severity="error"
          action={
            <Stack direction="row" spacing={1}>
              <Button color="inherit" size="small" onClick={() => void navigate(reviewPath(entry.requestId))}>
                {t('outbox.open', { number: entry.number })}
              </Button>
              <Button color="inherit" size="small" onClick={() => decisionOutbox.dismiss(entry.requestId)}>
                {t('outbox.dismiss')}
              </Button>
            </Stack>
          }
        >
          {t('outbox.failed', {
            number: entry.number,
            reason: entry.lastError ? describeError(fromStoredError(entry.lastError), t) : '',
          })}
        </Alert>
      ))}
    </Stack>
  );
}
