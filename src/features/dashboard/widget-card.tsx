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
 * loading, and when a refresh fails it keeps the last figures and says so. After a change of range or
 * region the previous figures stay, dimmed and marked busy, until the new ones arrive; if those fail,
 * the error is shown, never the other range's figures as if they were these.
 */
export function WidgetCard<T>({ id, title, subtitle, query, minHeight = 220, children }: WidgetCardProps<T>) {
  const { t, formatDateTime } = useI18n();
  const titleId = `${id}-title`;
  const otherFigures = query.isPlaceholderData;
  const failed = query.data === undefined || (query.isError && otherFigures);
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
      {query.isError && !failed ? (
        <Alert severity="warning" role="status" sx={{ mb: 1 }}>
          {t('dashboard.staleFigures', { time: formatDateTime(query.dataUpdatedAt) })}
        </Alert>
      ) : null}
      <Box
        sx={{ minHeight, opacity: otherFigures && !failed ? 0.45 : 1, transition: 'opacity 150ms' }}
        aria-busy={query.isPending || otherFigures}
      >
        {query.isPending ? (
          <Stack spacing={1} aria-label={t('common.loading')}>
            <Skeleton variant="rounded" height={minHeight * 0.6} />
            <Skeleton width="60%" />
            <Skeleton width="40%" />
          </Stack>
        ) : failed ? (
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
          children(query.data as T)
        )}
      </Box>
    </Paper>
  );
}
