import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { claimKeys, claimRequest, releaseClaim } from '@/api/endpoints/claims';
import { photoSrc } from '@/api/endpoints/photos';
import { regionsQuery } from '@/api/endpoints/regions';
import { requestHistoryQuery } from '@/api/endpoints/decisions';
import { requestDetailQuery, requestKeys, requestReReview } from '@/api/endpoints/requests';
import type { CheckName, CheckResult, RejectionReason, RequestDetail, User } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { ErrorAlert } from '@/components/error-alert';
import { useAnnounce, useNotify } from '@/components/notifier';
import { PageLoader } from '@/components/page-loader';
import { StatusChip } from '@/components/status-chip';
import { Tooltip } from '@/components/tooltip';
import { useServerNow } from '@/components/use-now';
import { useI18n } from '@/i18n/i18n';
import { formatCountdown } from '@/lib/time';
import { Checklist, kbd } from './checklist';
import { CompareViewer, type HighlightBox } from './compare/compare-viewer';
import { initialFrame, useCompareViewer } from './compare/compare-state';
import { PhotoFacts } from './photo-facts';
import {
  ReReviewDialog,
  RejectDialog,
  ShortcutHelpDialog,
  SkipDialog,
  usePrefetchDialogs,
  WhenOpened,
} from './lazy-dialogs';
import { RequestPanel } from './request-panel';
import {
  machineForDecision,
  noMachineEvidence,
  suggestedReasons,
  type MachineEvidence,
} from './machine-evidence';
import { attemptFor, canApprove, toDecisionInput } from './review-draft';
import { useRecentDecision } from './recent-decision';
import { shortcutFor, shortcutKeys } from './shortcuts';
import { decisionOutbox, fromStoredError, useOutbox } from './decision-outbox';
import { prefetchNext } from './next-request';
import { useDecisionFlow } from './use-decision-flow';
import { useLease } from './use-lease';
import { useReviewDraft } from './use-review-draft';

interface ReviewPageProps {
  requestId: string;
  user: User;
  queuePath: string;
  reviewPath: (requestId: string) => string;
  /** Shows another request at once (after a decision); by default, goes to its address. */
  showRequest?: (requestId: string) => void;
  /** What the automatic pre-checks found for this request (provided by the app). */
  evidence?: MachineEvidence;
}

const LEASE_WARNING_MS = 2 * 60_000;
const noAreas: readonly HighlightBox[] = [];

/** Memoised: the address catching up after a move-on must not render the whole workspace again. */
export const ReviewPage = memo(function ReviewPage({
  requestId,
  user,
  queuePath,
  reviewPath,
  showRequest,
  evidence = noMachineEvidence,
}: ReviewPageProps) {
  const { t } = useI18n();
  const detail = useQuery(requestDetailQuery(requestId));

  if (detail.isPending) return <PageLoader />;
  // Only a first load that fails replaces the page: a failed background refresh must never take the
  // workspace (and with it the claim) away from the reviewer.
  if (detail.isError && detail.data === undefined) {
    const notHeld = isApiError(detail.error) && detail.error.status === 403;
    return (
      <Stack spacing={2} sx={{ maxWidth: 720 }}>
        {notHeld ? (
          <NotHeld requestId={requestId} user={user} />
        ) : (
          <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
        )}
        <Box>
          <Button component={RouterLink} to={queuePath}>
            {t('review.backToQueue')}
          </Button>
        </Box>
      </Stack>
    );
  }
  const request = detail.data as RequestDetail;
  // A new claim (after "claim it again") starts a fresh lease; the draft survives in storage.
  return (
    <Workspace
      key={request.claim?.claimedAt ?? 'unclaimed'}
      request={request}
      user={user}
      queuePath={queuePath}
      reviewPath={reviewPath}
      showRequest={showRequest}
      evidence={evidence}
      onReload={() => void detail.refetch()}
    />
  );
});

function NotHeld({ requestId, user }: { requestId: string; user: User }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const claim = useMutation({
    mutationFn: () => claimRequest(requestId),
    onSuccess: (detail) => {
      queryClient.setQueryData(requestKeys.detail(requestId), detail);
      void queryClient.invalidateQueries({ queryKey: claimKeys.all });
    },
  });
  return (
    <Stack spacing={2}>
      <Alert severity="info" role="status">
        {t('review.notHeld')}
      </Alert>
      {claim.isError ? <Alert severity="error">{describeError(claim.error, t)}</Alert> : null}
      {user.role === 'reviewer' ? (
        <Box>
          <Button variant="contained" onClick={() => claim.mutate()} disabled={claim.isPending}>
            {t('review.claimIt')}
          </Button>
        </Box>
      ) : null}
    </Stack>
  );
}

