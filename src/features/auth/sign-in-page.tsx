import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { sessionKeys, signIn } from '@/api/endpoints/session';
import { isApiError } from '@/api/api-error';
import { describeError, lockedMessage } from '@/components/describe-error';
import { isLocale, localeNames, locales, useI18n } from '@/i18n/i18n';

export function SignInPage() {
  const { t, locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  // When a locked username's answer came: the message's "try again after" must not move on re-render.
  const [lockedAt, setLockedAt] = useState(0);
  const passwordRef = useRef<HTMLInputElement>(null);
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // Nothing cached for an earlier user survives; the session query itself stays observed.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
      queryClient.setQueryData(sessionKeys.all, session);
    },
    onError: (error) => {
      if (isApiError(error) && error.is('account-locked')) setLockedAt(Date.now());
      setPassword('');
      passwordRef.current?.focus();
    },
  });

  const usernameMissing = touched && username.trim() === '';
  const passwordMissing = touched && password === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (username.trim() === '' || password === '') return;
    mutation.mutate({ username: username.trim(), password });
  };

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
        <Paper component="form" noValidate onSubmit={submit} sx={{ p: 4 }} aria-labelledby="sign-in-title">
          <Typography id="sign-in-title" variant="h5" component="h1" gutterBottom>
            {t('signIn.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {t('app.title')} · {t('signIn.subtitle')}
          </Typography>
          <Stack spacing={2}>
            {mutation.isError ? (
              <Alert severity="error">
                {isApiError(mutation.error) && mutation.error.is('account-locked')
                  ? lockedMessage(mutation.error.problem?.retryAfterSeconds ?? 60, t, lockedAt)
                  : describeError(mutation.error, t)}
              </Alert>
            ) : null}
            <TextField
              label={t('signIn.username')}
              name="username"
              autoComplete="username"
              autoFocus
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              error={usernameMissing}
              helperText={usernameMissing ? t('signIn.required', { field: t('signIn.username') }) : ' '}
              slotProps={{ htmlInput: { maxLength: 64 } }}
            />
            <TextField
              label={t('signIn.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              inputRef={passwordRef}
              onChange={(event) => setPassword(event.target.value)}
              error={passwordMissing}
              helperText={passwordMissing ? t('signIn.required', { field: t('signIn.password') }) : ' '}
              slotProps={{ htmlInput: { maxLength: 128 } }}
            />
            <Button type="submit" variant="contained" size="large" disabled={mutation.isPending}>
              {mutation.isPending ? t('signIn.submitting') : t('signIn.submit')}
            </Button>
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
