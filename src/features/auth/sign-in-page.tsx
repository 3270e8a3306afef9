import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { sessionKeys } from '@/api/endpoints/session';
import { isLocale, localeNames, locales, useI18n } from '@/i18n/i18n';
import { SignInFields, useSignInForm } from './sign-in-fields';

export function SignInPage() {
  const { t, locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const form = useSignInForm((session) => {
    // Nothing cached for an earlier user survives; the session query itself stays observed.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
    queryClient.setQueryData(sessionKeys.all, session);
  });

  return (
    <Box
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}
    >
      <Box component="main" sx={{ width: '100%', maxWidth: 400 }}>
        <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}>
          <TextField
            select
            size="small"
            label={t('shell.language')}
            value={locale}
            onChange={(event) => {
              if (isLocale(event.target.value)) setLocale(event.target.value);
            }}
          >
            {locales.map((code) => (
              <MenuItem key={code} value={code} lang={code}>
                {localeNames[code]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Paper
          component="form"
          noValidate
          onSubmit={form.submit}
          sx={{ p: 4 }}
          aria-labelledby="sign-in-title"
        >
          <Typography id="sign-in-title" variant="h5" component="h1" gutterBottom>
            {t('signIn.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {t('app.title')} · {t('signIn.subtitle')}
          </Typography>
          <Stack spacing={2}>
            <SignInFields form={form} focus="username" size="large" />
            {import.meta.env.DEV || import.meta.env.VITE_BROWSER_MOCK ? (
              <Typography variant="caption" color="text.secondary">
                {t('signIn.demoHint')}
              </Typography>
            ) : null}
          </Stack>
        </Paper>
      </Box>
    </Box>
  );
}
