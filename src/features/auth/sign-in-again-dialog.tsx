import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { Session } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';
import { SignInFields, useSignInForm } from './sign-in-fields';

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
  const form = useSignInForm(onSignedIn, initialUsername);

  return (
    <Dialog open aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('session.expiredTitle')}</DialogTitle>
      <DialogContent>
        <Stack component="form" noValidate onSubmit={form.submit} spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">{t('session.expiredBody')}</Typography>
          <SignInFields form={form} focus="password" />
        </Stack>
      </DialogContent>
    </Dialog>
  );
}
