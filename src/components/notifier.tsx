import Box from '@mui/material/Box';
import type { AlertColor } from '@mui/material/Alert';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { onDemand, usePrefetch, WhenOpened } from './on-demand';

interface NoticeAction {
  label: string;
  onClick: () => void;
}

interface NoticeOptions {
  action?: NoticeAction;
  durationMs?: number;
}

export interface Notice extends NoticeOptions {
  id: number;
  message: string;
  severity: AlertColor;
}

type Notify = (message: string, severity?: AlertColor, options?: NoticeOptions) => void;
type Announce = (message: string) => void;
const NotifyContext = createContext<Notify | null>(null);
const AnnounceContext = createContext<Announce | null>(null);
let counter = 0;

/** The toast itself (MUI's Snackbar) is fetched once the app is on screen, not with the first screen. */
const toast = onDemand(() => import('./toast').then((m) => m.Toast));
const Toast = toast.Component;

/** Short, announced messages (a toast) for the outcome of actions, optionally with one action (Undo). */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback<Announce>((message) => {
    // Clearing first makes a repeated sentence count as new for screen readers.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);
  const notify = useCallback<Notify>((message, severity = 'info', options = {}) => {
    counter += 1;
    setNotice({ id: counter, message, severity, ...options });
  }, []);
  const close = () => setNotice(null);
  usePrefetch(toast.prefetch);
  return (
    <NotifyContext.Provider value={notify}>
      <AnnounceContext.Provider value={announce}>{children}</AnnounceContext.Provider>
      {/* A live region that exists from the start, so that what is put in it is read out. */}
      <Box
        role="status"
        aria-live="polite"
        aria-atomic="true"
        sx={{
          position: 'absolute',
          width: 1,
          height: 1,
          overflow: 'hidden',
          clip: 'rect(0 0 0 0)',
          whiteSpace: 'nowrap',
        }}
      >
        {announcement}
      </Box>
      <WhenOpened open={notice !== null}>
        <Toast notice={notice} onClose={close} />
      </WhenOpened>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify must be used inside NotifierProvider');
  return notify;
}

/** Says something to screen-reader users without showing it (the outcome of a keyboard action). */
export function useAnnounce(): Announce {
  const announce = useContext(AnnounceContext);
  if (!announce) throw new Error('useAnnounce must be used inside NotifierProvider');
  return announce;
}
