import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { setupMockServer } from '@/testing/mock-server';
import { renderPage } from '@/testing/render';
import { SignInPage } from './sign-in-page';

const mock = setupMockServer();

/** Wrong passwords sent straight to the API, as a guesser would (the mock slows the fourth). */
async function failSignIns(username: string, times: number) {
  for (let i = 0; i < times; i++) {
    const response = await fetch(new URL('/api/session', globalThis.location.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'guess' }),
    });
    expect(response.status).toBe(401);
  }
}

describe('the sign-in page', () => {
  it('signs a reviewer in with the right password', async () => {
    const { queryClient } = renderPage(<SignInPage />, { path: '/sign-in' });
    await userEvent.type(screen.getByLabelText(/Username/), 'reviewer1');
    await userEvent.type(screen.getByLabelText(/Password/), 'demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(['session'])).toMatchObject({
        user: { username: 'reviewer1', role: 'reviewer' },
      }),
    );
  });

  it('says the credentials are wrong in Chinese, keeps the username and clears the password', async () => {
    renderPage(<SignInPage />, { path: '/sign-in', locale: 'zh-CN' });
    await userEvent.type(screen.getByLabelText(/用户名/), 'reviewer1');
    await userEvent.type(screen.getByLabelText(/密码/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码错误。')).toBeInTheDocument();
    expect(screen.getByLabelText(/用户名/)).toHaveValue('reviewer1');
    expect(screen.getByLabelText(/密码/)).toHaveValue('');
  });

  it('explains an unreachable server instead of failing silently', async () => {
    server.use(http.post('/api/session', () => HttpResponse.error()));
    renderPage(<SignInPage />, { path: '/sign-in' });
    await userEvent.type(screen.getByLabelText(/Username/), 'reviewer1');
    await userEvent.type(screen.getByLabelText(/Password/), 'demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/The server cannot be reached/)).toBeInTheDocument();
  });

  it('says when a locked username may try again, keeps the username and refuses even the right password', async () => {
    await failSignIns('reviewer1', 4);
    renderPage(<SignInPage />, { path: '/sign-in' });
    await userEvent.type(screen.getByLabelText(/Username/), 'reviewer1');
    await userEvent.type(screen.getByLabelText(/Password/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      /^Too many failed sign-ins for this username: it is locked for now\. Try again after \d{2}:\d{2} \(in about 15 min\)\.$/,
    );
    expect(screen.getByLabelText(/Username/)).toHaveValue('reviewer1');
    expect(screen.getByLabelText(/Password/)).toHaveValue('');

    mock.backend.advanceClock(10 * 60);
    await userEvent.type(screen.getByLabelText(/Password/), 'demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/in about 5 min/));
    expect(screen.getByLabelText(/Username/)).toHaveValue('reviewer1');
  });

  it('says it in Chinese too, and lets the user in once the lock has ended', async () => {
    await failSignIns('reviewer2', 4);
    const { queryClient } = renderPage(<SignInPage />, { path: '/sign-in', locale: 'zh-CN' });
    await userEvent.type(screen.getByLabelText(/用户名/), 'reviewer2');
    await userEvent.type(screen.getByLabelText(/密码/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /^该用户名登录失败次数过多，已暂时锁定。请于 \d{2}:\d{2} 之后重试（约 15 分钟后）。$/,
    );
    mock.backend.advanceClock(15 * 60);
    await userEvent.type(screen.getByLabelText(/密码/), 'demo');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(['session'])).toMatchObject({ user: { username: 'reviewer2' } }),
    );
  });
});
