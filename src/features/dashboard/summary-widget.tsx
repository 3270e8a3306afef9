import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { MetricsSummary } from '@/api/generated/zod';
import { formatDuration } from '@/components/format';
import { useI18n } from '@/i18n/i18n';

/**
 * Headline figures: one glance says whether the bureau is keeping up. "Decided today" is always
 * today's (the server's Shanghai day); a longer range adds its own count beside it.
 */
export function SummaryFigures({ summary, isToday }: { summary: MetricsSummary; isToday: boolean }) {
  const { t, formatNumber } = useI18n();
  const none = t('dashboard.none');
  const figures: Array<{ label: string; value: string; alert?: boolean }> = [
    { label: t('dashboard.pendingNow'), value: formatNumber(summary.pendingNow) },
    {
      label: t('dashboard.oldestPending'),
      value:
        summary.oldestPendingAgeSeconds === null ? none : formatDuration(summary.oldestPendingAgeSeconds, t),
      alert: (summary.oldestPendingAgeSeconds ?? 0) > summary.serviceTargetHours * 3600,
    },
    { label: t('dashboard.decidedToday'), value: formatNumber(summary.decidedToday) },
    ...(isToday
      ? []
      : [{ label: t('dashboard.decidedInRange'), value: formatNumber(summary.decidedInRange) }]),
    {
      label: t('dashboard.approvalRate'),
      value:
        summary.approvalRate === null
          ? none
          : formatNumber(summary.approvalRate, { style: 'percent', maximumFractionDigits: 1 }),
    },
    {
      label: t('dashboard.medianHandling'),
      value:
        summary.medianHandlingSeconds === null
          ? none
          : formatDuration(Math.round(summary.medianHandlingSeconds), t),
    },
    {
      label: t('dashboard.pastTarget', { hours: summary.serviceTargetHours }),
      value: formatNumber(summary.pastServiceTarget),
      alert: summary.pastServiceTarget > 0,
    },
    { label: t('dashboard.activeReviewers'), value: formatNumber(summary.reviewersActiveNow) },
  ];
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' }}
    >
      {figures.map((figure) => (
        <Box
          key={figure.label}
          sx={{ borderLeft: 4, borderColor: figure.alert ? 'error.main' : 'primary.main', pl: 1.5 }}
        >
          <Typography component="dt" variant="body2" color="text.secondary">
            {figure.label}
          </Typography>
          <Typography
            component="dd"
            variant="h5"
            sx={{ m: 0, fontWeight: 600, color: figure.alert ? 'error.main' : 'text.primary' }}
          >
            {figure.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
