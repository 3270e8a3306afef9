import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metricsReviewersQuery } from '@/api/endpoints/metrics';
import type { UserRef } from '@/api/generated/zod';
import { serverNow } from '@/api/server-clock';

/**
 * Every reviewer's name and id, for supervisors' pickers and labels. They come with the reviewers'
 * figures, for which any range will do: the last day, fixed once per mount so the cache key holds.
 */
export function useReviewers(options: { enabled?: boolean } = {}): UserRef[] | undefined {
  const range = useMemo(() => {
    const now = serverNow();
    return { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 60_000).toISOString() };
  }, []);
  const reviewers = useQuery({ ...metricsReviewersQuery(range), enabled: options.enabled ?? true });
  return useMemo(() => reviewers.data?.items.map((row) => row.reviewer), [reviewers.data]);
}
