import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { initialLocale, loadLocale } from '@/i18n/i18n';

async function start(): Promise<void> {
  if (import.meta.env.VITE_BROWSER_MOCK) {
    // Static demo mode: the mock API runs in a service worker. Never part of a production build.
    const { startBrowserMock } = await import('../mocks/browser');
    await startBrowserMock();
  }
  // The default language ships with the app; another one is fetched before the first render.
  await loadLocale(initialLocale());
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
