import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/i18n/i18n';

interface WidgetCardProps<T> {
  id: string;
  title: string;
  /** The question the widget answers, in a line. */
  subtitle?: string;
  query: UseQueryResult<T>;
  minHeight?: number;
  children: (data: T) => ReactNode;
}

/**
 * The shell every dashboard widget shares: it loads and fails on its own, shows a skeleton while
 * loading, and when a refresh fails it keeps the last figures and says so.
 */
export function WidgetCard<T>({ id, title, subtitle, query, minHeight = 220, children }: WidgetCardProps<T>) {
  const { t, formatDateTime } = useI18n();
  const titleId = `${id}-title`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2, height: '100%' }}>
      <Stack spacing={0.25} sx={{ mb: 1.5 }}>
        <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {subtitle ? (
          <Typography variant="body2" color="text.secondary">
            {subtitle}
          </Typography>
        ) : null}
      </Stack>
      {query.isError && query.data !== undefined ? (
        <Alert severity="warning" role="status" sx={{ mb: 1 }}>
          {t('dashboard.staleFigures', { time: formatDateTime(query.dataUpdatedAt) })}
        </Alert>
      ) : null}
      <Box sx={{ minHeight }} aria-busy={query.isPending}>
        {query.isPending ? (
          <Stack spacing={1} aria-label={t('common.loading')}>
            <Skeleton variant="rounded" height={minHeight * 0.6} />
            <Skeleton width="60%" />
            <Skeleton width="40%" />
          </Stack>
        ) : query.data === undefined ? (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={() => void query.refetch()}>
                {t('error.retry')}
              </Button>
            }
          >
            {describeError(query.error, t)}
          </Alert>
        ) : (
          children(query.data)
        )}
      </Box>
    </Paper>
  );
}
