import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { UserRef } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/i18n/i18n';

interface RevokeDialogProps {
  mode: 'release' | 'reassign';
  number: string;
  holder: UserRef;
  reviewers: UserRef[];
  sending: boolean;
  error: unknown;
  onConfirm: (input: { reason: string; reassignTo?: string }) => void;
  onClose: () => void;
}

/** Taking a request from a reviewer always needs a reason: it goes to the audit and to the reviewer. */
export function RevokeDialog({
  mode,
  number,
  holder,
  reviewers,
  sending,
  error,
  onConfirm,
  onClose,
}: RevokeDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [attempted, setAttempted] = useState(false);
  const reasonMissing = reason.trim() === '';
  const targetMissing = mode === 'reassign' && target === '';
  const confirm = () => {
    setAttempted(true);
    if (reasonMissing || targetMissing) return;
    onConfirm(
      mode === 'reassign' ? { reason: reason.trim(), reassignTo: target } : { reason: reason.trim() },
    );
  };
  const title =
    mode === 'release'
      ? t('claims.releaseTitle', { number, holder: holder.displayName })
      : t('claims.reassignTitle', { number, holder: holder.displayName });
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="revoke-title">
      <DialogTitle id="revoke-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {error ? <Alert severity="error">{describeError(error, t)}</Alert> : null}
          {mode === 'reassign' ? (
            <TextField
              select
              required
              label={t('claims.reassignTo')}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              error={attempted && targetMissing}
              helperText={attempted && targetMissing ? t('claims.reassignToRequired') : ' '}
            >
              {reviewers
                .filter((r) => r.id !== holder.id)
                .map((r) => (
                  <MenuItem key={r.id} value={r.id}>
                    {r.displayName}
                  </MenuItem>
                ))}
            </TextField>
          ) : null}
          <TextField
            required
            multiline
            minRows={2}
            autoFocus
            label={t('claims.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value.slice(0, 200))}
            error={attempted && reasonMissing}
            helperText={
              attempted && reasonMissing ? t('claims.reasonRequired') : `${reason.trim().length} / 200`
            }
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          color={mode === 'release' ? 'warning' : 'primary'}
          onClick={confirm}
          disabled={sending}
        >
          {mode === 'release' ? t('claims.confirmRelease') : t('claims.confirmReassign')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
