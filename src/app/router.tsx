import { Suspense, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { onDemand } from '@/components/on-demand';
import { PageLoader } from '@/components/page-loader';
import { RouteErrorBoundary } from '@/components/route-error';
import { paths } from './paths';
import { AppShell } from './routes/app-shell';
import { NotAuthorisedPage } from './routes/not-authorised';
import { NotFoundPage } from './routes/not-found';
import { RequireRole, RequireSession } from './session-context';
import { createAppHistory, TransitionRouter } from './transition-router';
import { LanguageFromAddress } from './language-from-address';

/**
 * The console's pages, each fetched on demand; boot-prefetch loads the first one at start-up, and a
 * page whose code is here renders without suspending. The sign-in page too: its form (TextField,
 * which bundles MUI's whole Select and Menu stack) is not needed by anyone already signed in.
 */
export const pages = {
  signIn: onDemand(() => import('./routes/sign-in').then((m) => m.SignInRoute)),
  queue: onDemand(() => import('./routes/queue').then((m) => m.QueueRoute)),
  review: onDemand(() => import('./routes/review').then((m) => m.ReviewRoute)),
  dashboard: onDemand(() => import('./routes/dashboard').then((m) => m.DashboardRoute)),
  claims: onDemand(() => import('./routes/claims').then((m) => m.ClaimsRoute)),
};

/** A page with its own error boundary, and the loader while its code arrives on a first visit. */
function Page({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<PageLoader />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

/** The console's routes, in React Router's declarative mode (docs/decisions/013-declarative-router.md). */
export function AppRoutes() {
  return (
    <>
      <LanguageFromAddress />
      <Routes>
        <Route
          path={paths.signIn}
          element={
            <Page>
              <pages.signIn.Component />
            </Page>
          }
        />
        <Route
          element={
            <RouteErrorBoundary>
              <RequireSession>
                <AppShell />
              </RequireSession>
            </RouteErrorBoundary>
          }
        >
          <Route
            index
            element={
              <Page>
                <pages.queue.Component />
              </Page>
            }
          />
          <Route
            path={paths.reviewPattern}
            element={
              <Page>
                <pages.review.Component />
              </Page>
            }
          />
          <Route
            path={paths.dashboard}
            element={
              <Page>
                <RequireRole role="supervisor">
                  <pages.dashboard.Component />
                </RequireRole>
              </Page>
            }
          />
          <Route
            path={paths.claims}
            element={
              <Page>
                <RequireRole role="supervisor">
                  <pages.claims.Component />
                </RequireRole>
              </Page>
            }
          />
          <Route
            path={paths.notAuthorised}
            element={
              <Page>
                <NotAuthorisedPage />
              </Page>
            }
          />
          <Route
            path="*"
            element={
              <Page>
                <NotFoundPage />
              </Page>
            }
          />
        </Route>
      </Routes>
    </>
  );
}

/** The app's router, on the browser's history. */
export function AppRouter() {
  const [history] = useState(createAppHistory);
  return (
    <TransitionRouter history={history}>
      <AppRoutes />
    </TransitionRouter>
  );
}
