import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useMemo } from 'react';
import type { MetricsReviewer } from '@/api/generated/zod';
import { serverNow } from '@/api/server-clock';
import { formatDuration } from '@/components/format';
import { TIME_ZONE, useI18n } from '@/i18n/i18n';
import { dateInZone } from '@/lib/time';

export function ReviewersTable({
  rows,
  onSelect,
}: {
  rows: MetricsReviewer[];
  onSelect: (row: MetricsReviewer) => void;
}) {
  const { t, locale, formatNumber, formatDateTime } = useI18n();
  const none = t('dashboard.none');
  const time = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: TIME_ZONE,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    [locale],
  );
  const today = dateInZone(serverNow(), TIME_ZONE);
  // Today's activity by its time alone (what a supervisor scans for); older activity with its date.
  const lastActivity = (at: string) =>
    dateInZone(Date.parse(at), TIME_ZONE) === today ? time.format(new Date(at)) : formatDateTime(at);
  return (
    // Headers wrap between words only (never one Chinese character a line); figures never wrap. A card
    // still too narrow scrolls.
    <TableContainer>
      <Table
        size="small"
        aria-label={t('dashboard.reviewers')}
        sx={{
          '& th, & td': { px: 1 },
          '& th': { wordBreak: 'keep-all' },
          '& td': { whiteSpace: 'nowrap' },
          // The last activity's date and time may go on two lines.
          '& td:last-of-type': { whiteSpace: 'normal', wordBreak: 'keep-all' },
        }}
      >
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
              <TableCell>
                {row.lastActivityAt ? (
                  <time dateTime={row.lastActivityAt} title={formatDateTime(row.lastActivityAt)}>
                    {lastActivity(row.lastActivityAt)}
                  </time>
                ) : (
                  none
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
