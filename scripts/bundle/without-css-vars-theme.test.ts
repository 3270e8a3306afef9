import { cssVarsStubs, withoutCssVarsTheme } from './without-css-vars-theme';

type Hook = (source: string, importer?: string) => string | null;

describe('withoutCssVarsTheme', () => {
  const plugin = withoutCssVarsTheme();
  const resolve = plugin.resolveId as unknown as Hook;
  const load = plugin.load as unknown as (id: string) => string | null;
  const styles = '/app/node_modules/@mui/material/styles';

  it('replaces the CSS-variables flavour where createTheme and ThemeProvider import it', () => {
    expect(resolve('./createThemeWithVars.mjs', `${styles}/createTheme.mjs`)).toBe(
      cssVarsStubs['./createThemeWithVars.mjs'].id,
    );
    expect(resolve('./ThemeProviderWithVars.mjs', `${styles}/ThemeProvider.mjs`)).toBe(
      cssVarsStubs['./ThemeProviderWithVars.mjs'].id,
    );
    expect(load(cssVarsStubs['./createThemeWithVars.mjs'].id)).toContain('export default function');
  });

  it('leaves every other import alone, the styles barrel included', () => {
    expect(resolve('./createThemeWithVars.mjs', `${styles}/index.mjs`)).toBeNull();
    expect(resolve('./createPalette.mjs', `${styles}/createTheme.mjs`)).toBeNull();
    expect(resolve('./ThemeProviderWithVars.mjs', undefined)).toBeNull();
    expect(plugin.apply).toBe('build');
  });
});
