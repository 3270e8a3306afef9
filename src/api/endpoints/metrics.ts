import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import {
  MetricsBacklogSchema,
  MetricsHandlingTimeSchema,
  MetricsMachineAgreementSchema,
  MetricsRejectionReasonsSchema,
  MetricsReviewersSchema,
  MetricsSummarySchema,
  MetricsThroughputSchema,
  type MetricsBucketSize,
} from '../generated/zod';

/**
 * The range every metric is asked for: `from` inclusive, `to` exclusive (RFC 3339, at most 400 days
 * apart; `to` may lie in the future), and a region code (absent, null or empty: every region). Days
 * are Asia/Shanghai days on the server.
 */
export interface MetricsRange {
  from: string;
  to: string;
  region?: string | null;
}

export type MetricsKind =
  | 'summary'
  | 'throughput'
  | 'backlog'
  | 'reviewers'
  | 'rejection-reasons'
  | 'handling-time'
  | 'machine-agreement';

export interface MetricsParams extends MetricsRange {
  /** Throughput and backlog only. */
  bucket?: MetricsBucketSize;
}

export const metricsKeys = {
  all: ['metrics'] as const,
  kind: (kind: MetricsKind) => [...metricsKeys.all, kind] as const,
  query: (kind: MetricsKind, params: MetricsParams) =>
    [...metricsKeys.kind(kind), normalized(params)] as const,
};

/** One spelling of "every region", so that equal ranges share a cache entry. */
function normalized({ from, to, region, bucket }: MetricsParams): MetricsParams {
  return bucket === undefined
    ? { from, to, region: region || null }
    : { from, to, region: region || null, bucket };
}

/** The dashboard refreshes itself this often; a failed refresh keeps the last figures. */
export const METRICS_REFRESH_MS = 30_000;

const refresh = { staleTime: 15_000, refetchInterval: METRICS_REFRESH_MS } as const;

export const metricsSummaryQuery = (range: MetricsRange) =>
  queryOptions({
    queryKey: metricsKeys.query('summary', range),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getMetricsSummary',
        path: '/api/metrics/summary',
        query: { ...normalized(range) },
        schema: MetricsSummarySchema,
        signal,
      }),
    ...refresh,
  });

export const metricsThroughputQuery = (params: MetricsRange & { bucket: MetricsBucketSize }) =>
  queryOptions({
    queryKey: metricsKeys.query('throughput', params),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getMetricsThroughput',
        path: '/api/metrics/throughput',
        query: { ...normalized(params) },
        schema: MetricsThroughputSchema,
        signal,
      }),
    ...refresh,
  });

/** Per hour or per day (default), like the throughput; the age buckets are now's, whatever the range. */
export const metricsBacklogQuery = (params: MetricsRange & { bucket?: MetricsBucketSize }) =>
  queryOptions({
    queryKey: metricsKeys.query('backlog', params),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getMetricsBacklog',
        path: '/api/metrics/backlog',
        query: { ...normalized(params) },
        schema: MetricsBacklogSchema,
        signal,
      }),
    ...refresh,
  });

export const metricsReviewersQuery = (range: MetricsRange) =>
  queryOptions({
    queryKey: metricsKeys.query('reviewers', range),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getMetricsReviewers',
        path: '/api/metrics/reviewers',
        query: { ...normalized(range) },
        schema: MetricsReviewersSchema,
        signal,
      }),
    ...refresh,
  });

export const metricsRejectionReasonsQuery = (range: MetricsRange) =>
  queryOptions({
    queryKey: metricsKeys.query('rejection-reasons', range),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getMetricsRejectionReasons',
        path: '/api/metrics/rejection-reasons',
        query: { ...normalized(range) },
        schema: MetricsRejectionReasonsSchema,
        signal,
      }),
    ...refresh,
  });

export const metricsHandlingTimeQuery = (range: MetricsRange) =>
  queryOptions({
    queryKey: metricsKeys.query('handling-time', range),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getMetricsHandlingTime',
        path: '/api/metrics/handling-time',
        query: { ...normalized(range) },
        schema: MetricsHandlingTimeSchema,
        signal,
      }),
    ...refresh,
  });

/** Per check, how often reviewers agreed with the machine's pre-check verdicts, and disputed them. */
export const metricsMachineAgreementQuery = (range: MetricsRange) =>
  queryOptions({
    queryKey: metricsKeys.query('machine-agreement', range),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getMetricsMachineAgreement',
        path: '/api/metrics/machine-agreement',
        query: { ...normalized(range) },
        schema: MetricsMachineAgreementSchema,
        signal,
      }),
    ...refresh,
  });
