import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readQueueView, writeQueueView, type QueueView } from './queue-search-params';

/** The queue's view, kept in the address. Changing a filter returns to the first page. */
export function useQueueView() {
  const [params, setParams] = useSearchParams();
  const { view, ignored } = useMemo(() => readQueueView(params), [params]);
  const update = useCallback(
    (patch: Partial<QueueView>) => {
      const resetsPage = Object.keys(patch).some((key) => key !== 'page');
      const next = { ...view, ...patch, ...(resetsPage && patch.page === undefined ? { page: 1 } : {}) };
      setParams(writeQueueView(next, params), { replace: !('page' in patch) });
    },
    [view, params, setParams],
  );
  return { view, ignored, update };
}
