import { expect, expectAccessible, signIn, test } from './fixtures';

const wording = {
  'zh-CN': {
    user: '用户名',
    password: '密码',
    submit: '登录',
    queue: '审核队列',
    wrong: '用户名或密码错误。',
    signOut: '退出登录',
    role: '审核员',
  },
  en: {
    user: 'Username',
    password: 'Password',
    submit: 'Sign in',
    queue: 'Review queue',
    wrong: 'The username or password is wrong.',
    signOut: 'Sign out',
    role: 'Reviewer',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  const w = wording[lang];

  test(`a reviewer signs in and lands on the queue (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    // Not signed in: the queue sends us to sign-in first.
    await expect(page).toHaveURL(/\/sign-in/);
    await expectAccessible(page);
    await page.getByLabel(w.user).fill('reviewer1');
    await page.getByLabel(w.password).fill('demo');
    await page.getByRole('button', { name: w.submit, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.queue })).toBeVisible();
    await expect(page.getByText('张敏')).toBeVisible();
    await expect(page.getByText(w.role, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/(\?lang=[\w-]+)?$/);
    await expectAccessible(page);
  });

  test(`wrong credentials are refused with a clear message and the username is kept (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/sign-in?lang=${lang}`);
    await page.getByLabel(w.user).fill('reviewer1');
    await page.getByLabel(w.password).fill('not-the-password');
    await page.getByRole('button', { name: w.submit, exact: true }).click();
    await expect(page.getByText(w.wrong)).toBeVisible();
    await expect(page.getByLabel(w.user)).toHaveValue('reviewer1');
    await expect(page.getByLabel(w.password)).toBeFocused();
    await expect(page).toHaveURL(/\/sign-in/);
    await expectAccessible(page);
  });
}

test('an empty form says which fields are missing', async ({ page }) => {
  await page.goto('/sign-in?lang=en');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Enter your Username.')).toBeVisible();
  await expect(page.getByText('Enter your Password.')).toBeVisible();
});

test('signing out ends the session and the queue asks to sign in again', async ({ page }) => {
  await signIn(page, 'reviewer1', 'en');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const session = await page.request.get('/api/session');
  expect(session.status()).toBe(401);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the language switch persists across reloads', async ({ page }) => {
  await signIn(page, 'reviewer1', 'zh-CN');
  await page.getByLabel('语言').selectOption({ label: 'English' });
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
