import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { signIn } from '@/api/endpoints/session';
import type { Session } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/i18n/i18n';

interface SignInAgainDialogProps {
  /** Who was signed in: the form starts with their name. */
  username: string;
  onSignedIn: (session: Session) => void;
}

/**
 * Sign-in over the page when the session ends in the middle of work (a 401 from any call): the page
 * underneath stays as it is, with its draft, and carries on once the reviewer is back.
 */
export function SignInAgainDialog({ username: initialUsername, onSignedIn }: SignInAgainDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: onSignedIn,
    onError: () => {
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
    <Dialog open aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('session.expiredTitle')}</DialogTitle>
      <DialogContent>
        <Stack component="form" noValidate onSubmit={submit} spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">{t('session.expiredBody')}</Typography>
          {mutation.isError ? <Alert severity="error">{describeError(mutation.error, t)}</Alert> : null}
          <TextField
            label={t('signIn.username')}
            name="username"
            autoComplete="username"
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
            autoFocus
            required
            value={password}
            inputRef={passwordRef}
            onChange={(event) => setPassword(event.target.value)}
            error={passwordMissing}
            helperText={passwordMissing ? t('signIn.required', { field: t('signIn.password') }) : ' '}
            slotProps={{ htmlInput: { maxLength: 128 } }}
          />
          <Button type="submit" variant="contained" disabled={mutation.isPending}>
            {mutation.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </Stack>
      </DialogContent>
    </Dialog>
  );
}
