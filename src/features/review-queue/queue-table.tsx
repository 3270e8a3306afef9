import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import type { Region, RequestPage, RequestSort, User } from '@/api/generated/zod';
import { useServerNow } from '@/components/use-now';
import { useI18n } from '@/i18n/i18n';
import { QueuePagination } from './queue-pagination';
import { QueueBody, QueueRows } from './queue-rows';
import { pageSizes, type QueueView } from './queue-search-params';

type SortKey = 'number' | 'region' | 'submittedAt' | 'status';

interface QueueTableProps {
  page: RequestPage | undefined;
  loading: boolean;
  updating: boolean;
  view: QueueView;
  regions: Region[];
  user: User;
  onChange: (patch: Partial<QueueView>) => void;
  onClaim: (requestId: string) => void;
  claimingId: string | undefined;
  reviewPath: (requestId: string) => string;
}

export function QueueTable(props: QueueTableProps) {
  const { page, loading, updating, view, regions, user, onChange, onClaim, claimingId, reviewPath } = props;
  const { t } = useI18n();
  const now = useServerNow(30_000);
  const sortKey = view.sort.replace('-', '') as SortKey;
  const direction = view.sort.startsWith('-') ? 'desc' : 'asc';

  const sortHeader = (key: SortKey, label: string) => (
    <TableCell sortDirection={sortKey === key ? direction : false}>
      <TableSortLabel
        active={sortKey === key}
        direction={sortKey === key ? direction : 'asc'}
        onClick={() => {
          const nextDesc = sortKey === key ? direction === 'asc' : false;
          onChange({ sort: (nextDesc ? `-${key}` : key) as RequestSort });
        }}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );

  const filtered =
    view.q !== '' ||
    view.region.length > 0 ||
    view.from !== '' ||
    view.to !== '' ||
    view.status.join() !== 'pending,in_review';

  return (
    <Paper variant="outlined">
      <Box sx={{ height: 4 }}>{updating ? <LinearProgress aria-label={t('queue.updating')} /> : null}</Box>
      <TableContainer>
        <Table size="small" aria-label={t('queue.table')}>
          <TableHead>
            <TableRow>
              {sortHeader('number', t('queue.column.number'))}
              {sortHeader('region', t('queue.column.region'))}
              <TableCell>{t('queue.column.channel')}</TableCell>
              {sortHeader('submittedAt', t('queue.column.submitted'))}
              <TableCell>{t('queue.column.age')}</TableCell>
              {sortHeader('status', t('queue.column.status'))}
              <TableCell>{t('queue.column.holder')}</TableCell>
              <TableCell align="right">{t('queue.column.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <QueueBody>
            {loading
              ? Array.from({ length: 8 }, (_, i) => (
                  <tr key={i}>
                    <td colSpan={8}>
                      <Skeleton />
                    </td>
                  </tr>
                ))
              : null}
            {page ? (
              <QueueRows
                rows={page.items}
                regions={regions}
                user={user}
                now={now}
                onClaim={onClaim}
                claimingId={claimingId}
                reviewPath={reviewPath}
              />
            ) : null}
            {page && page.items.length === 0 ? (
              <tr>
                <td colSpan={8}>
                  <Typography role="status" sx={{ py: 4, textAlign: 'center' }} color="text.secondary">
                    {filtered ? t('queue.empty') : t('queue.emptyQueue')}
                  </Typography>
                </td>
              </tr>
            ) : null}
          </QueueBody>
        </Table>
      </TableContainer>
      <QueuePagination
        count={page?.total ?? 0}
        page={
          page && page.total > 0
            ? Math.min(view.page - 1, Math.max(0, Math.ceil(page.total / view.pageSize) - 1))
            : 0
        }
        rowsPerPage={view.pageSize}
        rowsPerPageOptions={pageSizes}
        onPageChange={(index) => onChange({ page: index + 1 })}
        onRowsPerPageChange={(pageSize) => onChange({ pageSize })}
      />
      <Typography role="status" aria-live="polite" sx={{ position: 'absolute', left: -9999 }}>
        {page ? t('queue.total', { count: page.total }) : ''}
      </Typography>
    </Paper>
  );
}
