import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { MetricsReviewer } from '@/api/generated/zod';
import { formatDuration } from '@/components/format';
import { useI18n } from '@/i18n/i18n';

export function ReviewersTable({
  rows,
  onSelect,
}: {
  rows: MetricsReviewer[];
  onSelect: (row: MetricsReviewer) => void;
}) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const none = t('dashboard.none');
  return (
    <TableContainer>
      <Table size="small" aria-label={t('dashboard.reviewers')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('dashboard.reviewer')}</TableCell>
            <TableCell align="right">{t('dashboard.decided')}</TableCell>
            <TableCell align="right">{t('dashboard.approved')}</TableCell>
            <TableCell align="right">{t('dashboard.rejected')}</TableCell>
            <TableCell align="right">{t('dashboard.medianHandling')}</TableCell>
            <TableCell>{t('dashboard.currentClaim')}</TableCell>
            <TableCell>{t('dashboard.lastActivity')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.reviewer.id} hover>
              <TableCell>
                <Button
                  size="small"
                  onClick={() => onSelect(row)}
                  aria-label={t('dashboard.openReviewer', { name: row.reviewer.displayName })}
                >
                  <bdi>{row.reviewer.displayName}</bdi>
                </Button>
              </TableCell>
              <TableCell align="right">{formatNumber(row.decided)}</TableCell>
              <TableCell align="right">{formatNumber(row.approved)}</TableCell>
              <TableCell align="right">{formatNumber(row.rejected)}</TableCell>
              <TableCell align="right">
                {row.medianHandlingSeconds === null
                  ? none
                  : formatDuration(Math.round(row.medianHandlingSeconds), t)}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{row.currentClaim?.number ?? none}</TableCell>
              <TableCell>{row.lastActivityAt ? formatDateTime(row.lastActivityAt) : none}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
