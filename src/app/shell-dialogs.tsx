import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useI18n } from '@/i18n/i18n';
import { formatCountdown } from '@/lib/time';

/**
 * The app shell's dialogs, loaded on demand (MUI's Dialog and Modal are not needed by the first
 * screen) and fetched once the shell is on screen: see shell-dialogs-on-demand.ts.
 */

interface IdleWarningDialogProps {
  open: boolean;
  /** Time left before the sign-out, in milliseconds. */
  left: number;
  onStay: () => void;
}

/** The warning a minute before an idle sign-out, with a way to stay. */
export function IdleWarningDialog({ open, left, onStay }: IdleWarningDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onStay} aria-labelledby={titleId} role="alertdialog">
      <DialogTitle id={titleId}>{t('idle.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('idle.body', { time: formatCountdown(left) })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onStay} autoFocus>
          {t('idle.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface SignOutPendingDialogProps {
  open: boolean;
  /** Decisions not yet sent. */
  count: number;
  onStay: () => void;
  onSignOut: () => void;
}

/** Signing out with decisions still waiting to be sent: stay, or sign out anyway. */
export function SignOutPendingDialog({ open, count, onStay, onSignOut }: SignOutPendingDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog open={open} onClose={onStay}>
      <DialogContent>
        <DialogContentText>{t('outbox.signOutPending', { count })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onStay} autoFocus>
          {t('outbox.stay')}
        </Button>
        <Button color="error" onClick={onSignOut}>
          {t('outbox.signOutAnyway')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
