import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import type { Notice } from './notifier';

/** The toast of notifier.tsx, loaded on demand (Snackbar and its transition stay off the first screen). */
export function Toast({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  return (
    <Snackbar
      key={notice?.id}
      open={notice !== null}
      autoHideDuration={notice?.durationMs ?? 6000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert
          severity={notice.severity}
          variant="filled"
          role={notice.severity === 'error' ? 'alert' : 'status'}
          onClose={onClose}
          action={
            notice.action ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  notice.action?.onClick();
                  onClose();
                }}
              >
                {notice.action.label}
              </Button>
            ) : undefined
          }
        >
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
