import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import {
  DecisionSchema,
  GetRequestHistory200Schema,
  RequestDetailSchema,
  type DecisionInput,
  type SkipInput,
} from '../generated/zod';
import { requestKeys } from './requests';

const requestPath = (requestId: string) => `/api/requests/${encodeURIComponent(requestId)}` as const;

/** A request's audit trail, oldest first; under the request's detail key, so it goes stale with it. */
export const requestHistoryQuery = (requestId: string) =>
  queryOptions({
    queryKey: [...requestKeys.detail(requestId), 'history'] as const,
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'getRequestHistory',
        path: `${requestPath(requestId)}/history`,
        schema: GetRequestHistory200Schema,
        signal,
      }).then((r) => r.items),
    // Fetched with the request when it is claimed ahead; any change to the request invalidates it
    // (its key is under the request's detail key).
    staleTime: 30_000,
  });

/**
 * Approves or rejects a held request. `version` is the one the reviewer saw (412 if it changed);
 * `idempotencyKey` is new for every decision and the same for its retries, which get the first
 * answer again.
 */
export function decideRequest(
  requestId: string,
  version: number,
  idempotencyKey: string,
  input: DecisionInput,
) {
  return apiRequest({
    operation: 'decideRequest',
    method: 'POST',
    path: `${requestPath(requestId)}/decision`,
    headers: { 'Idempotency-Key': idempotencyKey, 'If-Match': `"${version}"` },
    body: input,
    schema: DecisionSchema,
  });
}

/** Takes a decision back; the answer is the request, claimed again by the caller. */
export function undoDecision(decisionId: string) {
  return apiRequest({
    operation: 'undoDecision',
    method: 'POST',
    path: `/api/decisions/${encodeURIComponent(decisionId)}/undo`,
    schema: RequestDetailSchema,
  });
}

/** Gives a held request back with a reason; claim-next passes it over for the caller for a while. */
export function skipRequest(requestId: string, input: SkipInput) {
  return apiRequest({
    operation: 'skipRequest',
    method: 'POST',
    path: `${requestPath(requestId)}/skip`,
    body: input,
  });
}
