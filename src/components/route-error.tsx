import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink, useRouteError } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { ErrorAlert } from './error-alert';

/** A route's error boundary: the rest of the app keeps working and the user can retry. */
export function RouteError() {
  const error = useRouteError();
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
