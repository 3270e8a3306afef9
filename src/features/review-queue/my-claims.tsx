import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { myClaimsQuery } from '@/api/endpoints/claims';
import { ErrorAlert } from '@/components/error-alert';
import { useServerNow } from '@/components/use-now';
import { useI18n } from '@/i18n/i18n';
import { formatCountdown } from '@/lib/time';
import { Tag } from '@/components/tag';

interface MyClaimsProps {
  reviewPath: (requestId: string) => string;
  onRelease: (requestId: string, number: string) => void;
}

/** What the reviewer holds now, each with the time left on its lease. */
export function MyClaims({ reviewPath, onRelease }: MyClaimsProps) {
  const { t } = useI18n();
  const claims = useQuery(myClaimsQuery());
  const now = useServerNow();

  return (
    <Paper variant="outlined" component="section" aria-labelledby="my-claims-title" sx={{ p: 2 }}>
      <Typography id="my-claims-title" variant="h6" component="h2" gutterBottom>
        {t('myClaims.title')}
      </Typography>
      {claims.isError ? <ErrorAlert error={claims.error} onRetry={() => void claims.refetch()} /> : null}
      {claims.data && claims.data.length === 0 ? (
        <Typography color="text.secondary">{t('myClaims.none')}</Typography>
      ) : null}
      {claims.data && claims.data.length > 0 ? (
        <List dense disablePadding aria-label={t('myClaims.title')}>
          {claims.data.map((item) => {
            const left = item.claim ? Date.parse(item.claim.expiresAt) - now : 0;
            return (
              <ListItem key={item.id} disableGutters divider>
                <ListItemText
                  primary={item.number}
                  slotProps={{ primary: { sx: { fontFamily: 'monospace' } } }}
                />
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Tag
                    color={left <= 0 ? 'error' : left < 120_000 ? 'warning' : 'default'}
                    label={
                      left <= 0
                        ? t('myClaims.expired')
                        : t('myClaims.timeLeft', { time: formatCountdown(left) })
                    }
                  />
                  <Button
                    size="small"
                    variant="contained"
                    component={RouterLink}
                    to={reviewPath(item.id)}
                    aria-label={t('queue.openRow', { number: item.number })}
                  >
                    {t('queue.open')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => onRelease(item.id, item.number)}
                    aria-label={t('myClaims.releaseRow', { number: item.number })}
                  >
                    {t('myClaims.release')}
                  </Button>
                </Stack>
              </ListItem>
            );
          })}
        </List>
      ) : null}
    </Paper>
  );
}
