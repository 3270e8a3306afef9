import { QueryClient } from '@tanstack/react-query';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { ApiError } from '../api-error';
import {
  metricsBacklogQuery,
  metricsHandlingTimeQuery,
  metricsKeys,
  metricsMachineAgreementQuery,
  metricsRejectionReasonsQuery,
  metricsReviewersQuery,
  metricsSummaryQuery,
  metricsThroughputQuery,
} from './metrics';

const mock = setupMockServer({ pendingCount: 10 });

/** The last 30 days (Asia/Shanghai) up to the end of today, by the mock's clock. */
function last30Days() {
  const dayMs = 86_400_000;
  const offset = 8 * 3_600_000;
  const endOfToday = Math.floor((mock.backend.clock.now() + offset) / dayMs + 1) * dayMs - offset;
  return { from: new Date(endOfToday - 30 * dayMs).toISOString(), to: new Date(endOfToday).toISOString() };
}

describe('the metrics endpoints', () => {
  it('keys nest all → kind → params, and every spelling of "all regions" shares one', () => {
    const range = { from: '2026-11-01T00:00:00+08:00', to: '2026-11-02T00:00:00+08:00' };
    expect(metricsSummaryQuery(range).queryKey).toEqual(['metrics', 'summary', { ...range, region: null }]);
    expect(metricsSummaryQuery({ ...range, region: '' }).queryKey).toEqual(
      metricsSummaryQuery(range).queryKey,
    );
    expect(metricsThroughputQuery({ ...range, region: '310101', bucket: 'hour' }).queryKey).toEqual([
      ...metricsKeys.kind('throughput'),
      { ...range, region: '310101', bucket: 'hour' },
    ]);
    expect(metricsKeys.kind('backlog').slice(0, 1)).toEqual(metricsKeys.all);
    expect(metricsMachineAgreementQuery({ ...range, region: null }).queryKey).toEqual([
      'metrics',
      'machine-agreement',
      { ...range, region: null },
    ]);
  });

  it('a supervisor gets every metric, validated against the contract', async () => {
    await signInAs('supervisor1');
    const client = new QueryClient();
    const range = last30Days();
    const summary = await client.fetchQuery(metricsSummaryQuery(range));
    expect(summary.pendingNow).toBe(10);
    expect(summary.decidedInRange).toBeGreaterThan(1000);
    const throughput = await client.fetchQuery(metricsThroughputQuery({ ...range, bucket: 'day' }));
    expect(throughput.items).toHaveLength(30);
    const backlog = await client.fetchQuery(metricsBacklogQuery({ ...range, region: '310115' }));
    expect(backlog.ageBuckets.map((b) => b.bucket)).toEqual([
      'lt1h',
      '1to4h',
      '4to24h',
      '1to2d',
      '2to3d',
      'gt3d',
    ]);
    expect((await client.fetchQuery(metricsReviewersQuery(range))).items).toHaveLength(5);
    expect((await client.fetchQuery(metricsRejectionReasonsQuery(range))).items).toHaveLength(9);
    expect((await client.fetchQuery(metricsHandlingTimeQuery(range))).buckets).toHaveLength(7);
    const agreement = await client.fetchQuery(metricsMachineAgreementQuery(range));
    expect(agreement.items.map((item) => item.check)).toEqual([
      'background',
      'clarity',
      'facialFeatures',
      'noOrnaments',
    ]);
    expect(agreement.items[0]?.compared).toBeGreaterThan(0);
  });

  it('a reviewer is refused', async () => {
    await signInAs('reviewer1');
    const error = await new QueryClient()
      .fetchQuery(metricsSummaryQuery(last30Days()))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
  });
});
