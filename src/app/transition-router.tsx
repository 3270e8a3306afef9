import { useLayoutEffect, useState, useTransition, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import { NavigationPendingContext } from '@/components/use-navigation-pending';

/** The browser's history as React Router keeps it (a memory history in tests). */
export type RouterHistory = ReturnType<typeof createBrowserHistory>;

export function createAppHistory(): RouterHistory {
  // v5Compat: listeners hear the app's own pushes and replaces, not only the back and forward buttons.
  return createBrowserHistory({ v5Compat: true });
}

/**
 * React Router's declarative <BrowserRouter>, with the one thing the data router gave that it lacks:
 * whether a navigation is under way. Each location change is a transition (as every update of the
 * data router's <RouterProvider> was), so a page whose code is still loading leaves the previous page
 * on screen, and the transition's pending flag tells the pages that a navigation is under way
 * (useNavigationPending).
 *
 * `navigate(to, { flushSync: true })` is a transition too: the <RouterProvider> imported from
 * 'react-router' (not 'react-router/dom') had no ReactDOM.flushSync and ignored the option as well.
 */
export function TransitionRouter({ history, children }: { history: RouterHistory; children: ReactNode }) {
  const [{ action, location }, setState] = useState({ action: history.action, location: history.location });
  const [pending, startTransition] = useTransition();
  useLayoutEffect(
    () =>
      history.listen((update) =>
        startTransition(() => setState({ action: update.action, location: update.location })),
      ),
    [history],
  );
  return (
    <Router location={location} navigationType={action} navigator={history}>
      <NavigationPendingContext.Provider value={pending}>{children}</NavigationPendingContext.Provider>
    </Router>
  );
}
