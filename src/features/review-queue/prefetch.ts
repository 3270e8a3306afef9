import type { QueryClient } from '@tanstack/react-query';
import { regionsQuery } from '@/api/endpoints/regions';
import { requestListQuery } from '@/api/endpoints/requests';
import { readQueueView, toRequestFilters } from './queue-search-params';

/**
 * Starts what the queue page asks for on its first render, for the view in `search` (the address);
 * settles once both have answered (failures included: the page shows them).
 */
export async function prefetchQueue(queryClient: QueryClient, search: string): Promise<void> {
  const { view } = readQueueView(new URLSearchParams(search));
  await Promise.all([
    queryClient.prefetchQuery(requestListQuery(toRequestFilters(view))),
    queryClient.prefetchQuery(regionsQuery()),
  ]);
}
