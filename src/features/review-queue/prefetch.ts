import type { QueryClient } from '@tanstack/react-query';
import { regionsQuery } from '@/api/endpoints/regions';
import { requestListQuery } from '@/api/endpoints/requests';
import { readQueueView, toRequestFilters } from './queue-search-params';

/** Starts what the queue page asks for on its first render, for the view in `search` (the address). */
export function prefetchQueue(queryClient: QueryClient, search: string): void {
  const { view } = readQueueView(new URLSearchParams(search));
  void queryClient.prefetchQuery(requestListQuery(toRequestFilters(view)));
  void queryClient.prefetchQuery(regionsQuery());
}
