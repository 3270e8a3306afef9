import { useCallback, useEffect, useReducer } from 'react';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';
import { draftReducer } from './review-draft';

/** The reviewer's ticks, reasons and note for one request, kept across reloads until decided. */
export function useReviewDraft(userId: string, requestId: string) {
  const [draft, dispatch] = useReducer(draftReducer, requestId, (id) => loadDraft(userId, id));
  useEffect(() => saveDraft(userId, requestId, draft), [userId, requestId, draft]);
  const discard = useCallback(() => {
    clearDraft(userId, requestId);
    dispatch({ type: 'reset' });
  }, [userId, requestId]);
  return { draft, dispatch, discard };
}
