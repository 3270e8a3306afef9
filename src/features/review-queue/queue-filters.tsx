import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { Region, RequestStatus } from '@/api/generated/zod';
import { useNavigationPending } from '@/components/use-navigation-pending';
import { useI18n } from '@/i18n/i18n';
import { defaultView, requestNumberFragment, type QueueView } from './queue-search-params';

const statuses: RequestStatus[] = ['pending', 'in_review', 'approved', 'rejected'];

interface QueueFiltersProps {
  view: QueueView;
  regions: Region[];
  onChange: (patch: Partial<QueueView>) => void;
}

export function QueueFilters({ view, regions, onChange }: QueueFiltersProps) {
  const { t, locale } = useI18n();
  // The search box updates the address after a pause, not on every key.
  const [q, setQ] = useState(view.q);
  // Follow the address when it changes from outside (back button, clear filters).
  const [addressQ, setAddressQ] = useState(view.q);
  if (view.q !== addressQ) {
    setAddressQ(view.q);
    setQ(view.q);
  }
  // A navigation under way (the reviewer claimed a row and its page is loading) must not be
  // overridden by a late search update.
  const navigating = useNavigationPending();
  useEffect(() => {
    if (q.trim() === view.q || navigating) return;
    if (q.trim() !== '' && !requestNumberFragment.test(q.trim())) return;
    const timer = setTimeout(() => onChange({ q: q.trim() }), 300);
    return () => clearTimeout(timer);
  }, [q, view.q, onChange, navigating]);

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('queue.filters')}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <TextField
          label={t('queue.filter.search')}
          size="small"
          value={q}
          onChange={(event) => setQ(event.target.value.toUpperCase().replace(/[^PR0-9]/g, ''))}
          slotProps={{ htmlInput: { maxLength: 16, spellCheck: false, autoComplete: 'off' } }}
          sx={{ minWidth: 200 }}
        />
        <TextField
          select
          label={t('queue.filter.status')}
          size="small"
          sx={{ minWidth: 200 }}
          value={view.status}
          onChange={(event) => {
            const value = event.target.value as unknown as RequestStatus[] | string;
            onChange({ status: (typeof value === 'string' ? value.split(',') : value) as RequestStatus[] });
          }}
          slotProps={{
            select: {
              multiple: true,
              displayEmpty: true,
              renderValue: (selected) => {
                const list = selected as RequestStatus[];
                return list.length === 0
                  ? t('queue.filter.allStatuses')
                  : list.map((s) => t(`status.${s}`)).join(', ');
              },
            },
            inputLabel: { shrink: true },
          }}
        >
          {statuses.map((status) => (
            <MenuItem key={status} value={status}>
              <Ticked checked={view.status.includes(status)} />
              <ListItemText primary={t(`status.${status}`)} />
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('queue.filter.region')}
          size="small"
          sx={{ minWidth: 180 }}
          value={view.region}
          onChange={(event) => {
            const value = event.target.value as unknown as string[] | string;
            onChange({ region: typeof value === 'string' ? value.split(',') : value });
          }}
          slotProps={{
            select: {
              multiple: true,
              displayEmpty: true,
              renderValue: (selected) => {
                const list = selected as string[];
                if (list.length === 0) return t('queue.filter.allRegions');
                return list
                  .map((code) => regions.find((r) => r.code === code)?.name[locale] ?? code)
                  .join(', ');
              },
            },
            inputLabel: { shrink: true },
          }}
        >
          {regions.map((region) => (
            <MenuItem key={region.code} value={region.code}>
              <Ticked checked={view.region.includes(region.code)} />
              <ListItemText primary={region.name[locale]} />
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="date"
          label={t('queue.filter.from')}
          size="small"
          value={view.from}
          onChange={(event) => onChange({ from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: view.to || undefined } }}
        />
        <TextField
          type="date"
          label={t('queue.filter.to')}
          size="small"
          value={view.to}
          onChange={(event) => onChange({ to: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: view.from || undefined } }}
        />
        <Button
          onClick={() => {
            setQ('');
            onChange({ ...defaultView, pageSize: view.pageSize, sort: view.sort });
          }}
        >
          {t('queue.filter.reset')}
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * The tick in a multiple-choice menu item. Drawn, not a checkbox control: the menu item itself is the
 * option (its aria-selected says whether it is chosen), and MUI's Checkbox would add its SwitchBase
 * to the queue's first screen for nothing.
 */
function Ticked({ checked }: { checked: boolean }) {
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', p: '5px', mr: 1, color: checked ? 'primary.main' : 'action.active' }}
    >
      {checked ? <CheckBoxIcon fontSize="small" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
    </Box>
  );
}
