import { emptyDraft, parseStoredDraft, type ReviewDraft } from './review-draft';

/**
 * Drafts live in sessionStorage: they survive a reload or a new sign-in in the same tab and vanish
 * with it. Keyed by the opaque request id only; nothing else about the applicant is stored.
 */
const PREFIX = 'photo-review.draft.';

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function loadDraft(requestId: string): ReviewDraft {
  return parseStoredDraft(storage()?.getItem(PREFIX + requestId) ?? null) ?? emptyDraft;
}

export function saveDraft(requestId: string, draft: ReviewDraft): void {
  const store = storage();
  if (!store) return;
  const isEmpty =
    draft.reasons.length === 0 &&
    draft.note === '' &&
    draft.idempotencyKey === null &&
    Object.values(draft.checks).every((c) => c === null);
  try {
    if (isEmpty) store.removeItem(PREFIX + requestId);
    else store.setItem(PREFIX + requestId, JSON.stringify(draft));
  } catch {
    // A full or disabled storage only costs the draft's survival across reloads.
  }
}

export function clearDraft(requestId: string): void {
  storage()?.removeItem(PREFIX + requestId);
}

/** On sign-out: nothing of the reviewer's work stays in the tab. */
export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
