import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import type { paths } from '../generated/schema';
import {
  RequestDetailSchema,
  RequestPageSchema,
  type RequestSort,
  type RequestStatus,
} from '../generated/zod';

type ListQuery = NonNullable<paths['/api/requests']['get']['parameters']['query']>;

/** The list's query parameters, every one present (null or empty where unused), as the contract names them. */
export type RequestFilters = {
  [K in keyof Required<ListQuery>]-?: K extends 'submittedFrom' | 'submittedTo'
    ? string | null
    : NonNullable<ListQuery[K]>;
} & { status: RequestStatus[]; sort: RequestSort };

export const requestKeys = {
  all: ['requests'] as const,
  lists: () => [...requestKeys.all, 'list'] as const,
  list: (filters: RequestFilters) => [...requestKeys.lists(), filters] as const,
  details: () => [...requestKeys.all, 'detail'] as const,
  detail: (requestId: string) => [...requestKeys.details(), requestId] as const,
};

export const requestListQuery = (filters: RequestFilters) =>
  queryOptions({
    queryKey: requestKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'listRequests',
        path: '/api/requests',
        query: { ...filters },
        schema: RequestPageSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    refetchInterval: 30_000,
  });

export const requestDetailQuery = (requestId: string) =>
  queryOptions({
    queryKey: requestKeys.detail(requestId),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getRequest',
        path: `/api/requests/${encodeURIComponent(requestId)}`,
        schema: RequestDetailSchema,
        signal,
      }),
    staleTime: 30_000,
  });
