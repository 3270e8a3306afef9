import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n/i18n';
import { RevealDialog, WhenOpened } from './lazy-dialogs';

/** How long a revealed number stays on screen before it is masked again. */
export const REVEAL_SHOWN_MS = 60_000;

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
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  useEffect(() => {
    if (revealed === null) return;
    const timer = setTimeout(() => setRevealed(null), REVEAL_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [revealed]);
  // Losing the claim hides the number at once.
  const shown = canReveal ? revealed : null;

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
      <WhenOpened open={open}>
        <RevealDialog
          open={open}
          requestId={requestId}
          number={number}
          onClose={() => setOpen(false)}
          onRevealed={(full) => {
            setRevealed(full);
            setOpen(false);
          }}
        />
      </WhenOpened>
    </>
  );
}
