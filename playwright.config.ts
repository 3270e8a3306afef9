import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import type { Options } from './e2e/fixtures';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// The static-demo build, with the mock in the browser's service worker and no server behind it.
const demoPort = port + 1;
const demoURL = `http://127.0.0.1:${demoPort}`;
// The production server (`npm run serve`) with the HTTP mock mounted and its CSP enforced.
const cspPort = port + 2;
const cspURL = `http://127.0.0.1:${cspPort}`;
// The development server exactly as `npm start` runs it (mock API over local HTTP), on its own port.
// Playwright starts every web server whatever project is chosen: E2E_DEV_SERVER=off leaves this one
// (and its project) out of a local run of other specs. `npm test` always runs it.
const devPort = port + 3;
const devURL = `http://127.0.0.1:${devPort}`;
const withDevServer = process.env.E2E_DEV_SERVER !== 'off';
// Debian's Chromium where it exists (browsers cannot be downloaded here); Playwright's own elsewhere.
const systemChromium = '/usr/bin/chromium';
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM ?? (existsSync(systemChromium) ? systemChromium : undefined);

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig<Options>({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // One mock backend serves every test and tests reset it: run them one at a time.
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The app turns its animations off for reduced motion, so axe never measures a half-faded dialog.
    reducedMotion: 'reduce',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['**/browser-mock.spec.ts', '**/production-csp.spec.ts', '**/dev-server.spec.ts'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          args: chromiumArgs,
        },
      },
    },
    {
      name: 'browser-mock',
      testMatch: '**/browser-mock.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: demoURL,
        serverMock: false,
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
    {
      name: 'production-csp',
      testMatch: '**/production-csp.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        baseURL: cspURL,
        cspEnforced: true,
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
    ...(withDevServer
      ? [
          {
            name: 'dev-server',
            testMatch: '**/dev-server.spec.ts',
            use: {
              ...devices['Desktop Chrome'],
              viewport: { width: 1440, height: 900 },
              baseURL: devURL,
              launchOptions: { executablePath, args: chromiumArgs },
            },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // The production build, served with the HTTP mock API mounted on the same origin.
      command: `npm run build && exec node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `${baseURL}/api/__mock/settings`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node_modules/.bin/vite build --mode browser-mock --outDir dist-browser-mock && exec node_modules/.bin/vite preview --mode browser-mock --outDir dist-browser-mock --host 127.0.0.1 --port ${demoPort} --strictPort`,
      url: `${demoURL}/mockServiceWorker.js`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // Its own build directory, so that it never races the build of the first server.
      command: `node_modules/.bin/vite build --outDir dist-csp && MOCK_API=1 exec node server/serve.js --dist dist-csp --port ${cspPort}`,
      url: `${cspURL}/api/__mock/settings`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    ...(withDevServer
      ? [
          {
            // `npm start` with another port: what a developer runs, untouched by any build.
            command: `exec node_modules/.bin/vite --host 127.0.0.1 --port ${devPort} --strictPort`,
            url: `${devURL}/api/__mock/settings`,
            reuseExistingServer: !process.env.CI,
            timeout: 180_000,
            stdout: 'pipe' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
