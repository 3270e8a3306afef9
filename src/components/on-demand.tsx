import {
  lazy,
  Suspense,
  useEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';

/**
 * A component whose code is fetched on demand rather than with the first screen
 * (docs/decisions/008-first-screen-budget.md, 011-lighter-first-screens.md): on-demand dialogs and
 * menus, and the router's pages. `prefetch` fetches it ahead (once the page is on screen), so that
 * opening it never waits for the network; `load` does the same and says when the code is here.
 *
 * Once the code is here, `Component` renders it at once. `React.lazy` alone suspends on its first
 * render even then, and React holds a revealed Suspense boundary back for up to 300 ms: the queue's
 * rows waited that long behind data that had arrived.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () => {
    // A failed fetch (offline for a moment) is tried again the next time.
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => fetchOnce().then((component) => ({ default: component })));
  function Component(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount it.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }
  return {
    Component,
    prefetch: () => void fetchOnce().catch(() => undefined),
    load: (): Promise<unknown> => fetchOnce(),
  };
}

/**
 * Code fetched ahead waits until the first screen is complete (its content and photos are shown, or a
 * few seconds have passed), then for an idle moment: it must not compete with what the reviewer is
 * waiting to see. Later screens prefetch at the next idle moment.
 */
const FIRST_SCREEN_FALLBACK_MS = 3000;
let firstScreenShown = false;
const waiting: (() => void)[] = [];

const whenIdle = (task: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
};

const listeners = new Set<() => void>();
let prefetchOpen = false;

/** The first screen's content is on screen: code kept waiting may now be fetched. */
export function markFirstScreenShown(): void {
  if (firstScreenShown) return;
  firstScreenShown = true;
  whenIdle(() => {
    prefetchOpen = true;
    for (const task of waiting.splice(0)) task();
    for (const listener of listeners) listener();
  });
}

/** Whether code fetched ahead may load now (the first screen is complete); re-renders when it may. */
export function usePrefetchOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => prefetchOpen,
    () => false,
  );
}

if (typeof window !== 'undefined') setTimeout(markFirstScreenShown, FIRST_SCREEN_FALLBACK_MS);

/** Runs a prefetch once the first screen is complete, at an idle moment. */
export function schedulePrefetch(prefetch: () => void): void {
  if (firstScreenShown) whenIdle(prefetch);
  else waiting.push(prefetch);
}

/** Fetches on-demand code once the calling component is on screen (see `schedulePrefetch`). */
export function usePrefetch(...prefetches: (() => void)[]): void {
  useEffect(() => {
    for (const prefetch of prefetches) schedulePrefetch(prefetch);
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
