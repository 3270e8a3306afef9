import { tabStorage } from '@/lib/tab-storage';
import { emptyDraft, parseStoredDraft, type ReviewDraft } from './review-draft';

/**
 * Drafts live in sessionStorage: they survive a reload or a new sign-in in the same tab and vanish
 * with it. Keyed by the opaque request id only; nothing else about the applicant is stored.
 */
const PREFIX = 'photo-review.draft.';

/** Drafts belong to one reviewer: another person signing in on the same tab never sees them. */
const keyOf = (userId: string, requestId: string) => `${PREFIX}${userId}.${requestId}`;

export function loadDraft(userId: string, requestId: string): ReviewDraft {
  return parseStoredDraft(tabStorage()?.getItem(keyOf(userId, requestId)) ?? null) ?? emptyDraft;
}

export function saveDraft(userId: string, requestId: string, draft: ReviewDraft): void {
  const store = tabStorage();
  if (!store) return;
  const isEmpty =
    draft.reasons.length === 0 &&
    draft.note === '' &&
    draft.attempt === null &&
    draft.disputes.length === 0 &&
    Object.values(draft.checks).every((c) => c === null);
  try {
    if (isEmpty) store.removeItem(keyOf(userId, requestId));
    else store.setItem(keyOf(userId, requestId), JSON.stringify(draft));
  } catch {
    // A full or disabled storage only costs the draft's survival across reloads.
  }
}

export function clearDraft(userId: string, requestId: string): void {
  tabStorage()?.removeItem(keyOf(userId, requestId));
}

/** When someone signs in: drafts of anyone else who used this tab go. */
export function clearDraftsNotOwnedBy(userId: string): void {
  const store = tabStorage();
  if (!store) return;
  for (const key of Object.keys(store)) {
    if (key.startsWith(PREFIX) && !key.startsWith(`${PREFIX}${userId}.`)) store.removeItem(key);
  }
}

/** On sign-out: nothing of the reviewer's work stays in the tab. */
export function clearAllDrafts(): void {
  const store = tabStorage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
