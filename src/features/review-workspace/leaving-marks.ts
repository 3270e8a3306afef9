import { tabStorage } from '@/lib/tab-storage';

/**
 * A page closing under an open request shortens its lease (use-lease.ts) and leaves a mark here, in
 * the tab's sessionStorage: if the page was only reloaded, the mark tells it to renew at once. A
 * closed tab takes its marks with it. Only the opaque request id is stored.
 */
const PREFIX = 'photo-review.leaving.';

export function markLeaving(requestId: string): void {
  try {
    tabStorage()?.setItem(PREFIX + requestId, '1');
  } catch {
    // Without the mark a reloaded page renews on its usual schedule, within the shortened lease.
  }
}

export function wasLeaving(requestId: string): boolean {
  return tabStorage()?.getItem(PREFIX + requestId) === '1';
}

export function clearLeaving(requestId: string): void {
  tabStorage()?.removeItem(PREFIX + requestId);
}
