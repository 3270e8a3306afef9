import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/i18n/i18n';

interface ReReviewDialogProps {
  number: string;
  sending: boolean;
  error: unknown;
  onConfirm: (note: string) => void;
  onClose: () => void;
}

/** Four eyes: a supervisor sends a decided request back with a note; another reviewer decides again. */
export function ReReviewDialog({ number, sending, error, onConfirm, onClose }: ReReviewDialogProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const missing = note.trim() === '';
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="rereview-title">
      <DialogTitle id="rereview-title">{t('rereview.title', { number })}</DialogTitle>
      <DialogContent>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {describeError(error, t)}
          </Alert>
        ) : null}
        <TextField
          autoFocus
          required
          multiline
          minRows={3}
          fullWidth
          sx={{ mt: 1 }}
          label={t('rereview.note')}
          value={note}
          onChange={(event) => setNote(event.target.value.slice(0, 500))}
          error={attempted && missing}
          helperText={attempted && missing ? t('rereview.noteRequired') : `${note.trim().length} / 500`}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={sending}
          onClick={() => {
            setAttempted(true);
            if (!missing) onConfirm(note.trim());
          }}
        >
          {t('rereview.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
