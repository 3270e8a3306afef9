import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense, type ComponentType } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useNavigationPending } from '@/components/use-navigation-pending';
import { renderRoutes } from '@/testing/render';

function PendingFlag() {
  return <p>{useNavigationPending() ? 'navigating' : 'idle'}</p>;
}

describe('the router', () => {
  it('keeps the page on screen and says a navigation is under way while the next page loads', async () => {
    let arrive: ((module: { default: ComponentType }) => void) | undefined;
    const Slow = lazy(
      () =>
        new Promise<{ default: ComponentType }>((resolve) => {
          arrive = resolve;
        }),
    );
    const { history } = renderRoutes(
      <>
        <PendingFlag />
        <Suspense fallback={<p>loading</p>}>
          <Routes>
            <Route index element={<Link to="/slow">Open the slow page</Link>} />
            <Route path="/slow" element={<Slow />} />
          </Routes>
        </Suspense>
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Open the slow page' }));
    expect(await screen.findByText('navigating')).toBeInTheDocument();
    expect(history.location.pathname).toBe('/slow');
    expect(screen.getByRole('link', { name: 'Open the slow page' })).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();

    await act(async () => arrive?.({ default: () => <h1>Slow page</h1> }));
    expect(await screen.findByRole('heading', { name: 'Slow page' })).toBeInTheDocument();
    expect(screen.getByText('idle')).toBeInTheDocument();
  });
});
