import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { downloadDecisionsCsv } from '@/api/endpoints/exports';
import { useCallback, useId, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { regionsQuery } from '@/api/endpoints/regions';
import type { RejectionReason } from '@/api/generated/zod';
import { serverNow } from '@/api/server-clock';
import { describeError } from '@/components/describe-error';
import { formatDuration } from '@/components/format';
import { useNotify } from '@/components/notifier';
import { useAddressParams } from '@/components/use-address-params';
import { useServerNow } from '@/components/use-now';
import { useI18n } from '@/i18n/i18n';
import { AgreementTable } from './agreement-table';
import { AgeChart, BacklogChart, HandlingChart, ReasonsChart, ThroughputChart } from './charts';
import {
  MAX_CUSTOM_DAYS,
  readDashboardView,
  rangePresets,
  resolveRange,
  writeDashboardView,
  type DashboardView,
} from './dashboard-range';
import { ReviewersTable } from './reviewers-table';
import { SummaryFigures } from './summary-widget';
import { useDashboardQueries } from './use-dashboard-queries';
import { WidgetCard } from './widget-card';

export interface DrillDown {
  decidedBy?: string;
  reason?: RejectionReason;
  from: string;
  to: string;
  region: string;
}

interface DashboardPageProps {
  /** Where a drill-down goes: the decisions list filtered as asked. */
  decisionsPath: (filter: DrillDown) => string;
}

/** The supervisor's view: are we keeping up, who is overloaded, what are we rejecting and why. */
export function DashboardPage({ decisionsPath }: DashboardPageProps) {
  const { t, locale, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const [params, change] = useAddressParams();
  const { view, ignored } = useMemo(() => readDashboardView(params), [params]);
  // The range only moves at midnight: re-resolve once a minute, not every second.
  const minute = Math.floor(useServerNow(60_000) / 60_000);
  const range = useMemo(() => resolveRange(view, serverNow()), [view, minute]); // eslint-disable-line react-hooks/exhaustive-deps
  const rangeWrong = range.problem === 'reversed' || range.problem === 'tooLong';
  const rangeHintId = useId();
  const regions = useQuery(regionsQuery());
  const queries = useDashboardQueries(
    { from: range.from, to: range.to, region: view.region || undefined },
    range.bucket,
  );

  const update = useCallback(
    (patch: Partial<DashboardView>) =>
      change((current) => writeDashboardView({ ...readDashboardView(current).view, ...patch }, current), {
        replace: true,
      }),
    [change],
  );
  const drillPath = (filter: Omit<DrillDown, 'from' | 'to' | 'region'>) =>
    decisionsPath({ ...filter, from: range.firstDay, to: range.lastDay, region: view.region });
  const drill = (filter: Omit<DrillDown, 'from' | 'to' | 'region'>) => void navigate(drillPath(filter));

  const exportCsv = useMutation({
    mutationFn: () =>
      downloadDecisionsCsv({ from: range.from, to: range.to, region: view.region || undefined }),
    onSuccess: ({ blob, filename }) => {
      // The file is built by the server (masked identifiers, no formulas); the browser only saves it.
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      notify(t('dashboard.exported', { filename }), 'success');
    },
    onError: (error) => notify(describeError(error, t), 'error'),
  });

  const all = Object.values(queries);
  const updatedAt = Math.max(...all.map((q) => q.dataUpdatedAt));
  const anyStale = all.some((q) => q.isError && q.data !== undefined);

  return (
    <Stack spacing={2.5}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2 }}
      >
        <Typography variant="h5" component="h1">
          {t('dashboard.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
          {updatedAt > 0 ? t('dashboard.updated', { time: formatDateTime(updatedAt) }) : ''} ·{' '}
          {t('dashboard.autoRefresh')}
        </Typography>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={view.range}
          onChange={(_event, value: DashboardView['range'] | null) => {
            if (value) update({ range: value });
          }}
          aria-label={t('dashboard.range')}
        >
          {rangePresets.map((preset) => (
            <ToggleButton key={preset} value={preset}>
              {t(`dashboard.range.${preset}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {view.range === 'custom' ? (
          <>
            <TextField
              type="date"
              size="small"
              label={t('dashboard.from')}
              value={view.from}
              error={rangeWrong}
              onChange={(event) => update({ from: event.target.value })}
              slotProps={{
                inputLabel: { shrink: true },
                htmlInput: range.problem ? { 'aria-describedby': rangeHintId } : {},
              }}
            />
            <TextField
              type="date"
              size="small"
              label={t('dashboard.to')}
              value={view.to}
              error={rangeWrong}
              onChange={(event) => update({ to: event.target.value })}
              slotProps={{
                inputLabel: { shrink: true },
                htmlInput: range.problem ? { 'aria-describedby': rangeHintId } : {},
              }}
            />
          </>
        ) : null}
        <TextField
          select
          size="small"
          label={t('dashboard.region')}
          value={view.region}
          onChange={(event) => update({ region: event.target.value })}
          sx={{ minWidth: 180 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('dashboard.allRegions')}</MenuItem>
          {(regions.data ?? []).map((region) => (
            <MenuItem key={region.code} value={region.code}>
              {region.name[locale]}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t('dashboard.period', { from: range.firstDay, to: range.lastDay })}
        </Typography>
        <Button variant="outlined" onClick={() => exportCsv.mutate()} disabled={exportCsv.isPending}>
          {exportCsv.isPending ? t('dashboard.exporting') : t('dashboard.export')}
        </Button>
      </Stack>
      {range.problem ? (
        // Both dates not chosen yet is a hint, not an error: "Custom" starts with them empty.
        <Alert
          id={rangeHintId}
          severity={rangeWrong ? 'error' : 'info'}
          role={rangeWrong ? 'alert' : 'status'}
        >
          {range.problem === 'missing'
            ? t('dashboard.rangeMissing')
            : range.problem === 'reversed'
              ? t('dashboard.rangeReversed')
              : t('dashboard.rangeTooLong', { days: MAX_CUSTOM_DAYS })}
        </Alert>
      ) : null}
      {ignored.length > 0 ? (
        <Alert severity="warning" role="status">
          {t('queue.ignoredParameters', { names: ignored.join(', ') })}
        </Alert>
      ) : null}
      {anyStale ? (
        <Alert severity="warning" role="status">
          {t('dashboard.refreshFailed', { time: formatDateTime(updatedAt) })}
        </Alert>
      ) : null}

      <WidgetCard id="summary" title={t('dashboard.summary')} query={queries.summary} minHeight={90}>
        {(summary) => <SummaryFigures summary={summary} isToday={range.isToday} />}
      </WidgetCard>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        <WidgetCard
          id="throughput"
          title={t('dashboard.throughput')}
          subtitle={t('dashboard.throughputQuestion', { bucket: t(`dashboard.bucket.${range.bucket}`) })}
          query={queries.throughput}
        >
          {(data) => <ThroughputChart data={data} />}
        </WidgetCard>
        <WidgetCard
          id="backlog"
          title={t('dashboard.backlog')}
          subtitle={t('dashboard.backlogQuestion', { bucket: t(`dashboard.bucket.${range.bucket}`) })}
          query={queries.backlog}
        >
          {(data) => <BacklogChart data={data} />}
        </WidgetCard>
        <WidgetCard
          id="age"
          title={t('dashboard.age')}
          subtitle={t('dashboard.ageQuestion')}
          query={queries.backlog}
        >
          {(data) => <AgeChart buckets={data.ageBuckets} />}
        </WidgetCard>
        <WidgetCard
          id="handling"
          title={t('dashboard.handling')}
          subtitle={
            queries.handling.data
              ? t('dashboard.handlingQuestion', {
                  median:
                    queries.handling.data.medianSeconds === null
                      ? t('dashboard.none')
                      : formatDuration(Math.round(queries.handling.data.medianSeconds), t),
                  p90:
                    queries.handling.data.p90Seconds === null
                      ? t('dashboard.none')
                      : formatDuration(Math.round(queries.handling.data.p90Seconds), t),
                })
              : undefined
          }
          query={queries.handling}
        >
          {(data) => <HandlingChart data={data} />}
        </WidgetCard>
        <WidgetCard
          id="reasons"
          title={t('dashboard.reasons')}
          subtitle={t('dashboard.reasonsQuestion')}
          query={queries.reasons}
        >
          {(data) => <ReasonsChart items={data.items} reasonPath={(reason) => drillPath({ reason })} />}
        </WidgetCard>
        <WidgetCard
          id="reviewers"
          title={t('dashboard.reviewers')}
          subtitle={t('dashboard.reviewersQuestion')}
          query={queries.reviewers}
        >
          {(data) => (
            <ReviewersTable rows={data.items} onSelect={(row) => drill({ decidedBy: row.reviewer.id })} />
          )}
        </WidgetCard>
        <WidgetCard
          id="agreement"
          title={t('dashboard.agreement')}
          subtitle={t('dashboard.agreementQuestion')}
          query={queries.agreement}
          minHeight={160}
        >
          {(data) => <AgreementTable data={data} />}
        </WidgetCard>
      </Box>
    </Stack>
  );
}
