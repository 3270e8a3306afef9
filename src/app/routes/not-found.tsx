import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { paths } from '../paths';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('notFound.title')}
      </Typography>
      <Typography>{t('notFound.body')}</Typography>
      <Button component={RouterLink} to={paths.queue} sx={{ mt: 2 }} variant="contained">
        {t('common.goHome')}
      </Button>
    </Box>
  );
}
