import { http } from 'msw';
import type { MockBackend } from '../domain/backend';
import {
  metricsBacklog,
  metricsHandlingTime,
  metricsMachineAgreement,
  metricsRejectionReasons,
  metricsReviewers,
  metricsSummary,
  metricsThroughput,
  parseMetricsQuery,
  type MetricsQuery,
  type MetricsView,
} from '../domain/metrics';
import { authed, json } from './kit';

/** The supervisor's figures, computed from the mock's records: 401 without a session, 403 for reviewers. */
export function metricsHandlers(backend: MockBackend) {
  const metric = (path: string, compute: (view: MetricsView, query: MetricsQuery) => unknown) =>
    http.get(
      path,
      authed(backend, ({ request, actor }) => {
        const view = backend.metricsView(actor);
        const regions = view.world.regions.map((r) => r.code);
        return json(compute(view, parseMetricsQuery(new URL(request.url).searchParams, regions)));
      }),
    );
  return [
    metric('/api/metrics/summary', metricsSummary),
    metric('/api/metrics/throughput', metricsThroughput),
    metric('/api/metrics/backlog', metricsBacklog),
    metric('/api/metrics/reviewers', metricsReviewers),
    metric('/api/metrics/rejection-reasons', metricsRejectionReasons),
    metric('/api/metrics/handling-time', metricsHandlingTime),
    metric('/api/metrics/machine-agreement', metricsMachineAgreement),
  ];
}
