import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '@/app/query-client';
import { createAppTheme } from '@/app/theme';
import { NotifierProvider } from '@/components/notifier';
import { I18nProvider, type Locale } from '@/i18n/i18n';

interface RenderOptions {
  path?: string;
  locale?: Locale;
  /** Extra routes, e.g. the page a component navigates to. */
  routes?: RouteObject[];
}

/** Renders a page with the app's providers and a memory router, as the app would. */
export function renderPage(
  element: ReactElement,
  { path = '/', locale = 'en', routes = [] }: RenderOptions = {},
) {
  return renderRoutes([{ path: path.split('?')[0], element }, ...routes], { path, locale });
}

/** Renders a route tree (the app's own, say) with the app's providers at an address. */
export function renderRoutes(
  routes: RouteObject[],
  { path = '/', locale = 'en' }: Omit<RenderOptions, 'routes'> = {},
) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale}>
        <ThemeProvider theme={createAppTheme(locale)}>
          <CssBaseline />
          <NotifierProvider>
            <RouterProvider router={router} />
          </NotifierProvider>
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
