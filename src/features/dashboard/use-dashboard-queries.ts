import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  metricsBacklogQuery,
  metricsHandlingTimeQuery,
  metricsMachineAgreementQuery,
  metricsRejectionReasonsQuery,
  metricsReviewersQuery,
  metricsSummaryQuery,
  metricsThroughputQuery,
  type MetricsParams,
} from '@/api/endpoints/metrics';

const REFRESH_MS = 30_000;
// Each widget refreshes on its own; a failed refresh keeps the last figures (React Query keeps data).
const live = { refetchInterval: REFRESH_MS, placeholderData: keepPreviousData } as const;

export function useDashboardQueries(params: MetricsParams, bucket: 'hour' | 'day') {
  return {
    summary: useQuery({ ...metricsSummaryQuery(params), ...live }),
    throughput: useQuery({ ...metricsThroughputQuery({ ...params, bucket }), ...live }),
    backlog: useQuery({ ...metricsBacklogQuery(params), ...live }),
    handling: useQuery({ ...metricsHandlingTimeQuery(params), ...live }),
    reasons: useQuery({ ...metricsRejectionReasonsQuery(params), ...live }),
    reviewers: useQuery({ ...metricsReviewersQuery(params), ...live }),
    agreement: useQuery({ ...metricsMachineAgreementQuery(params), ...live }),
  };
}
