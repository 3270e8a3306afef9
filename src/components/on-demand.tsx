import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code is fetched on demand rather than with the first screen
 * (docs/decisions/008-first-screen-budget.md, 011-lighter-first-screens.md). `prefetch` fetches it
 * ahead (once the page is on screen), so that opening it never waits for the network.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () => {
    // A failed fetch (offline for a moment) is tried again the next time.
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    Component: lazy(() => fetchOnce().then((component) => ({ default: component }))),
    prefetch: () => void fetchOnce().catch(() => undefined),
  };
}

/** Fetches on-demand code once the calling component is on screen. */
export function usePrefetch(...prefetches: (() => void)[]): void {
  useEffect(() => {
    for (const prefetch of prefetches) prefetch();
    // Once per mount: the list is fixed at the call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/**
 * Mounts an on-demand dialog the first time it opens and keeps it mounted afterwards, so closing it
 * still plays its exit transition and returns focus as before.
 */
export function WhenOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened ? <Suspense fallback={null}>{children}</Suspense> : null;
}
