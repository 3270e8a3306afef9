import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { renderRoutes } from '@/testing/render';
import { RouteErrorBoundary } from './route-error';

// A page whose code cannot be fetched (a deployment replaced it, the network dropped).
const Unreachable = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));

describe("a route's error boundary", () => {
  beforeEach(() => {
    // React reports every error a boundary catches on the console.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a page whose code failed to load as an error with a retry, and starts afresh on leaving', async () => {
    renderRoutes(
      <Routes>
        <Route
          element={
            <RouteErrorBoundary>
              <Suspense fallback={<p>loading</p>}>
                <Outlet />
              </Suspense>
            </RouteErrorBoundary>
          }
        >
          <Route index element={<h1>Review queue</h1>} />
          <Route path="/review/:requestId" element={<Unreachable />} />
        </Route>
      </Routes>,
      { path: '/review/r-1' },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('An unexpected error occurred.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Go to the review queue' }));
    expect(await screen.findByRole('heading', { name: 'Review queue' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
