import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { revealIdNumber } from '@/api/endpoints/requests';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/i18n/i18n';

const REASON_MIN = 5;
const REASON_MAX = 200;

interface RevealDialogProps {
  open: boolean;
  requestId: string;
  /** The masked number, for the title. */
  number: string;
  onClose: () => void;
  onRevealed: (full: string) => void;
}

/** Asks for the reason to show an ID number in full; the server writes it to the audit. */
export function RevealDialog({ open, requestId, number, onClose, onRevealed }: RevealDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const reveal = useMutation({
    mutationFn: (why: string) => revealIdNumber(requestId, { reason: why }),
    onSuccess: (full) => {
      onRevealed(full);
      setReason('');
      setTouched(false);
    },
  });

  const trimmed = reason.trim();
  const invalid = trimmed.length < REASON_MIN;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!invalid) reveal.mutate(trimmed);
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('reveal.title', { number })}</DialogTitle>
        <DialogContent>
          {reveal.isError ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {describeError(reveal.error, t)}
            </Alert>
          ) : null}
          <TextField
            label={t('reveal.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            fullWidth
            multiline
            minRows={2}
            autoFocus
            error={touched && invalid}
            helperText={touched && invalid ? t('reveal.reasonRequired') : `${trimmed.length} / ${REASON_MAX}`}
            slotProps={{ htmlInput: { maxLength: REASON_MAX } }}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('reveal.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={reveal.isPending}>
            {t('reveal.confirm')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
