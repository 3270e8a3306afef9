import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { Suspense, useEffect, useState } from 'react';
import type { Region, RequestStatus } from '@/api/generated/zod';
import { onDemand, usePrefetch, usePrefetchOpen } from '@/components/on-demand';
import { OutlinedField } from '@/components/outlined-field';
import { useNavigationPending } from '@/components/use-navigation-pending';
import { useI18n } from '@/i18n/i18n';
import type { FilterSelectProps } from './filter-select';
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

  const statusSummary =
    view.status.length === 0
      ? t('queue.filter.allStatuses')
      : view.status.map((s) => t(`status.${s}`)).join(', ');
  const regionSummary =
    view.region.length === 0
      ? t('queue.filter.allRegions')
      : view.region.map((code) => regions.find((r) => r.code === code)?.name[locale] ?? code).join(', ');
  usePrefetch(filterSelect.prefetch);

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('queue.filters')}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <OutlinedField
          label={t('queue.filter.search')}
          value={q}
          onChange={(event) => setQ(event.target.value.toUpperCase().replace(/[^PR0-9]/g, ''))}
          inputProps={{ maxLength: 16, spellCheck: false, autoComplete: 'off' }}
          sx={{ minWidth: 200 }}
        />
        <Filter
          label={t('queue.filter.status')}
          summary={statusSummary}
          minWidth={200}
          value={view.status}
          options={statuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          onChange={(value) => onChange({ status: value as RequestStatus[] })}
        />
        <Filter
          label={t('queue.filter.region')}
          summary={regionSummary}
          minWidth={180}
          value={view.region}
          options={regions.map((region) => ({ value: region.code, label: region.name[locale] }))}
          onChange={(value) => onChange({ region: value })}
        />
        <OutlinedField
          type="date"
          label={t('queue.filter.from')}
          shrink
          value={view.from}
          onChange={(event) => onChange({ from: event.target.value })}
          inputProps={{ max: view.to || undefined }}
        />
        <OutlinedField
          type="date"
          label={t('queue.filter.to')}
          shrink
          value={view.to}
          onChange={(event) => onChange({ to: event.target.value })}
          inputProps={{ min: view.from || undefined }}
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

const filterSelect = onDemand(() => import('./filter-select').then((m) => m.FilterSelect));

/**
 * A multiple-choice filter. Until its menu's code has arrived (fetched once the queue's rows are on
 * screen), the same field is drawn read-only with the same summary, so nothing moves when it does.
 */
function Filter(props: FilterSelectProps) {
  const placeholder = (
    <OutlinedField
      label={props.label}
      shrink
      value={props.summary}
      readOnly
      disabled
      sx={{ minWidth: props.minWidth }}
    />
  );
  // Mounted once the queue's first screen is complete: mounting it fetches the menu's code.
  const open = usePrefetchOpen();
  if (!open) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <filterSelect.Component {...props} />
    </Suspense>
  );
}
