import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '@/api/api-error';
import { signIn } from '@/api/endpoints/session';
import type { Session } from '@/api/generated/zod';
import { describeError, lockedMessage } from '@/components/describe-error';
import { useI18n } from '@/i18n/i18n';

/**
 * The sign-in form's state, shared by the sign-in page and the dialog that renews an expired session:
 * the two fields, "required" once submitted, the password cleared and focused after a refusal, and
 * when a locked username's answer came (so that "try again after" does not move on re-render).
 */
export function useSignInForm(onSignedIn: (session: Session) => void, initialUsername = '') {
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [lockedAt, setLockedAt] = useState(0);
  const passwordRef = useRef<HTMLInputElement>(null);
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: onSignedIn,
    onError: (error) => {
      if (isApiError(error) && error.is('account-locked')) setLockedAt(Date.now());
      setPassword('');
      passwordRef.current?.focus();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (username.trim() === '' || password === '') return;
    mutation.mutate({ username: username.trim(), password });
  };
  return { username, setUsername, password, setPassword, touched, lockedAt, passwordRef, mutation, submit };
}

interface SignInFieldsProps {
  form: ReturnType<typeof useSignInForm>;
  /** The field that takes the focus when the form opens. */
  focus: 'username' | 'password';
  size?: 'medium' | 'large';
}

/** The refusal, the two fields and the button of a sign-in form (the form element is the caller's). */
export function SignInFields({ form, focus, size = 'medium' }: SignInFieldsProps) {
  const { t } = useI18n();
  const { username, password, touched, mutation } = form;
  const usernameMissing = touched && username.trim() === '';
  const passwordMissing = touched && password === '';
  return (
    <>
      {mutation.isError ? (
        <Alert severity="error">
          {isApiError(mutation.error) && mutation.error.is('account-locked')
            ? lockedMessage(mutation.error.problem?.retryAfterSeconds ?? 60, t, form.lockedAt)
            : describeError(mutation.error, t)}
        </Alert>
      ) : null}
      <TextField
        label={t('signIn.username')}
        name="username"
        autoComplete="username"
        autoFocus={focus === 'username'}
        required
        value={username}
        onChange={(event) => form.setUsername(event.target.value)}
        error={usernameMissing}
        helperText={usernameMissing ? t('signIn.required', { field: t('signIn.username') }) : ' '}
        slotProps={{ htmlInput: { maxLength: 64 } }}
      />
      <TextField
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        autoFocus={focus === 'password'}
        required
        value={password}
        inputRef={form.passwordRef}
        onChange={(event) => form.setPassword(event.target.value)}
        error={passwordMissing}
        helperText={passwordMissing ? t('signIn.required', { field: t('signIn.password') }) : ' '}
        slotProps={{ htmlInput: { maxLength: 128 } }}
      />
      <Button type="submit" variant="contained" size={size} disabled={mutation.isPending}>
        {mutation.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </>
  );
}
