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

// Each widget refreshes on its own (the metrics query options set the interval); a failed refresh
// keeps the last figures, and a new range shows the old ones until the new ones arrive.
const live = { placeholderData: keepPreviousData } as const;

export function useDashboardQueries(params: MetricsParams, bucket: 'hour' | 'day') {
  return {
    summary: useQuery({ ...metricsSummaryQuery(params), ...live }),
    throughput: useQuery({ ...metricsThroughputQuery({ ...params, bucket }), ...live }),
    backlog: useQuery({ ...metricsBacklogQuery({ ...params, bucket }), ...live }),
    handling: useQuery({ ...metricsHandlingTimeQuery(params), ...live }),
    reasons: useQuery({ ...metricsRejectionReasonsQuery(params), ...live }),
    reviewers: useQuery({ ...metricsReviewersQuery(params), ...live }),
    agreement: useQuery({ ...metricsMachineAgreementQuery(params), ...live }),
  };
}
