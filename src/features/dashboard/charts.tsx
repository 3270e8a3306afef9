import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { Link as RouterLink, useNavigate } from 'react-router';
import type {
  MetricsAgeBucketCount,
  MetricsBacklog,
  MetricsBucketSize,
  MetricsHandlingTime,
  MetricsReasonCount,
  MetricsThroughput,
  RejectionReason,
} from '@/api/generated/zod';
import { serverNow } from '@/api/server-clock';
import { formatDuration } from '@/components/format';
import { TIME_ZONE, useI18n } from '@/i18n/i18n';

const colours = {
  approved: '#1b6e3a',
  rejected: '#b3261e',
  inflow: '#01579b',
  outflow: '#1b6e3a',
  backlog: '#8a5300',
};

/**
 * Labels for the buckets' starts (Asia/Shanghai): the hour, with its day when the hours span more
 * than one day (a band or point axis merges equal labels, so 00:00 must not appear twice), or the day.
 */
export function bucketLabels(locale: string, bucket: MetricsBucketSize, starts: readonly string[]): string[] {
  const day = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, month: '2-digit', day: '2-digit' });
  const dates = starts.map((start) => new Date(start));
  if (bucket === 'day') return dates.map((date) => day.format(date));
  const manyDays = new Set(dates.map((date) => day.format(date))).size > 1;
  const hour = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    ...(manyDays ? { month: '2-digit', day: '2-digit' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return dates.map((date) => hour.format(date));
}

/** Approved against rejected per bucket, stacked, so the height is the throughput. */
export function ThroughputChart({ data }: { data: MetricsThroughput }) {
  const { t, locale } = useI18n();
  const labels = bucketLabels(
    locale,
    data.bucket,
    data.items.map((item) => item.start),
  );
  return (
    <Box role="figure" aria-label={t('dashboard.throughput')}>
      <BarChart
        height={260}
        skipAnimation
        xAxis={[{ scaleType: 'band', data: labels }]}
        series={[
          {
            data: data.items.map((i) => i.approved),
            label: t('dashboard.approved'),
            stack: 'total',
            color: colours.approved,
          },
          {
            data: data.items.map((i) => i.rejected),
            label: t('dashboard.rejected'),
            stack: 'total',
            color: colours.rejected,
          },
        ]}
      />
    </Box>
  );
}

/** Inflow against outflow per hour or day, and the backlog left at the end of each. */
export function BacklogChart({ data }: { data: MetricsBacklog }) {
  const { t, locale } = useI18n();
  const now = serverNow();
  // Hours still to come are not drawn: nothing has arrived or been decided in them yet.
  const days = data.items.filter((d) => Date.parse(d.start) <= now);
  const labels = bucketLabels(
    locale,
    data.bucket,
    days.map((d) => d.start),
  );
  // With a few points there is hardly a line to draw: the points must show.
  const showMark = days.length <= 7;
  return (
    <Box role="figure" aria-label={t('dashboard.backlog')}>
      <LineChart
        height={260}
        skipAnimation
        xAxis={[{ scaleType: 'point', data: labels }]}
        series={[
          { data: days.map((d) => d.inflow), label: t('dashboard.inflow'), color: colours.inflow, showMark },
          {
            data: days.map((d) => d.outflow),
            label: t('dashboard.outflow'),
            color: colours.outflow,
            showMark,
          },
          {
            data: days.map((d) => d.backlogAtEnd),
            label: t('dashboard.backlogAtEnd'),
            color: colours.backlog,
            showMark,
          },
        ]}
      />
    </Box>
  );
}

export function AgeChart({ buckets }: { buckets: MetricsAgeBucketCount[] }) {
  const { t } = useI18n();
  return (
    <Box role="figure" aria-label={t('dashboard.age')}>
      <BarChart
        height={220}
        skipAnimation
        xAxis={[{ scaleType: 'band', data: buckets.map((b) => t(`dashboard.age.${b.bucket}`)) }]}
        series={[{ data: buckets.map((b) => b.count), label: t('dashboard.waiting'), color: colours.inflow }]}
      />
    </Box>
  );
}

/**
 * The reasons as bars, and the same figures as a table whose reasons are links to their decisions:
 * the bars answer a mouse click, the links a keyboard and a screen reader too.
 */
export function ReasonsChart({
  items,
  reasonPath,
}: {
  items: MetricsReasonCount[];
  /** Where a reason's decisions are listed: the bar's click and the reason's link both go there. */
  reasonPath: (reason: RejectionReason) => string;
}) {
  const { t, formatNumber } = useI18n();
  const navigate = useNavigate();
  return (
    <>
      <Box role="figure" aria-label={t('dashboard.reasons')}>
        <BarChart
          height={Math.max(220, items.length * 30 + 40)}
          skipAnimation
          layout="horizontal"
          margin={{ left: 8 }}
          yAxis={[{ scaleType: 'band', data: items.map((i) => t(`reason.${i.reason}`)), width: 280 }]}
          series={[
            { data: items.map((i) => i.count), label: t('dashboard.rejections'), color: colours.rejected },
          ]}
          onItemClick={(_event, item) => {
            const reason = items[item.dataIndex]?.reason;
            if (reason) void navigate(reasonPath(reason));
          }}
        />
      </Box>
      <Table size="small" aria-label={t('dashboard.reasons')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('dashboard.reason')}</TableCell>
            <TableCell align="right">{t('dashboard.rejections')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.reason}>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={reasonPath(item.reason)}
                  aria-label={t('dashboard.openReason', { reason: t(`reason.${item.reason}`) })}
                >
                  {t(`reason.${item.reason}`)}
                </Link>
              </TableCell>
              <TableCell align="right">{formatNumber(item.count)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function HandlingChart({ data }: { data: MetricsHandlingTime }) {
  const { t } = useI18n();
  const labels = data.buckets.map((bucket, index) =>
    bucket.upToSeconds === null
      ? t('dashboard.over', { time: formatDuration(data.buckets[index - 1]?.upToSeconds ?? 0, t) })
      : t('dashboard.upTo', { time: formatDuration(bucket.upToSeconds, t) }),
  );
  return (
    <Box role="figure" aria-label={t('dashboard.handling')}>
      <BarChart
        height={220}
        skipAnimation
        xAxis={[{ scaleType: 'band', data: labels }]}
        series={[
          { data: data.buckets.map((b) => b.count), label: t('dashboard.decisions'), color: colours.inflow },
        ]}
      />
    </Box>
  );
}
