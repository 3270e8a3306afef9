import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { ListRegions200Schema } from '../generated/zod';

export const regionKeys = {
  all: ['regions'] as const,
};

export const regionsQuery = () =>
  queryOptions({
    queryKey: regionKeys.all,
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'listRegions',
        path: '/api/regions',
        schema: ListRegions200Schema,
        signal,
      }).then((r) => r.items),
    staleTime: 60 * 60_000,
  });
