import { lazy, useState, type ComponentType } from 'react';

/**
 * A page whose code is loaded on demand, like `React.lazy`, but that renders at once when its code is
 * already here (loaded at start-up by boot-prefetch, or on an earlier visit). `React.lazy` suspends
 * on the first render even then, and React holds a revealed Suspense boundary back for up to 300 ms:
 * the queue's rows waited that long behind data that had arrived.
 */
export function lazyPage<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<M> | null = null;
  const preload = (): Promise<M> => {
    // A failed load (offline for a moment) is tried again next time.
    loading ??= load().then(
      (module) => {
        loaded = pick(module);
        return module;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((module) => ({ default: pick(module) })));
  function LazyPage(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded page would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(LazyPage, { preload });
}
