import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { revealIdNumber } from '@/api/endpoints/requests';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/i18n/i18n';

/** How long a revealed number stays on screen before it is masked again. */
export const REVEAL_SHOWN_MS = 60_000;
const REASON_MIN = 5;
const REASON_MAX = 200;

interface IdNumberProps {
  requestId: string;
  number: string;
  masked: string;
  /** Only the reviewer holding the request may see the full number. */
  canReveal: boolean;
}

/**
 * The applicant's ID number, masked. The reviewer holding the request may show it in full, giving a
 * reason that the server writes to the audit; it stays on screen for a minute, in memory only.
 */
export function IdNumber({ requestId, number, masked, canReveal }: IdNumberProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: (why: string) => revealIdNumber(requestId, { reason: why }),
    onSuccess: (full) => {
      setRevealed(full);
      setOpen(false);
      setReason('');
      setTouched(false);
    },
  });
  useEffect(() => {
    if (revealed === null) return;
    const timer = setTimeout(() => setRevealed(null), REVEAL_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [revealed]);
  // Losing the claim hides the number at once.
  const shown = canReveal ? revealed : null;

  const trimmed = reason.trim();
  const invalid = trimmed.length < REASON_MIN;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!invalid) reveal.mutate(trimmed);
  };

  return (
    <>
      <Box component="span" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap', fontSize: '0.88em' }}>
        {shown ?? masked}
      </Box>
      {shown ? (
        <Box component="span" sx={{ display: 'block', fontSize: '0.75rem', color: 'text.secondary' }}>
          {t('reveal.shown', { seconds: REVEAL_SHOWN_MS / 1000 })}{' '}
          <Button size="small" onClick={() => setRevealed(null)} sx={{ minWidth: 0, p: 0 }}>
            {t('reveal.hide')}
          </Button>
        </Box>
      ) : canReveal ? (
        <Button size="small" onClick={() => setOpen(true)} sx={{ display: 'block', p: 0, minWidth: 0 }}>
          {t('reveal.button')}
        </Button>
      ) : null}
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} maxWidth="xs" fullWidth>
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
              helperText={
                touched && invalid ? t('reveal.reasonRequired') : `${trimmed.length} / ${REASON_MAX}`
              }
              slotProps={{ htmlInput: { maxLength: REASON_MAX } }}
              sx={{ mt: 1 }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{t('reveal.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={reveal.isPending}>
              {t('reveal.confirm')}
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
    </>
  );
}
