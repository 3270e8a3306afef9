import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { markFirstScreenShown } from '@/components/on-demand';
import { requestListQuery } from '@/api/endpoints/requests';
import { regionsQuery } from '@/api/endpoints/regions';
import type { User } from '@/api/generated/zod';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n/i18n';
import { MyClaims } from './my-claims';
import { QueueFilters } from './queue-filters';
import { hasDrillDown, toRequestFilters } from './queue-search-params';
import { QueueTable } from './queue-table';
import { useClaimActions } from './use-claim-actions';
import { useQueueView } from './use-queue-view';

/**
 * The removable filters of a dashboard drill-down (MUI's deletable Chip) are fetched only when the
 * address carries one: reviewers' queue never shows them (docs/decisions/011-lighter-first-screens.md).
 */
const DrillDownChips = lazy(() => import('./drill-down-chips').then((m) => ({ default: m.DrillDownChips })));

interface QueuePageProps {
  user: User;
  reviewPath: (requestId: string) => string;
}

export function QueuePage({ user, reviewPath }: QueuePageProps) {
  const { t } = useI18n();
  const { view, ignored, update } = useQueueView();
  const list = useQuery(requestListQuery(toRequestFilters(view)));
  const regions = useQuery(regionsQuery());
  const actions = useClaimActions(reviewPath);
  const isReviewer = user.role === 'reviewer';
  // A page past the end (an old link, or rows taken since) moves to the last page that has rows.
  const listed = list.data !== undefined;
  // The rows are on screen: the first screen is complete, and code kept waiting may be fetched.
  useEffect(() => {
    if (listed) markFirstScreenShown();
  }, [listed]);
  const lastPage = list.data ? Math.max(1, Math.ceil(list.data.total / view.pageSize)) : null;
  useEffect(() => {
    if (lastPage !== null && list.data?.items.length === 0 && view.page > lastPage)
      update({ page: lastPage });
  }, [lastPage, list.data, view.page, update]);

  return (
    <Stack spacing={2.5}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2 }}
      >
        <Typography variant="h5" component="h1">
          {t('queue.title')}
        </Typography>
        {isReviewer ? (
          <Button
            variant="contained"
            size="large"
            onClick={() => actions.next.mutate()}
            disabled={actions.next.isPending}
            title={t('queue.claimNextHint')}
          >
            {actions.next.isPending ? t('queue.claiming') : t('queue.claimNext')}
          </Button>
        ) : null}
      </Stack>
      {ignored.length > 0 ? (
        <Alert severity="warning" role="status">
          {t('queue.ignoredParameters', { names: ignored.join(', ') })}
        </Alert>
      ) : null}
      {isReviewer ? (
        <MyClaims
          reviewPath={reviewPath}
          onRelease={(requestId, number) => actions.release.mutate({ requestId, number })}
        />
      ) : null}
      <QueueFilters view={view} regions={regions.data ?? []} onChange={update} />
      {hasDrillDown(view) ? (
        <Suspense fallback={null}>
          <DrillDownChips view={view} onChange={update} />
        </Suspense>
      ) : null}
      {list.isError && !list.data ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Box>
          {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
          <QueueTable
            page={list.data}
            loading={list.isPending}
            updating={list.isPlaceholderData}
            view={view}
            regions={regions.data ?? []}
            user={user}
            onChange={update}
            onClaim={(requestId) => actions.claim.mutate(requestId)}
            claimingId={actions.claim.isPending ? actions.claim.variables : undefined}
            reviewPath={reviewPath}
          />
        </Box>
      )}
    </Stack>
  );
}
