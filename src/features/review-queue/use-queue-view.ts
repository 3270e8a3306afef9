import { useCallback, useMemo } from 'react';
import { useAddressParams } from '@/components/use-address-params';
import { readQueueView, writeQueueView, type QueueView } from './queue-search-params';

/** The queue's view, kept in the address. Changing a filter returns to the first page. */
export function useQueueView() {
  const [params, change] = useAddressParams();
  const { view, ignored } = useMemo(() => readQueueView(params), [params]);
  const update = useCallback(
    (patch: Partial<QueueView>) => {
      const resetsPage = Object.keys(patch).some((key) => key !== 'page');
      change(
        (current) => {
          const next = {
            ...readQueueView(current).view,
            ...patch,
            ...(resetsPage && patch.page === undefined ? { page: 1 } : {}),
          };
          return writeQueueView(next, current);
        },
        { replace: !('page' in patch) },
      );
    },
    [change],
  );
  return { view, ignored, update };
}
