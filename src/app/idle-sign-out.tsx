import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n';
import { formatCountdown } from '@/lib/time';

/** Idle sign-out after this long without a key, click, touch or scroll (VITE_IDLE_MINUTES, default 15). */
export const IDLE_TIMEOUT_MS = (Number(import.meta.env.VITE_IDLE_MINUTES) || 15) * 60_000;
/** The warning comes this long before. */
export const IDLE_WARNING_MS = 60_000;
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

interface IdleSignOutProps {
  onStay: () => void;
  onSignOut: () => void;
  timeoutMs?: number;
  warningMs?: number;
}

/**
 * Signs the user out after a spell without activity, with a warning (and a way to stay) a minute
 * before. An unattended screen with citizens' faces and ID numbers must not stay open.
 */
export function IdleSignOut({
  onStay,
  onSignOut,
  timeoutMs = IDLE_TIMEOUT_MS,
  warningMs = IDLE_WARNING_MS,
}: IdleSignOutProps) {
  const { t } = useI18n();
  const titleId = useId();
  const lastActive = useRef(0);
  const [left, setLeft] = useState<number | null>(null);
  const signOut = useRef(onSignOut);
  useEffect(() => {
    signOut.current = onSignOut;
  }, [onSignOut]);

  useEffect(() => {
    lastActive.current = Date.now();
    const active = () => {
      lastActive.current = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true });
    const timer = setInterval(() => {
      const remaining = timeoutMs - (Date.now() - lastActive.current);
      if (remaining <= 0) {
        clearInterval(timer);
        signOut.current();
      } else setLeft(remaining <= warningMs ? remaining : null);
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
    };
  }, [timeoutMs, warningMs]);

  const stay = () => {
    lastActive.current = Date.now();
    setLeft(null);
    onStay();
  };

  return (
    <Dialog open={left !== null} onClose={stay} aria-labelledby={titleId} role="alertdialog">
      <DialogTitle id={titleId}>{t('idle.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('idle.body', { time: formatCountdown(left ?? 0) })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={stay} autoFocus>
          {t('idle.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
