import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import type { RejectionReason } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';
import { NOTE_MAX, noteLength, rejectionProblems, rejectionReasons, type ReviewDraft } from './review-draft';

interface RejectDialogProps {
  open: boolean;
  number: string;
  draft: ReviewDraft;
  sending: boolean;
  error: string | null;
  onToggleReason: (reason: RejectionReason) => void;
  onNote: (note: string) => void;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Reasons from the controlled list and a note the applicant will read. Confirming with something
 * missing says what, at the field, and sends nothing. Closing keeps everything in the draft.
 */
export function RejectDialog(props: RejectDialogProps) {
  const { open, number, draft, sending, error, onToggleReason, onNote, onConfirm, onClose } = props;
  const { t } = useI18n();
  const [attempted, setAttempted] = useState(false);
  const reasonsRef = useRef<HTMLFieldSetElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const problems = rejectionProblems(draft);
  const reasonsError = attempted && problems.reasons !== null;
  const noteError = attempted && problems.note !== null;
  const noteMessage =
    problems.note === 'required'
      ? t('reject.noteRequired')
      : problems.note === 'too-long'
        ? t('reject.noteTooLong', { max: NOTE_MAX })
        : problems.note === 'control-characters'
          ? t('reject.noteControl')
          : '';

  const confirm = () => {
    setAttempted(true);
    if (problems.reasons) return reasonsRef.current?.querySelector('input')?.focus();
    if (problems.note) return noteRef.current?.focus();
    onConfirm();
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="reject-title">
      <DialogTitle id="reject-title">{t('reject.title', { number })}</DialogTitle>
      <DialogContent>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        <FormControl component="fieldset" ref={reasonsRef} error={reasonsError} required sx={{ mb: 2 }}>
          <FormLabel component="legend">{t('reject.reasons')}</FormLabel>
          <FormGroup>
            {rejectionReasons.map((reason) => (
              <FormControlLabel
                key={reason}
                control={
                  <Checkbox
                    checked={draft.reasons.includes(reason)}
                    onChange={() => onToggleReason(reason)}
                  />
                }
                label={t(`reason.${reason}`)}
              />
            ))}
          </FormGroup>
          {reasonsError ? <FormHelperText>{t('reject.reasonsRequired')}</FormHelperText> : null}
        </FormControl>
        <TextField
          label={t('reject.note')}
          multiline
          minRows={3}
          fullWidth
          required
          value={draft.note}
          onChange={(event) => onNote(event.target.value)}
          onKeyDown={(event) => {
            // Ctrl+Enter (Cmd+Enter) confirms from the note, without leaving the keyboard.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              confirm();
            }
          }}
          // With reasons already chosen (a failed check picks one), the note is what is left to write.
          autoFocus={draft.reasons.length > 0}
          inputRef={noteRef}
          error={noteError}
          helperText={
            noteError ? noteMessage : t('reject.noteHelp', { count: noteLength(draft.note), max: NOTE_MAX })
          }
          // maxLength counts UTF-16 units: room for a note of characters outside the BMP (two units each).
          slotProps={{ htmlInput: { maxLength: NOTE_MAX * 2 + 50, spellCheck: true } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('reject.cancel')}</Button>
        <Button variant="contained" color="error" onClick={confirm} disabled={sending}>
          {sending ? t('decision.sending') : t('reject.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
