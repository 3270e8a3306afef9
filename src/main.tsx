import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { prefetchFirstScreen } from '@/app/boot-prefetch';
import { createQueryClient } from '@/app/query-client';
import { initialLocale, loadLocale } from '@/i18n/i18n';

/** Longer than the page's code and the session take on the bureau's network; then the app renders. */
const FIRST_SCREEN_WAIT_MS = 400;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function start(): Promise<void> {
  if (import.meta.env.VITE_BROWSER_MOCK) {
    // Static demo mode: the mock API runs in a service worker. Never part of a production build.
    const { startBrowserMock } = await import('../mocks/browser');
    await startBrowserMock();
  }
  // The first screen's code, session and data are asked for now, in parallel (not one by one).
  const queryClient = createQueryClient();
  const firstScreen = prefetchFirstScreen(queryClient, window.location);
  // The default language ships with the app; another one is fetched before the first render. The
  // first render also waits (a moment at most) until the first screen's data has been asked for.
  await Promise.all([loadLocale(initialLocale()), Promise.race([firstScreen, delay(FIRST_SCREEN_WAIT_MS)])]);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}

void start();
