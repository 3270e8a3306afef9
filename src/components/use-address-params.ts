import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

/**
 * `useSearchParams`, with changes that build on each other. React Router's setter does not queue: two
 * changes made before the address has caught up (a second field edited while the first change's
 * navigation is still rendering) both start from the same old parameters, and the second undoes the
 * first. Here each change starts from the one before it until the address shows it.
 */
export function useAddressParams() {
  const [params, setParams] = useSearchParams();
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null; // the address has caught up (or moved on): it is the base again
  }, [params]);
  const change = useCallback(
    (next: (current: URLSearchParams) => URLSearchParams, options?: NavigateOptions) => {
      const changed = next(pending.current ?? params);
      pending.current = changed;
      setParams(changed, options);
    },
    [params, setParams],
  );
  return [params, change] as const;
}
