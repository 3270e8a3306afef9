import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { z } from 'zod/mini';
import {
  ClaimSchema,
  ListClaims200Schema,
  ListMyClaims200Schema,
  RequestDetailSchema,
  RequestSummarySchema,
  type RevokeClaimInput,
} from '../generated/zod';

export const claimKeys = {
  all: ['claims'] as const,
  mine: () => [...claimKeys.all, 'mine'] as const,
  everyone: () => [...claimKeys.all, 'everyone'] as const,
};

export const myClaimsQuery = () =>
  queryOptions({
    queryKey: claimKeys.mine(),
    queryFn: ({ signal }) =>
      apiRequest({
        operation: 'listMyClaims',
        path: '/api/me/claims',
        schema: ListMyClaims200Schema,
        signal,
      }).then((r) => r.items),
    refetchInterval: 30_000,
  });

export const allClaimsQuery = () =>
  queryOptions({
    queryKey: claimKeys.everyone(),
    queryFn: ({ signal }) =>
      apiRequest({ operation: 'listClaims', path: '/api/claims', schema: ListClaims200Schema, signal }).then(
        (r) => r.items,
      ),
    refetchInterval: 15_000,
  });

const requestPath = (requestId: string) => `/api/requests/${encodeURIComponent(requestId)}` as const;

/** Claims the oldest waiting request; null when the queue is empty. */
export function claimNext() {
  return apiRequest({
    operation: 'claimNext',
    method: 'POST',
    path: '/api/requests/claim-next',
    schema: z.nullable(RequestDetailSchema),
  });
}

export function claimRequest(requestId: string) {
  return apiRequest({
    operation: 'claimRequest',
    method: 'POST',
    path: `${requestPath(requestId)}/claim`,
    schema: RequestDetailSchema,
  });
}

/**
 * Renews the lease. A page being left sends `leaseSeconds` with `keepalive`: the lease then ends
 * that soon unless the page, reloaded, renews it (see the contract).
 */
export function heartbeatClaim(
  requestId: string,
  { leaseSeconds, keepalive }: { leaseSeconds?: number; keepalive?: boolean } = {},
) {
  return apiRequest({
    operation: 'heartbeatClaim',
    method: 'POST',
    path: `${requestPath(requestId)}/claim/heartbeat`,
    schema: ClaimSchema,
    ...(leaseSeconds === undefined ? {} : { body: { leaseSeconds } }),
    keepalive,
  });
}

export function releaseClaim(requestId: string, { keepalive }: { keepalive?: boolean } = {}) {
  return apiRequest({
    operation: 'releaseClaim',
    method: 'DELETE',
    path: `${requestPath(requestId)}/claim`,
    keepalive,
  });
}

/**
 * A supervisor takes a claim from its holder with a reason: released, or moved to `reassignTo` (a
 * reviewer's id) with a fresh lease. The answer is the request as it is now.
 */
export function revokeClaim(requestId: string, input: RevokeClaimInput) {
  return apiRequest({
    operation: 'revokeClaim',
    method: 'POST',
    path: `${requestPath(requestId)}/claim/revoke`,
    body: input,
    schema: RequestSummarySchema,
  });
}
