import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { UNSAFE_createMemoryHistory as createMemoryHistory, useRoutes, type RouteObject } from 'react-router';
import { createQueryClient } from '@/app/query-client';
import { createAppTheme } from '@/app/theme';
import { TransitionRouter } from '@/app/transition-router';
import { NotifierProvider } from '@/components/notifier';
import { I18nProvider, type Locale } from '@/i18n/i18n';

interface RenderOptions {
  path?: string;
  locale?: Locale;
  /** Extra routes, e.g. the page a component navigates to. */
  routes?: RouteObject[];
}

function TestRoutes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

/** Renders a page with the app's providers and a memory router, as the app would. */
export function renderPage(
  element: ReactElement,
  { path = '/', locale = 'en', routes = [] }: RenderOptions = {},
) {
  return renderRoutes(<TestRoutes routes={[{ path: path.split('?')[0], element }, ...routes]} />, {
    path,
    locale,
  });
}

/**
 * Renders routes (the app's own <AppRoutes />, say) with the app's providers and router, on a memory
 * history at an address. `history.location` is where the app is now.
 */
export function renderRoutes(
  routes: ReactElement,
  { path = '/', locale = 'en' }: Omit<RenderOptions, 'routes'> = {},
) {
  const queryClient = createQueryClient();
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale}>
        <ThemeProvider theme={createAppTheme(locale)}>
          <CssBaseline />
          <NotifierProvider>
            <TransitionRouter history={history}>{routes}</TransitionRouter>
          </NotifierProvider>
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...result, history, queryClient };
}
