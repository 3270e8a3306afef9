// First: starts the first screen's requests before the rest of the app's code is evaluated.
import { firstScreenData } from '@/app/first-screen-data-started';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { loadFirstScreenCode } from '@/app/boot-prefetch';
import { requestFirstScreenData } from '@/app/first-screen-data';
import { createQueryClient } from '@/app/query-client';
import { initialLocale, loadLocale } from '@/i18n/i18n';

/** Longer than the page's code and data take on the bureau's network; then the app renders anyway. */
const FIRST_SCREEN_WAIT_MS = 400;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function start(): Promise<void> {
  let data = firstScreenData;
  if (import.meta.env.VITE_BROWSER_MOCK) {
    // Static demo mode: the mock API runs in a service worker. Never part of a production build.
    const { startBrowserMock } = await import('../mocks/browser');
    await startBrowserMock();
    data = requestFirstScreenData(createQueryClient(), window.location);
  }
  if (!data) throw new Error('the first screen’s data was not asked for');
  const code = loadFirstScreenCode(window.location.pathname);
  // The default language ships with the app; another one is fetched before the first render. The
  // first render also waits (a moment at most) for the page's code and data: one render with the
  // rows costs less than a render of placeholders, its layout and paint, and a second render.
  await Promise.all([
    loadLocale(initialLocale()),
    Promise.race([Promise.all([code, data.answered]), delay(FIRST_SCREEN_WAIT_MS)]),
  ]);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={data.queryClient} />
    </StrictMode>,
  );
}

void start();
