import { claimNext, releaseClaim } from '@/api/endpoints/claims';
import { forgetPhotos, preloadPhoto } from '@/api/endpoints/photos';
import type { RequestDetail } from '@/api/generated/zod';
import { serverNow } from '@/api/server-clock';

/**
 * The next request, claimed ahead while the reviewer works on the current one, with both its photos
 * fetched and decoded: a decision then shows the next request from memory, without waiting for the
 * server. One request at most is held ahead; it is given back when the reviewer leaves the review pages.
 */
interface Slot {
  userId: string;
  promise: Promise<RequestDetail | null>;
  /** undefined while on its way; null when the queue had nothing to give. */
  result?: RequestDetail | null;
  /** The request claimed, known as soon as the claim is answered (before its photos arrive). */
  claimedId?: string;
  settledAt?: number;
}

let slot: Slot | null = null;
/** After an empty answer, ask again only after this long. */
const EMPTY_RECHECK_MS = 30_000;
/** A request held ahead with less lease than this left is given back, not shown. */
const MIN_LEASE_LEFT_MS = 60_000;

const leaseLeft = (detail: RequestDetail) =>
  detail.claim ? Date.parse(detail.claim.expiresAt) - serverNow() : -1;

/** What else the page shows for a request, fetched ahead with it (its history); never fails. */
export type PrefetchRest = (detail: RequestDetail) => Promise<unknown>;

async function claimAhead(
  claimed: (id: string) => void,
  prefetchRest?: PrefetchRest,
): Promise<RequestDetail | null> {
  const detail = await claimNext();
  if (detail) {
    claimed(detail.id);
    await Promise.all([
      preloadPhoto(detail.newPhoto),
      preloadPhoto(detail.cardPhoto),
      prefetchRest?.(detail).catch(() => undefined),
    ]);
  }
  return detail;
}

/** Claims the next request ahead, unless one is held, on its way, or the queue was empty a moment ago. */
export function prefetchNext(userId: string, prefetchRest?: PrefetchRest): void {
  if (slot && slot.userId === userId) {
    if (slot.result === undefined || slot.result !== null) return;
    if (Date.now() - (slot.settledAt ?? 0) < EMPTY_RECHECK_MS) return;
  } else if (slot) {
    void giveBack(slot);
  }
  const started: Slot = {
    userId,
    promise: claimAhead((id) => {
      started.claimedId = id;
    }, prefetchRest),
  };
  slot = started;
  started.promise.then(
    (detail) => {
      started.result = detail;
      started.settledAt = Date.now();
    },
    () => {
      // A failed claim is tried again on the next occasion; moving on then asks the server itself.
      if (slot === started) slot = null;
    },
  );
}

/**
 * The request to show next: the one claimed ahead when it is ready (synchronously, from memory), else
 * whatever the server gives now. `null` when the queue is empty.
 */
export function nextRequest(
  userId: string,
): { ready: RequestDetail } | { pending: Promise<RequestDetail | null> } {
  const held = slot;
  if (held && held.userId === userId && held.result && leaseLeft(held.result) > MIN_LEASE_LEFT_MS) {
    slot = null;
    return { ready: held.result };
  }
  if (held && held.userId === userId && held.result === undefined) {
    slot = null;
    return {
      pending: held.promise.then(
        (detail) => {
          if (detail && leaseLeft(detail) > MIN_LEASE_LEFT_MS) return detail;
          if (detail) void releaseClaim(detail.id).catch(() => undefined);
          return claimNext();
        },
        // The claim ahead failed on its way: ask the server now.
        () => claimNext(),
      ),
    };
  }
  if (held) void giveBack(held);
  slot = null;
  return { pending: claimNext() };
}

/** The id of the request held ahead, if any (what the tests read; the app itself only takes it). */
export function requestHeldAhead(): string | null {
  return slot?.result?.id ?? null;
}

let pendingRelease: ReturnType<typeof setTimeout> | undefined;

/**
 * Gives back the request held ahead when the reviewer leaves the review pages. Deferred a moment, so
 * that React's strict-mode remount (or going straight to another request) cancels it.
 */
export function scheduleGiveBack(onDone?: () => void): void {
  clearTimeout(pendingRelease);
  pendingRelease = setTimeout(() => {
    pendingRelease = undefined;
    const held = slot;
    slot = null;
    if (held) void giveBack(held).finally(onDone);
  }, 300);
}

export function cancelGiveBack(): void {
  clearTimeout(pendingRelease);
  pendingRelease = undefined;
}

/**
 * The page is being closed, reloaded or left for another site: the request held ahead goes back at
 * once, by a call that outlives the page. (A reloaded page claims its next request afresh.)
 */
export function giveBackAsPageCloses(): void {
  cancelGiveBack();
  const held = slot;
  slot = null;
  // Claimed but its photos still on their way counts too: the claim is what must go back.
  const id = held?.result?.id ?? held?.claimedId;
  if (held?.result) forgetPhotos([held.result.newPhoto, held.result.cardPhoto]);
  if (id) void releaseClaim(id, { keepalive: true }).catch(() => undefined);
}

// Whatever the open request's state (a decision on its way, a lost lease), a closing page gives back
// the request held ahead.
globalThis.addEventListener?.('pagehide', giveBackAsPageCloses);

/** Sign-out: give back at once (while the session still exists) and forget the photos. */
export async function giveBackNow(): Promise<void> {
  cancelGiveBack();
  const held = slot;
  slot = null;
  if (held) await giveBack(held);
}

async function giveBack(held: Slot): Promise<void> {
  const detail = await held.promise.catch(() => null);
  if (!detail) return;
  forgetPhotos([detail.newPhoto, detail.cardPhoto]);
  await releaseClaim(detail.id).catch(() => undefined);
}
