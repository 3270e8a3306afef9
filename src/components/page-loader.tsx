import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useI18n } from '@/i18n/i18n';

export function PageLoader() {
  const { t } = useI18n();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 6 }} role="status" aria-live="polite">
      <CircularProgress aria-label={t('common.loading')} />
    </Box>
  );
}
