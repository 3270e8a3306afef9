import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { NotifierProvider } from '@/components/notifier';
import { I18nProvider, useI18n } from '@/i18n/i18n';
import { createEmotionCache } from './emotion-cache';
import { createQueryClient } from './query-client';
import { AppRouter } from './router';
import { createAppTheme } from './theme';

// Mock controls exist only in development and browser-mock builds; production never bundles them.
const showMockControls = import.meta.env.DEV || import.meta.env.VITE_BROWSER_MOCK === true;
const MockPanel = showMockControls
  ? lazy(() => import('@/features/dev-panel/mock-panel').then((m) => ({ default: m.MockPanel })))
  : null;

function Themed() {
  const { locale } = useI18n();
  const theme = useMemo(() => createAppTheme(locale), [locale]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <NotifierProvider>
        <AppRouter />
        {MockPanel ? (
          <Suspense fallback={null}>
            <MockPanel />
          </Suspense>
        ) : null}
      </NotifierProvider>
    </ThemeProvider>
  );
}

export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [emotionCache] = useState(() => createEmotionCache());
  return (
    <CacheProvider value={emotionCache}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <Themed />
        </I18nProvider>
      </QueryClientProvider>
    </CacheProvider>
  );
}
