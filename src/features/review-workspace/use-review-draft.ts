import { useCallback, useEffect, useReducer } from 'react';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';
import { draftReducer } from './review-draft';

/** The reviewer's ticks, reasons and note for one request, kept across reloads until decided. */
export function useReviewDraft(requestId: string) {
  const [draft, dispatch] = useReducer(draftReducer, requestId, loadDraft);
  useEffect(() => saveDraft(requestId, draft), [requestId, draft]);
  const discard = useCallback(() => {
    clearDraft(requestId);
    dispatch({ type: 'reset' });
  }, [requestId]);
  return { draft, dispatch, discard };
}
