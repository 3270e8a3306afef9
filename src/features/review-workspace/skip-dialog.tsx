import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import type { SkipInput, SkipReason } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';

const skipReasons: SkipReason[] = ['unsure', 'needs-supervisor', 'technical-problem', 'other'];

interface SkipDialogProps {
  open: boolean;
  number: string;
  sending: boolean;
  error: string | null;
  onConfirm: (input: SkipInput) => void;
  onClose: () => void;
}

export function SkipDialog({ open, number, sending, error, onConfirm, onClose }: SkipDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState<SkipReason>('unsure');
  const [note, setNote] = useState('');
  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="skip-title">
      <DialogTitle id="skip-title">{t('skip.title', { number })}</DialogTitle>
      <DialogContent>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('skip.reason')}</FormLabel>
          <RadioGroup value={reason} onChange={(event) => setReason(event.target.value as SkipReason)}>
            {skipReasons.map((value, index) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio autoFocus={index === 0} />}
                label={t(`skip.reason.${value}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <TextField
          label={t('skip.note')}
          fullWidth
          size="small"
          sx={{ mt: 2 }}
          value={note}
          onChange={(event) => setNote(event.target.value.slice(0, 200))}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('reject.cancel')}</Button>
        <Button
          variant="contained"
          disabled={sending}
          onClick={() => onConfirm(note.trim() ? { reason, note: note.trim() } : { reason })}
        >
          {t('skip.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
