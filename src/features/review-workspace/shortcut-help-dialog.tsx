import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useI18n, type MessageKey } from '@/i18n/i18n';
import { kbd } from './checklist';
import { shortcutKeys } from './shortcuts';

export function ShortcutHelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const rows: Array<[string, string]> = [
    ...shortcutKeys.checks.map((key, index): [string, string] => [
      key,
      t('shortcuts.toggleCheck', { n: index + 1 }),
    ]),
    [shortcutKeys.approve, t('shortcuts.approve')],
    [shortcutKeys.reject, t('shortcuts.reject')],
    [shortcutKeys.skip, t('shortcuts.skip')],
    [shortcutKeys.undo, t('shortcuts.undo')],
    [shortcutKeys.cycleMode, t('shortcuts.cycleMode')],
    [shortcutKeys.zoomIn, t('shortcuts.zoomIn')],
    [shortcutKeys.zoomOut, t('shortcuts.zoomOut')],
    [shortcutKeys.fit, t('shortcuts.fit')],
    [shortcutKeys.actualSize, t('shortcuts.actualSize')],
    [shortcutKeys.pan, t('shortcuts.pan')],
    [shortcutKeys.help, t('shortcuts.help')],
    ['Ctrl+Enter', t('shortcuts.confirmReject')],
    ['Esc', t('shortcuts.close' satisfies MessageKey)],
  ];
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('shortcuts.key')}</TableCell>
              <TableCell>{t('shortcuts.action')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(([key, action]) => (
              <TableRow key={key}>
                <TableCell>
                  <Box component="kbd" sx={kbd}>
                    {key}
                  </Box>
                </TableCell>
                <TableCell>{action}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('shortcuts.typing')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
