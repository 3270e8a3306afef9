import { Alert, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { claimKeys, claimRequest, releaseClaim } from '@/api/endpoints/claims';
import { regionsQuery } from '@/api/endpoints/regions';
import { requestDetailQuery, requestKeys } from '@/api/endpoints/requests';
import type { RequestDetail, User } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { ErrorAlert } from '@/components/error-alert';
import { formatAge } from '@/components/format';
import { useNotify } from '@/components/notifier';
import { PageLoader } from '@/components/page-loader';
import { StatusChip } from '@/components/status-chip';
import { useServerNow } from '@/components/use-now';
import { useI18n } from '@/i18n/i18n';
import { formatCountdown } from '@/lib/time';
import { PhotoPanel } from './photo-panel';
import { useLease } from './use-lease';

interface ReviewPageProps {
  requestId: string;
  user: User;
  queuePath: string;
}

const LEASE_WARNING_MS = 2 * 60_000;

export function ReviewPage({ requestId, user, queuePath }: ReviewPageProps) {
  const { t } = useI18n();
  const detail = useQuery({
    ...requestDetailQuery(requestId),
    retry: (count, error) => count < 2 && isApiError(error) && error.retryable,
  });

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) {
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
  return <Workspace request={detail.data} user={user} queuePath={queuePath} />;
}

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
      <Alert severity="info">{t('review.notHeld')}</Alert>
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

function Workspace({ request, user, queuePath }: { request: RequestDetail; user: User; queuePath: string }) {
  const { t, locale, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const regions = useQuery(regionsQuery());
  const now = useServerNow();
  const isReviewer = user.role === 'reviewer';
  const lease = useLease(isReviewer ? request : undefined, user.id);
  const expiresAt = request.claim ? Date.parse(request.claim.expiresAt) : 0;
  const left = expiresAt - now;
  const leaseLost = isReviewer && (lease.state === 'lost' || left <= 0);

  const release = useMutation({
    mutationFn: () => releaseClaim(request.id),
    onMutate: () => lease.markReleased(),
    onSettled: (_data, error) => {
      if (error && !(isApiError(error) && error.is('lease-lost'))) notify(describeError(error, t), 'error');
      else notify(t('claim.released', { number: request.number }), 'success');
      void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: claimKeys.all });
      queryClient.removeQueries({ queryKey: requestKeys.detail(request.id) });
      void navigate(queuePath);
    },
  });
  const region = regions.data?.find((r) => r.code === request.region);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button component={RouterLink} to={queuePath}>
          {t('review.backToQueue')}
        </Button>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {t('review.title', { number: request.number })}
        </Typography>
        <StatusChip status={request.status} />
        {isReviewer && !leaseLost ? (
          <Button variant="outlined" onClick={() => release.mutate()} disabled={release.isPending}>
            {t('review.release')}
          </Button>
        ) : null}
      </Stack>

      {!isReviewer ? <Alert severity="info">{t('review.readOnly')}</Alert> : null}
      {leaseLost ? (
        <Alert severity="error" role="alert">
          {t('claim.leaseLost')}
        </Alert>
      ) : isReviewer && left < LEASE_WARNING_MS ? (
        <Alert severity="warning">{t('claim.leaseWarning', { time: formatCountdown(left) })}</Alert>
      ) : null}

      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="request-facts"
          sx={{ p: 2, width: { xs: '100%', lg: 320 }, flexShrink: 0 }}
        >
          <Typography id="request-facts" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            {t('review.applicant')}
          </Typography>
          <Box
            component="dl"
            sx={{
              m: 0,
              display: 'grid',
              gridTemplateColumns: 'auto 1fr',
              columnGap: 2,
              rowGap: 1,
              '& dt': { color: 'text.secondary' },
              '& dd': { m: 0 },
            }}
          >
            <dt>{t('review.name')}</dt>
            <dd>{request.applicant.name}</dd>
            <dt>{t('review.idNumber')}</dt>
            <dd style={{ fontFamily: 'monospace' }}>{request.applicant.idNumberMasked}</dd>
            <dt>{t('review.cardNumber')}</dt>
            <dd style={{ fontFamily: 'monospace' }}>{request.applicant.cardNumberMasked}</dd>
            <dt>{t('review.region')}</dt>
            <dd>{region?.name[locale] ?? request.region}</dd>
            <dt>{t('review.channel')}</dt>
            <dd>{t(`channel.${request.channel}`)}</dd>
            <dt>{t('review.submitted')}</dt>
            <dd>{formatDateTime(request.submittedAt)}</dd>
            <dt>{t('review.age')}</dt>
            <dd>{formatAge(now - Date.parse(request.submittedAt), t)}</dd>
            {request.claim ? (
              <>
                <dt>{t('review.lease')}</dt>
                <dd>
                  {request.claim.holder.displayName}{' '}
                  {left > 0 ? (
                    <Chip
                      size="small"
                      color={left < LEASE_WARNING_MS ? 'warning' : 'default'}
                      label={t('review.leaseLeft', { time: formatCountdown(left) })}
                    />
                  ) : null}
                </dd>
              </>
            ) : null}
          </Box>
        </Paper>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ flexGrow: 1, width: '100%' }}>
          <PhotoPanel title={t('review.newPhoto')} alt={t('review.newPhotoAlt')} photo={request.newPhoto} />
          <PhotoPanel
            title={t('review.cardPhoto')}
            alt={t('review.cardPhotoAlt')}
            photo={request.cardPhoto}
          />
        </Stack>
      </Stack>
    </Stack>
  );
}
