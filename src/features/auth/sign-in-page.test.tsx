import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { setupMockServer } from '@/testing/mock-server';
import { renderPage } from '@/testing/render';
import { SignInPage } from './sign-in-page';

setupMockServer();

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
});