interface WorkspaceProps {
  request: RequestDetail;
  user: User;
  queuePath: string;
  reviewPath: (requestId: string) => string;
  showRequest: ((requestId: string) => void) | undefined;
  evidence: MachineEvidence;
  onReload: () => void;
}

function Workspace({
  request,
  user,
  queuePath,
  reviewPath,
  showRequest,
  evidence,
  onReload,
}: WorkspaceProps) {
  const { t, tIsolated, locale, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const regions = useQuery(regionsQuery());
  const region = regions.data?.find((r) => r.code === request.region);
  const now = useServerNow();
  const isReviewer = user.role === 'reviewer';
  const holds = isReviewer && request.claim?.holder.id === user.id && request.status === 'in_review';
  const { draft, dispatch, discard } = useReviewDraft(user.id, request.id);
  const lease = useLease(holds ? request : undefined, user.id, { onRevoked: discard });
  // Starts at the size the last request's viewer had: moving on then renders once, without measuring.
  const viewer = useCompareViewer({ frame: initialFrame(request.newPhoto, request.cardPhoto) });
  const [dialog, setDialog] = useState<'reject' | 'skip' | 'help' | null>(null);
  const [reReviewOpen, setReReviewOpen] = useState(false);
  usePrefetchDialogs();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [shownArea, setShownArea] = useState<CheckName | 'file' | null>(null);
  const areaFinding =
    shownArea === null ? undefined : shownArea === 'file' ? evidence.file : evidence.checks[shownArea];
  // Stable props for the memoised parts, so that a tick or the countdown re-renders only what changed.
  const highlight = areaFinding?.areas ?? noAreas;
  const photos = useMemo(
    () => ({
      newPhoto: {
        src: photoSrc(request.newPhoto),
        width: request.newPhoto.width,
        height: request.newPhoto.height,
        alt: t('review.newPhotoAlt'),
        label: t('review.newPhoto'),
      },
      cardPhoto: {
        src: photoSrc(request.cardPhoto),
        width: request.cardPhoto.width,
        height: request.cardPhoto.height,
        alt: t('review.cardPhotoAlt'),
        label: t('review.cardPhoto'),
      },
    }),
    [request.newPhoto, request.cardPhoto, t],
  );
  const setCheck = useCallback(
    (check: CheckName, result: CheckResult) => dispatch({ type: 'setCheck', check, result }),
    [dispatch],
  );
  const toggleDispute = useCallback(
    (check: CheckName, reason: RejectionReason | null) => dispatch({ type: 'toggleDispute', check, reason }),
    [dispatch],
  );
  const toggleArea = useCallback(
    (check: CheckName | 'file') => setShownArea((current) => (current === check ? null : check)),
    [],
  );

  // The machine's likely fails pre-select their rejection reasons once, when its findings arrive; it
  // never ticks a check. A reason the reviewer removed stays removed.
  const suggested = useRef(false);
  useEffect(() => {
    if (evidence.status !== 'ready' || suggested.current) return;
    suggested.current = true;
    const reasons = suggestedReasons(evidence, draft.disputes);
    if (reasons.length > 0) dispatch({ type: 'suggestReasons', reasons });
  }, [evidence, draft.disputes, dispatch]);

  const left = request.claim ? Date.parse(request.claim.expiresAt) - now : 0;
  const leaseLost = isReviewer && (!holds || lease.state === 'lost' || left <= 0);

  const flow = useDecisionFlow({
    request,
    userId: user.id,
    reviewPath,
    showRequest: showRequest ?? ((requestId) => void navigate(reviewPath(requestId))),
    queuePath,
    onDone: () => {
      // The draft stays (in storage) until the server confirms the decision: the outbox's runner
      // drops it then, and a refusal finds the ticks and the note where the reviewer left them.
      lease.markReleased();
      setDialog(null);
    },
    onSkipped: discard,
    onBusy: lease.markBusy,
    onRetryable: lease.markHeld,
    onLeaseLost: lease.markLost,
    onRevoked: (error) => {
      lease.markRevoked(error);
      // Nothing entered for a request taken away may be sent later by mistake.
      discard();
      setDialog(null);
    },
  });
  const outboxEntry = useOutbox().find((entry) => entry.requestId === request.id);
  const sending = outboxEntry?.state === 'sending' || flow.skip.isPending;
  const decisionError =
    outboxEntry?.state === 'failed' && outboxEntry.lastError
      ? fromStoredError(outboxEntry.lastError)
      : flow.skip.error;
  // Someone else decided it first: nothing of ours was recorded, and nothing more can be.
  const decidedElsewhere = isApiError(decisionError) && decisionError.is('not-claimable');
  const done = flow.movingOn || lease.state === 'released' || decidedElsewhere;
  const canAct = holds && !leaseLost && !done;
  // While the reviewer works on this request, the next one is claimed and its photos decoded.
  // Started a task later: the key press that showed this request is not kept waiting for it.
  useEffect(() => {
    if (!canAct) return;
    const timer = setTimeout(
      () => prefetchNext(user.id, (next) => queryClient.prefetchQuery(requestHistoryQuery(next.id))),
      0,
    );
    return () => clearTimeout(timer);
  }, [canAct, user.id, queryClient]);
  const recent = useRecentDecision();
  const undoable = recent !== null && recent.decision.requestId !== request.id ? recent : null;

  // Crossing into the last two minutes is said once, not every second.
  const warned = left < LEASE_WARNING_MS && left > 0;
  useEffect(() => {
    if (warned && holds) announce(t('claim.leaseWarningShort'));
  }, [warned, holds, announce, t]);

  // Moving to a request puts focus on its title, so screen readers announce which one it is. In the
  // next frame: focusing forces a layout, which would otherwise hold up the key press that moved on.
  useEffect(() => {
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const submit = useCallback(
    (outcome: 'approved' | 'rejected') => {
      if (!canAct || sending) return;
      const attempt = attemptFor(draft, outcome, request.version, () => crypto.randomUUID());
      if (attempt !== draft.attempt) dispatch({ type: 'setAttempt', attempt });
      const machine = machineForDecision(evidence, draft.disputes);
      const input = toDecisionInput(draft, outcome);
      flow.decide({ input: machine ? { ...input, machine } : input, key: attempt.key });
    },
    [canAct, sending, draft, dispatch, flow, request.version, evidence],
  );

  const approve = useCallback(() => {
    if (!canApprove(draft)) {
      notify(t('decision.approveNeedsChecks'), 'warning');
      return;
    }
    submit('approved');
  }, [draft, notify, submit, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A dialog open on this page, or any other (shortcutFor ignores keys inside or behind one).
      if (dialog !== null || reReviewOpen || event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      switch (action.type) {
        case 'toggleCheck':
          if (canAct) dispatch({ type: 'toggleCheck', check: action.check });
          break;
        case 'approve':
          if (canAct) approve();
          break;
        case 'reject':
          if (canAct) setDialog('reject');
          break;
        case 'skip':
          if (canAct) setDialog('skip');
          break;
        case 'cycleMode':
          viewer.actions.cycleMode();
          break;
        case 'zoomIn':
          viewer.actions.zoomIn();
          break;
        case 'zoomOut':
          viewer.actions.zoomOut();
          break;
        case 'fit':
          viewer.actions.fit();
          break;
        case 'actualSize':
          viewer.actions.actualSize();
          break;
        case 'undo':
          if (undoable) void flow.undo(undoable.decision);
          break;
        case 'help':
          setDialog('help');
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, reReviewOpen, canAct, approve, dispatch, viewer.actions, undoable, flow]);

  const release = useMutation({
    mutationFn: () => releaseClaim(request.id),
    onMutate: () => {
      lease.markReleased();
      discard();
    },
    onSettled: (_data, error) => {
      if (error && !(isApiError(error) && error.is('lease-lost'))) notify(describeError(error, t), 'error');
      else notify(t('claim.released', { number: request.number }), 'success');
      void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: claimKeys.all });
      queryClient.removeQueries({ queryKey: requestKeys.detail(request.id) });
      void navigate(queuePath);
    },
  });

  const reReview = useMutation({
    mutationFn: (note: string) => requestReReview(request.id, { note }),
    onSuccess: (detail) => {
      queryClient.setQueryData(requestKeys.detail(request.id), detail);
      void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
      setReReviewOpen(false);
      notify(t('rereview.done', { number: request.number }), 'success');
    },
  });

  const reclaim = useMutation({
    mutationFn: () => claimRequest(request.id),
    onSuccess: (detail) => queryClient.setQueryData(requestKeys.detail(request.id), detail),
  });

  const versionStale = isApiError(decisionError) && decisionError.is('version-mismatch');

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button component={RouterLink} to={queuePath}>
          {t('review.backToQueue')}
        </Button>
        <Typography
          ref={headingRef}
          tabIndex={-1}
          variant="h5"
          component="h1"
          sx={{
            flexGrow: 1,
            '&:focus': { outline: 'none' },
            '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 4 },
          }}
        >
          {t('review.title', { number: request.number })}
        </Typography>
        <StatusChip status={request.status} />
        <Button variant="text" onClick={() => setDialog('help')} aria-keyshortcuts="?">
          {t('shortcuts.open')}{' '}
          <Box component="kbd" sx={{ ...kbd, ml: 0.5 }} aria-hidden>
            ?
          </Box>
        </Button>
        {canAct ? (
          <Button variant="outlined" onClick={() => release.mutate()} disabled={release.isPending || sending}>
            {t('review.release')}
          </Button>
        ) : null}
      </Stack>

      {!isReviewer ? (
        <Alert severity="info" role="status">
          {t('review.readOnly')}
        </Alert>
      ) : null}
      {request.reReview && request.reReviewNote ? (
        <Alert severity="info" role="note">
          {tIsolated('rereview.banner', { note: request.reReviewNote })}
        </Alert>
      ) : null}
      {request.decision ? (
        <Alert
          severity={request.decision.outcome === 'approved' ? 'success' : 'warning'}
          role="status"
          action={
            !isReviewer ? (
              <Button color="inherit" size="small" onClick={() => setReReviewOpen(true)}>
                {t('rereview.button')}
              </Button>
            ) : undefined
          }
        >
          {t(`status.${request.decision.outcome}`)} ·{' '}
          {t('decision.decidedBy', {
            name: request.decision.decidedBy.displayName,
            time: new Date(request.decision.decidedAt).toLocaleString(locale, { timeZone: 'Asia/Shanghai' }),
          })}
        </Alert>
      ) : null}
      {undoable ? (
        <Alert
          severity="success"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => void flow.undo(undoable.decision)}
              aria-keyshortcuts="U"
            >
              {t('decision.undoKey')}
            </Button>
          }
        >
          {undoable.decision.outcome === 'approved'
            ? t('decision.approved', { number: undoable.number })
            : t('decision.rejected', { number: undoable.number })}
        </Alert>
      ) : null}
      {flow.movingOn ? (
        <Alert severity="info" role="status">
          {t('decision.movingOn')}
        </Alert>
      ) : lease.revocation ? (
        <Alert severity="error" role="alert">
          {t('claim.revoked', { name: lease.revocation.by, reason: lease.revocation.reason })}
        </Alert>
      ) : decidedElsewhere ? (
        <Alert severity="warning" role="alert">
          {t('decision.alreadyDecided')}
        </Alert>
      ) : isReviewer &&
        leaseLost &&
        !done &&
        request.status !== 'approved' &&
        request.status !== 'rejected' ? (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => reclaim.mutate()}
              disabled={reclaim.isPending}
            >
              {t('decision.reclaim')}
            </Button>
          }
        >
          {t('claim.leaseLost')} {reclaim.isError ? describeError(reclaim.error, t) : null}
        </Alert>
      ) : canAct && left < LEASE_WARNING_MS ? (
        // Not a live region: the countdown would be re-read every second (it is announced once above).
        <Alert severity="warning" role="note">
          {t('claim.leaseWarning', { time: formatCountdown(left) })}
        </Alert>
      ) : null}
      {decisionError && dialog === null && !decidedElsewhere ? (
        <Alert
          severity="error"
          role="alert"
          action={
            versionStale ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  decisionOutbox.dismiss(request.id);
                  onReload();
                }}
              >
                {t('decision.reload')}
              </Button>
            ) : undefined
          }
        >
          {t('decision.notRecorded')} {describeError(decisionError, t)}
        </Alert>
      ) : null}

      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: '1fr', lg: '300px minmax(0, 1fr) 340px' },
        }}
      >
        <Box sx={{ order: { xs: 3, lg: 1 } }}>
          <RequestPanel
            request={request}
            region={region}
            now={now}
            leaseWarningMs={LEASE_WARNING_MS}
            showHistory={isReviewer ? holds : true}
            canRevealId={canAct}
          />
        </Box>
        <Paper
          variant="outlined"
          component="section"
          aria-label={t('review.photos')}
          sx={{ p: 1.5, order: { xs: 1, lg: 2 }, minWidth: 0 }}
        >
          <CompareViewer
            viewer={viewer}
            highlight={highlight}
            watermark={t('watermark.text', {
              name: user.displayName,
              time: formatDateTime(new Date(now - (now % 60_000)).toISOString()),
            })}
            newPhoto={photos.newPhoto}
            cardPhoto={photos.cardPhoto}
          />
          <Stack direction="row" spacing={3} sx={{ mt: 1.5 }}>
            <PhotoFacts
              label={t('review.newPhoto')}
              photo={request.newPhoto}
              region={region}
              regionPending={regions.isPending}
            />
            <PhotoFacts
              label={t('review.cardPhoto')}
              photo={request.cardPhoto}
              region={region}
              regionPending={regions.isPending}
            />
          </Stack>
        </Paper>
        <Stack spacing={2} sx={{ order: { xs: 2, lg: 3 } }}>
          <Checklist
            checks={draft.checks}
            disabled={!canAct || sending}
            onSet={setCheck}
            evidence={evidence}
            disputes={draft.disputes}
            onToggleDispute={toggleDispute}
            shownArea={shownArea}
            onToggleArea={toggleArea}
          />
          {isReviewer ? (
            <Paper variant="outlined" component="section" aria-labelledby="decision-title" sx={{ p: 2 }}>
              <Typography
                id="decision-title"
                variant="subtitle1"
                component="h2"
                sx={{ fontWeight: 600, mb: 1 }}
              >
                {t('workspace.decision')}
              </Typography>
              <Stack direction="row" spacing={1}>
                <Tooltip
                  title={canApprove(draft) ? '' : t('decision.approveNeedsChecks')}
                  sx={{ flex: 1, display: 'flex' }}
                >
                  <Box component="span" sx={{ flex: 1, display: 'flex' }}>
                    <Button
                      fullWidth
                      variant="contained"
                      color="success"
                      onClick={approve}
                      disabled={!canAct || sending || !canApprove(draft)}
                      aria-keyshortcuts="A"
                      sx={{ whiteSpace: 'nowrap' }}
                    >
                      {t('decision.approve')}
                      <Box component="kbd" sx={{ ...kbd, ml: 1, color: 'text.primary' }} aria-hidden>
                        {shortcutKeys.approve}
                      </Box>
                    </Button>
                  </Box>
                </Tooltip>
                <Button
                  sx={{ flex: 1, whiteSpace: 'nowrap' }}
                  variant="contained"
                  color="error"
                  onClick={() => setDialog('reject')}
                  disabled={!canAct || sending}
                  aria-keyshortcuts="R"
                >
                  {t('decision.reject')}
                  <Box component="kbd" sx={{ ...kbd, ml: 1, color: 'text.primary' }} aria-hidden>
                    {shortcutKeys.reject}
                  </Box>
                </Button>
              </Stack>
              <Button
                variant="outlined"
                fullWidth
                sx={{ mt: 1, whiteSpace: 'nowrap' }}
                onClick={() => setDialog('skip')}
                disabled={!canAct || sending}
                aria-keyshortcuts="S"
              >
                {t('decision.skip')}
                <Box component="kbd" sx={{ ...kbd, ml: 1 }} aria-hidden>
                  {shortcutKeys.skip}
                </Box>
              </Button>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }} aria-live="polite">
                {sending ? t('decision.sending') : t('workspace.howTo')}
              </Typography>
            </Paper>
          ) : null}
        </Stack>
      </Box>

      <WhenOpened open={dialog === 'reject'}>
        <RejectDialog
          key={dialog === 'reject' ? 'open' : 'closed'}
          open={dialog === 'reject'}
          number={request.number}
          draft={draft}
          sending={sending}
          error={decisionError ? `${t('decision.notRecorded')} ${describeError(decisionError, t)}` : null}
          onToggleReason={(reason) => dispatch({ type: 'toggleReason', reason })}
          onNote={(note) => dispatch({ type: 'setNote', note })}
          onConfirm={() => submit('rejected')}
          onClose={() => setDialog(null)}
        />
      </WhenOpened>
      <WhenOpened open={dialog === 'skip'}>
        <SkipDialog
          open={dialog === 'skip'}
          number={request.number}
          sending={flow.skip.isPending}
          error={flow.skip.error ? describeError(flow.skip.error, t) : null}
          onConfirm={(input) => flow.skip.mutate(input)}
          onClose={() => setDialog(null)}
        />
      </WhenOpened>
      <WhenOpened open={dialog === 'help'}>
        <ShortcutHelpDialog open={dialog === 'help'} onClose={() => setDialog(null)} />
      </WhenOpened>
      {reReviewOpen ? (
        <Suspense fallback={null}>
          <ReReviewDialog
            number={request.number}
            sending={reReview.isPending}
            error={reReview.error}
            onConfirm={(note) => reReview.mutate(note)}
            onClose={() => {
              reReview.reset();
              setReReviewOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}
