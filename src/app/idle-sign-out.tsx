import { useEffect, useRef, useState } from 'react';
import { usePrefetch, WhenOpened } from '@/components/on-demand';
import { IdleWarningDialog, prefetchShellDialogs } from './shell-dialogs-on-demand';

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
  const lastActive = useRef(0);
  const [left, setLeft] = useState<number | null>(null);
  const signOut = useRef(onSignOut);
  usePrefetch(...prefetchShellDialogs);
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
    <WhenOpened open={left !== null}>
      <IdleWarningDialog open={left !== null} left={left ?? 0} onStay={stay} />
    </WhenOpened>
  );
}
