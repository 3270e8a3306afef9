import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { allClaimsQuery, claimKeys, revokeClaim } from '@/api/endpoints/claims';
import { regionsQuery } from '@/api/endpoints/regions';
import { requestKeys } from '@/api/endpoints/requests';
import type { RequestSummary } from '@/api/generated/zod';
import { ErrorAlert } from '@/components/error-alert';
import { formatDuration } from '@/components/format';
import { useNotify } from '@/components/notifier';
import { PageLoader } from '@/components/page-loader';
import { useServerNow } from '@/components/use-now';
import { useReviewers } from '@/components/use-reviewers';
import { useI18n } from '@/i18n/i18n';
import { formatCountdown } from '@/lib/time';
import { RevokeDialog } from './revoke-dialog';

interface Pending {
  mode: 'release' | 'reassign';
  row: RequestSummary;
}

interface ClaimsPageProps {
  /** Where a request opens: for a supervisor, read-only with its audit history. */
  reviewPath: (requestId: string) => string;
}

/** Every active claim: who holds what, for how long; a supervisor can release or reassign with a reason. */
export function ClaimsPage({ reviewPath }: ClaimsPageProps) {
  const { t, locale, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const claims = useQuery(allClaimsQuery());
  const regions = useQuery(regionsQuery());
  const reviewers = useReviewers();
  const now = useServerNow();
  const [pending, setPending] = useState<Pending | null>(null);
  const regionName = (code: string) => regions.data?.find((r) => r.code === code)?.name[locale] ?? code;

  const revoke = useMutation({
    mutationFn: ({ row, reason, reassignTo }: { row: RequestSummary; reason: string; reassignTo?: string }) =>
      revokeClaim(row.id, reassignTo ? { reason, reassignTo } : { reason }),
    onSuccess: (updated, { row }) => {
      const holder = row.claim?.holder.displayName ?? '';
      notify(
        updated.claim
          ? t('claims.reassigned', { number: row.number, reviewer: updated.claim.holder.displayName })
          : t('claims.released', { number: row.number, holder }),
        'success',
      );
      setPending(null);
      void queryClient.invalidateQueries({ queryKey: claimKeys.all });
      void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: claimKeys.all }),
  });

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t('claims.title')}
      </Typography>
      {claims.isPending ? <PageLoader /> : null}
      {claims.isError && !claims.data ? (
        <ErrorAlert error={claims.error} onRetry={() => void claims.refetch()} />
      ) : null}
      {claims.data?.length === 0 ? (
        // No table of empty columns: the page says plainly that nothing is held.
        <Paper variant="outlined">
          <Typography role="status" color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
            {t('claims.none')}
          </Typography>
        </Paper>
      ) : null}
      {claims.data && claims.data.length > 0 ? (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small" aria-label={t('claims.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('queue.column.number')}</TableCell>
                  <TableCell>{t('queue.column.region')}</TableCell>
                  <TableCell>{t('queue.column.holder')}</TableCell>
                  <TableCell>{t('claims.column.heldFor')}</TableCell>
                  <TableCell>{t('claims.column.claimedAt')}</TableCell>
                  <TableCell>{t('claims.column.leaseLeft')}</TableCell>
                  <TableCell align="right">{t('claims.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {claims.data.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell sx={{ fontFamily: 'monospace' }}>
                      <Link component={RouterLink} to={reviewPath(row.id)}>
                        {row.number}
                      </Link>
                    </TableCell>
                    <TableCell>{regionName(row.region)}</TableCell>
                    <TableCell>
                      <bdi>{row.claim?.holder.displayName}</bdi>
                    </TableCell>
                    <TableCell>
                      {row.claim
                        ? formatDuration(Math.max(0, now - Date.parse(row.claim.claimedAt)) / 1000, t)
                        : '—'}
                    </TableCell>
                    <TableCell sx={{ color: 'text.secondary' }}>
                      {row.claim ? formatDateTime(row.claim.claimedAt) : '—'}
                    </TableCell>
                    <TableCell>
                      {row.claim ? formatCountdown(Date.parse(row.claim.expiresAt) - now) : '—'}
                    </TableCell>
                    <TableCell align="right">
                      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                        <Button
                          size="small"
                          onClick={() => setPending({ mode: 'release', row })}
                          aria-label={t('claims.releaseRow', { number: row.number })}
                        >
                          {t('claims.release')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => setPending({ mode: 'reassign', row })}
                          aria-label={t('claims.reassignRow', { number: row.number })}
                        >
                          {t('claims.reassign')}
                        </Button>
                      </Stack>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      ) : null}
      {pending?.row.claim ? (
        <RevokeDialog
          mode={pending.mode}
          number={pending.row.number}
          holder={pending.row.claim.holder}
          reviewers={reviewers ?? []}
          sending={revoke.isPending}
          error={revoke.error}
          onConfirm={(input) => revoke.mutate({ row: pending.row, ...input })}
          onClose={() => {
            revoke.reset();
            setPending(null);
          }}
        />
      ) : null}
    </Stack>
  );
}
