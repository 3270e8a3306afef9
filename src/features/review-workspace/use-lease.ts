import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isApiError, type ApiError } from '@/api/api-error';
import { claimKeys, heartbeatClaim, releaseClaim } from '@/api/endpoints/claims';
import { requestKeys } from '@/api/endpoints/requests';
import { sessionKeys } from '@/api/endpoints/session';
import type { RequestDetail } from '@/api/generated/zod';
import { serverNow } from '@/api/server-clock';
import { forgetTakenRequest } from './decision-outbox';
import { clearLeaving, markLeaving, wasLeaving } from './leaving-marks';

/** Releases scheduled by unmounting pages, cancelled if the same request mounts again at once. */
const pendingReleases = new Map<string, ReturnType<typeof setTimeout>>();
const RELEASE_DELAY_MS = 300;
const MAX_HEARTBEAT_MS = 60_000;
const MIN_HEARTBEAT_MS = 2_000;
/**
 * What is left of the lease once the page is closed, reloaded or left for another site: a closed
 * page gives the request back this soon, a reloaded one renews at once and keeps it.
 */
export const LEAVING_LEASE_SECONDS = 60;

export interface Revocation {
  by: string;
  reason: string;
}

function revocationOf(error: ApiError): Revocation {
  const by = (error.problem?.revokedBy as { displayName?: unknown } | undefined)?.displayName;
  return { by: typeof by === 'string' ? by : '?', reason: error.problem?.detail ?? '' };
}

export type LeaseState = 'held' | 'busy' | 'lost' | 'released';

/**
 * Keeps the reviewer's lease alive while the request is open (heartbeats well before expiry) and
 * releases it when they leave the page in the console; closing or reloading the browser's page
 * shortens it instead (docs/decisions/015-leaving-shortens-the-lease.md). A heartbeat refused with `lease-lost` means the lease is
 * gone: the page must stop offering actions that would submit. Refused with `claim-revoked`, a
 * supervisor took the request: its stored draft (with any pending idempotency key) and any decision
 * of it still waiting in the outbox go too, and `onRevoked` lets the page drop what it holds in memory.
 */
export function useLease(
  request: RequestDetail | undefined,
  holderId: string,
  { onRevoked }: { onRevoked?: () => void } = {},
) {
  const queryClient = useQueryClient();
  const onRevokedRef = useRef(onRevoked);
  useEffect(() => {
    onRevokedRef.current = onRevoked;
  }, [onRevoked]);
  const [state, setState] = useState<LeaseState>('held');
  const [failedBeats, setFailedBeats] = useState(0);
  // Back from the browser's page cache after a shortened lease: renew at once.
  const [resumed, setResumed] = useState(0);
  const renewAtOnce = useRef(false);
  const [revocation, setRevocation] = useState<Revocation | null>(null);
  const stateRef = useRef(state);
  // The ref is set at once (not after the next render) so that an unmount right after sees it.
  const mark = (next: LeaseState) => {
    stateRef.current = next;
    setState(next);
  };
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const requestId = request?.id;
  const held = Boolean(request?.claim && request.claim.holder.id === holderId);
  const expiresAt = request?.claim?.expiresAt;

  useEffect(() => {
    if (!requestId || !held || state !== 'held' || !expiresAt) return;
    const left = Date.parse(expiresAt) - serverNow();
    // Past expiry by the server's clock there is nothing left to renew (the page shows the lease as
    // lost from the countdown); stop instead of retrying every few seconds.
    if (left <= 0 && failedBeats > 0) return;
    // Renew at once after a reload or a return from the page cache, but only the first time: a failed
    // renewal is retried on the usual schedule, not in a loop.
    const urgent = failedBeats === 0 && (renewAtOnce.current || wasLeaving(requestId));
    const wait = urgent ? 0 : Math.min(MAX_HEARTBEAT_MS, Math.max(MIN_HEARTBEAT_MS, left / 3));
    const timer = setTimeout(() => {
      heartbeatClaim(requestId).then(
        (claim) => {
          renewAtOnce.current = false;
          clearLeaving(requestId);
          queryClient.setQueryData<RequestDetail>(requestKeys.detail(requestId), (old) =>
            old ? { ...old, claim } : old,
          );
        },
        (error: unknown) => {
          if (isApiError(error) && error.status === 401) {
            // The session ended: the app's guard shows sign-in; the draft stays in storage.
            queryClient.setQueryData(sessionKeys.all, null);
          } else if (isApiError(error) && error.is('claim-revoked')) {
            setRevocation(revocationOf(error));
            mark('lost');
            forgetTakenRequest(holderId, requestId);
            onRevokedRef.current?.();
            void queryClient.invalidateQueries({ queryKey: claimKeys.all });
          } else if (
            isApiError(error) &&
            (error.is('lease-lost') || error.status === 403 || error.status === 404)
          ) {
            setState('lost');
            void queryClient.invalidateQueries({ queryKey: claimKeys.all });
          }
          // Other failures (network, 503) are retried sooner, while time remains.
          else setFailedBeats((count) => count + 1);
        },
      );
    }, wait);
    return () => clearTimeout(timer);
  }, [requestId, held, state, expiresAt, failedBeats, resumed, queryClient, holderId]);

  // Closing the page, reloading it or going to another site: no unmount runs, so the lease is
  // shortened (not released, or a reload would lose the request). The request held ahead goes back
  // too, whatever this lease's state (next-request.ts).
  useEffect(() => {
    if (!requestId || !held) return;
    const onPageHide = () => {
      if (stateRef.current !== 'held') return;
      markLeaving(requestId);
      heartbeatClaim(requestId, { leaseSeconds: LEAVING_LEASE_SECONDS, keepalive: true }).catch(
        () => undefined,
      );
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      renewAtOnce.current = true;
      setResumed((count) => count + 1);
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [requestId, held]);

  // Release on leaving the page; deferred so that a remount (React's strict mode) cancels it.
  useEffect(() => {
    if (!requestId || !held) return;
    const pending = pendingReleases.get(requestId);
    if (pending) clearTimeout(pending);
    pendingReleases.delete(requestId);
    return () => {
      if (stateRef.current !== 'held') return;
      pendingReleases.set(
        requestId,
        setTimeout(() => {
          pendingReleases.delete(requestId);
          releaseClaim(requestId)
            .catch(() => undefined) // an expired or lost lease needs no release
            .finally(() => {
              void queryClient.invalidateQueries({ queryKey: requestKeys.lists() });
              void queryClient.invalidateQueries({ queryKey: claimKeys.all });
              queryClient.removeQueries({ queryKey: requestKeys.detail(requestId) });
            });
        }, RELEASE_DELAY_MS),
      );
    };
  }, [requestId, held, queryClient]);

  return {
    state: held ? state : 'lost',
    /** A supervisor took the request: who and why, to tell the reviewer. */
    revocation,
    markRevoked: (error: unknown) => {
      if (isApiError(error)) setRevocation(revocationOf(error));
      mark('lost');
    },
    markLost: () => mark('lost'),
    markReleased: () => mark('released'),
    /** A decision or skip is on its way: leaving the page must not release the claim under it. */
    markBusy: () => mark('busy'),
    markHeld: () => mark('held'),
  };
}
