import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { ErrorAlert } from './error-alert';
import { ErrorBoundary } from './error-boundary';

/** What a route shows when it fails: the rest of the app keeps working and the user can retry. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
      <Button component={RouterLink} to="/" sx={{ mt: 2 }}>
        {t('common.goHome')}
      </Button>
    </Box>
  );
}

/**
 * A route's error boundary: a page that fails to render, or whose code fails to load, shows
 * <RouteError> in its place. Any navigation starts it afresh.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  return (
    <ErrorBoundary resetKey={key} fallback={(error) => <RouteError error={error} />}>
      {children}
    </ErrorBoundary>
  );
}
