/**
 * A build plugin that leaves MUI's CSS-variables theme machinery out of the bundle
 * (docs/decisions/011-lighter-first-screens.md). `createTheme` and `ThemeProvider` from
 * `@mui/material/styles` import both flavours, the plain theme and the CSS-variables one (about 6 kB
 * gzipped with `createCssVarsProvider` and `useCurrentColorScheme`), and choose at run time. The app's
 * theme (src/app/theme.ts) is a plain `createTheme` without `cssVariables` or `colorSchemes`, so only
 * those two modules' imports of the other flavour are replaced, with stubs that fail loudly if a theme
 * ever needs it. Everything else in MUI is untouched.
 */
import type { Plugin } from 'vite';

const importers = /[\\/]@mui[\\/]material[\\/]styles[\\/](ThemeProvider|createTheme)\.m?js$/;

export const cssVarsStubs = {
  './ThemeProviderWithVars.mjs': {
    id: '\0mui-css-vars-provider-stub',
    code: `export function CssVarsProvider() {
  throw new Error('MUI CSS theme variables are left out of this build (scripts/bundle/without-css-vars-theme.ts).');
}
`,
  },
  './createThemeWithVars.mjs': {
    id: '\0mui-css-vars-theme-stub',
    code: `export default function createThemeWithVars() {
  throw new Error('MUI CSS theme variables are left out of this build (scripts/bundle/without-css-vars-theme.ts).');
}
`,
  },
} satisfies Record<string, { id: string; code: string }>;

const stubs: Record<string, { id: string; code: string } | undefined> = cssVarsStubs;

export function withoutCssVarsTheme(): Plugin {
  return {
    name: 'without-css-vars-theme',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !importers.test(importer)) return null;
      return stubs[source]?.id ?? null;
    },
    load(id) {
      return Object.values(cssVarsStubs).find((stub) => stub.id === id)?.code ?? null;
    },
  };
}
