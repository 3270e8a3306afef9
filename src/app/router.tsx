import { Suspense, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { RouteErrorBoundary } from '@/components/route-error';
import { lazyPage } from './lazy-page';
import { paths } from './paths';
import { AppShell } from './routes/app-shell';
import { NotAuthorisedPage } from './routes/not-authorised';
import { NotFoundPage } from './routes/not-found';
import { RequireRole, RequireSession } from './session-context';
import { createAppHistory, TransitionRouter } from './transition-router';

// Every page is lazy. The sign-in page too: its form (TextField, which bundles MUI's whole Select and
// Menu stack) is not needed by anyone already signed in. A page whose code is already here (the first
// screen's, loaded at start-up) renders without suspending.
export const SignInRoute = lazyPage(
  () => import('./routes/sign-in'),
  (m) => m.SignInRoute,
);
export const QueueRoute = lazyPage(
  () => import('./routes/queue'),
  (m) => m.QueueRoute,
);
export const ReviewRoute = lazyPage(
  () => import('./routes/review'),
  (m) => m.ReviewRoute,
);
export const DashboardRoute = lazyPage(
  () => import('./routes/dashboard'),
  (m) => m.DashboardRoute,
);
export const ClaimsRoute = lazyPage(
  () => import('./routes/claims'),
  (m) => m.ClaimsRoute,
);

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
    <Routes>
      <Route
        path={paths.signIn}
        element={
          <Page>
            <SignInRoute />
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
              <QueueRoute />
            </Page>
          }
        />
        <Route
          path={paths.reviewPattern}
          element={
            <Page>
              <ReviewRoute />
            </Page>
          }
        />
        <Route
          path={paths.dashboard}
          element={
            <Page>
              <RequireRole role="supervisor">
                <DashboardRoute />
              </RequireRole>
            </Page>
          }
        />
        <Route
          path={paths.claims}
          element={
            <Page>
              <RequireRole role="supervisor">
                <ClaimsRoute />
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
