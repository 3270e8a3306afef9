import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { useReviewers } from '@/components/use-reviewers';
import { useI18n } from '@/i18n/i18n';
import type { QueueView } from './queue-search-params';

/** Filters a dashboard drill-down put on the list, each removable, so nobody wonders why rows are missing. */
export function DrillDownChips({
  view,
  onChange,
}: {
  view: QueueView;
  onChange: (patch: Partial<QueueView>) => void;
}) {
  const { t, tIsolated } = useI18n();
  const reviewers = useReviewers({ enabled: view.decidedBy !== '' });
  const name = reviewers?.find((r) => r.id === view.decidedBy)?.displayName ?? view.decidedBy;
  // `label` names the chip (key, title); `shown`, when set, is what it shows: a name in its own <bdi>.
  const chips: Array<{ label: string; shown?: ReactNode; clear: Partial<QueueView> }> = [];
  if (view.decidedBy)
    chips.push({
      label: t('queue.filter.decidedBy', { name }),
      shown: tIsolated('queue.filter.decidedBy', { name }),
      clear: { decidedBy: '' },
    });
  if (view.reason)
    chips.push({
      label: t('queue.filter.reason', { reason: t(`reason.${view.reason}`) }),
      clear: { reason: '' },
    });
  if (view.decidedFrom || view.decidedTo) {
    chips.push({
      label: t('queue.filter.decided', { from: view.decidedFrom || '…', to: view.decidedTo || '…' }),
      clear: { decidedFrom: '', decidedTo: '' },
    });
  }
  if (chips.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {chips.map((chip) => (
        <Chip
          key={chip.label}
          label={chip.shown ?? chip.label}
          color="primary"
          variant="outlined"
          onDelete={() => onChange(chip.clear)}
          title={t('queue.filter.remove', { filter: chip.label })}
        />
      ))}
    </Stack>
  );
}
