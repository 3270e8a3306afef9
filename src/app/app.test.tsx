import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { renderRoutes } from '@/testing/render';
import { AppRoutes } from './router';

setupMockServer({ pendingCount: 30 });

async function signOutFirst() {
  await fetch(new URL('/api/session', globalThis.location.origin), { method: 'DELETE' });
}

describe('the app', () => {
  beforeEach(signOutFirst);

  it('sends a visitor to sign in and, once signed in, back to where they were going', async () => {
    const { history } = renderRoutes(<AppRoutes />, { path: '/?status=all' });
    // The sign-in page is a lazy route: its first transform under Vitest can take a while.
    await userEvent.type(await screen.findByLabelText(/Username/, {}, { timeout: 5000 }), 'reviewer1');
    await userEvent.type(screen.getByLabelText(/Password/), 'demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Review queue' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(history.location.search).toBe('?status=all');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });

  // Every page only supervisors may open: a reviewer who types its address is refused, and the
  // navigation never offers it.
  const supervisorPages = [
    { path: '/claims', heading: 'Active claims', link: 'Active claims' },
    { path: '/dashboard?range=7d', heading: 'Throughput dashboard', link: 'Dashboard' },
  ];

  it.each(supervisorPages)('refuses a reviewer $path', async ({ path, link }) => {
    await signInAs('reviewer1');
    const { history } = renderRoutes(<AppRoutes />, { path });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not authorised' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(history.location.pathname).toBe('/not-authorised');
    expect(screen.getByText('Your role (Reviewer) may not open this page.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: link })).not.toBeInTheDocument();
  });

  it.each(supervisorPages)('opens $path for a supervisor, with its link', async ({ path, heading, link }) => {
    await signInAs('supervisor1');
    renderRoutes(<AppRoutes />, { path });
    expect(
      await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: link })).toBeInTheDocument();
  });

  it.each(supervisorPages)('sends a visitor to sign in from $path', async ({ path }) => {
    const { history } = renderRoutes(<AppRoutes />, { path });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/sign-in');
  });

  it('shows supervisors every active claim', async () => {
    await signInAs('supervisor1');
    renderRoutes(<AppRoutes />, { path: '/claims' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Active claims' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Nobody holds a request right now.')).toBeInTheDocument();
  });

  it('says a page does not exist', async () => {
    await signInAs('reviewer1');
    renderRoutes(<AppRoutes />, { path: '/nowhere' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('switches language when a link inside the console carries ?lang=, and only then', async () => {
    await signInAs('reviewer1');
    const { history } = renderRoutes(<AppRoutes />, { path: '/' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Review queue' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    act(() => history.push('/?lang=zh-CN'));
    expect(await screen.findByRole('heading', { level: 1, name: '审核队列' })).toBeInTheDocument();
    // Moving on without the parameter keeps the language.
    act(() => history.push('/?status=pending'));
    expect(await screen.findByRole('heading', { level: 1, name: '审核队列' })).toBeInTheDocument();
    act(() => history.push('/?lang=en&status=pending'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Review queue' })).toBeInTheDocument();
    // Going back to an address that had another lang does not undo the language now chosen.
    act(() => history.go(-2));
    await screen.findByRole('heading', { level: 1, name: 'Review queue' });
    expect(history.location.search).toBe('?lang=zh-CN');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('heading', { level: 1, name: 'Review queue' })).toBeInTheDocument();
  });
});
