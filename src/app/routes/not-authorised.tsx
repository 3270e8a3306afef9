import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { paths } from '../paths';
import { useSession } from '../session-context';

export function NotAuthorisedPage() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('notAuthorised.title')}
      </Typography>
      <Typography>{t('notAuthorised.body', { role: t(`role.${session.user.role}`) })}</Typography>
      <Button component={RouterLink} to={paths.queue} sx={{ mt: 2 }} variant="contained">
        {t('common.goHome')}
      </Button>
    </Box>
  );
}
