import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import type { paths } from '../generated/schema';
import {
  RequestDetailSchema,
  RequestPageSchema,
  RevealedIdNumberSchema,
  type ReReviewInput,
  type RevealInput,
  type RequestSort,
  type RequestStatus,
} from '../generated/zod';

type ListQuery = NonNullable<paths['/api/requests']['get']['parameters']['query']>;

/**
 * The list's query parameters, every one present, as the contract names them. Optional filters may be
 * null (the client leaves null and empty values out of the address).
 */
type Always = 'status' | 'region' | 'sort' | 'page' | 'pageSize';
export type RequestFilters = {
  [K in keyof Required<ListQuery>]-?: NonNullable<ListQuery[K]> | (K extends Always ? never : null);
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

/**
 * A supervisor sends a decided request back to the queue for a second review, with a note for the
 * next reviewer; the reviewer who decided may not take it. The answer is the request as it is now.
 */
export function requestReReview(requestId: string, input: ReReviewInput) {
  return apiRequest({
    operation: 'requestReReview',
    method: 'POST',
    path: `/api/requests/${encodeURIComponent(requestId)}/re-review`,
    body: input,
    schema: RequestDetailSchema,
  });
}

/**
 * The applicant's full ID number, for the reviewer holding the request, with a reason the server
 * writes to the audit. Never cached: the caller keeps it in memory only, and briefly.
 */
export function revealIdNumber(requestId: string, input: RevealInput) {
  return apiRequest({
    operation: 'revealIdNumber',
    method: 'POST',
    path: `/api/requests/${encodeURIComponent(requestId)}/id-number`,
    body: input,
    schema: RevealedIdNumberSchema,
  }).then((r) => r.idNumber);
}
