import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { RouteError } from '@/components/route-error';
import { paths } from './paths';
import { AppShell } from './routes/app-shell';
import { NotAuthorisedPage } from './routes/not-authorised';
import { NotFoundPage } from './routes/not-found';
import { RequireRole, RequireSession } from './session-context';

export const routes: RouteObject[] = [
  {
    // Lazy like every page: its form (TextField, which bundles MUI's whole Select and Menu stack) is
    // not needed by anyone already signed in.
    path: paths.signIn,
    errorElement: <RouteError />,
    // Shown while the page's code arrives when the app starts on the sign-in address.
    HydrateFallback: PageLoader,
    lazy: () => import('./routes/sign-in').then((m) => ({ Component: m.SignInRoute })),
  },
  {
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            errorElement: <RouteError />,
            lazy: () => import('./routes/queue').then((m) => ({ Component: m.QueueRoute })),
          },
          {
            path: paths.reviewPattern,
            errorElement: <RouteError />,
            lazy: () => import('./routes/review').then((m) => ({ Component: m.ReviewRoute })),
          },
          {
            path: paths.dashboard,
            errorElement: <RouteError />,
            lazy: () =>
              import('./routes/dashboard').then((m) => ({
                Component: () => (
                  <RequireRole role="supervisor">
                    <m.DashboardRoute />
                  </RequireRole>
                ),
              })),
          },
          {
            path: paths.claims,
            errorElement: <RouteError />,
            lazy: () =>
              import('./routes/claims').then((m) => ({
                Component: () => (
                  <RequireRole role="supervisor">
                    <m.ClaimsRoute />
                  </RequireRole>
                ),
              })),
          },
          { path: paths.notAuthorised, element: <NotAuthorisedPage />, errorElement: <RouteError /> },
          { path: '*', element: <NotFoundPage />, errorElement: <RouteError /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
