import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  Stack,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { allClaimsQuery } from '@/api/endpoints/claims';
import { regionsQuery } from '@/api/endpoints/regions';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { useServerNow } from '@/components/use-now';
import { useI18n } from '@/i18n/i18n';
import { formatCountdown } from '@/lib/time';

/** Every active claim, for supervisors: who holds what, since when, and how long is left. */
export function ClaimsPage() {
  const { t, locale, formatDateTime } = useI18n();
  const claims = useQuery(allClaimsQuery());
  const regions = useQuery(regionsQuery());
  const now = useServerNow();
  const regionName = (code: string) => regions.data?.find((r) => r.code === code)?.name[locale] ?? code;

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t('claims.title')}
      </Typography>
      {claims.isPending ? <PageLoader /> : null}
      {claims.isError ? <ErrorAlert error={claims.error} onRetry={() => void claims.refetch()} /> : null}
      {claims.data ? (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small" aria-label={t('claims.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('queue.column.number')}</TableCell>
                  <TableCell>{t('queue.column.region')}</TableCell>
                  <TableCell>{t('queue.column.holder')}</TableCell>
                  <TableCell>{t('claims.column.claimedAt')}</TableCell>
                  <TableCell>{t('claims.column.leaseLeft')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {claims.data.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{row.number}</TableCell>
                    <TableCell>{regionName(row.region)}</TableCell>
                    <TableCell>{row.claim?.holder.displayName}</TableCell>
                    <TableCell>{row.claim ? formatDateTime(row.claim.claimedAt) : '—'}</TableCell>
                    <TableCell>
                      {row.claim ? formatCountdown(Date.parse(row.claim.expiresAt) - now) : '—'}
                    </TableCell>
                  </TableRow>
                ))}
                {claims.data.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={5}>
                      <Typography role="status" color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
                        {t('claims.none')}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ) : null}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      ) : null}
    </Stack>
  );
}
