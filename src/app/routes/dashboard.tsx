import { DashboardPage, type DrillDown } from '@/features/dashboard/dashboard-page';
import { paths } from '../paths';

/** A drill-down opens the decisions in the queue's table, filtered; each opens read-only with its audit. */
function decisionsPath(filter: DrillDown): string {
  const params = new URLSearchParams([
    ['status', 'approved'],
    ['status', 'rejected'],
  ]);
  if (filter.decidedBy) params.set('decidedBy', filter.decidedBy);
  if (filter.reason) params.set('reason', filter.reason);
  if (filter.region) params.set('region', filter.region);
  params.set('dfrom', filter.from);
  params.set('dto', filter.to);
  return `${paths.queue}?${params.toString()}`;
}

export function DashboardRoute() {
  return <DashboardPage decisionsPath={decisionsPath} />;
}
