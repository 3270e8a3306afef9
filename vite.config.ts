/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { mockApiPlugin } from './mocks/vite-plugin.ts';
import { CSP_NONCE_PLACEHOLDER } from './server/security-headers.js';
import { firstScreenGroups } from './scripts/bundle/chunk-groups.ts';
import { withoutCssVarsTheme } from './scripts/bundle/without-css-vars-theme.ts';

/**
 * Modes:
 * - development (`npm start`): the mock API runs inside the Vite server, over real local HTTP.
 * - browser-mock (`npm run start:browser-mock`): no server; the mock runs in the browser's service worker.
 * - production (`npm run build`): talks to VITE_API_BASE_URL (default: same origin) and carries no mock code.
 *   `vite preview` serves it with the HTTP mock mounted unless MOCK_API=off, for tests and demos.
 *   Built index.html carries a CSP nonce placeholder that `npm run serve` (server/) fills per response.
 */
export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const browserMock = mode === 'browser-mock';
  const httpMock = !browserMock && env.MOCK_API !== 'off' && command === 'serve' && !process.env.VITEST;
  return {
    plugins: [
      react(),
      mockApiPlugin({ http: httpMock, serviceWorker: browserMock }),
      // MUI's CSS-variables theme is not used: its code stays out of the build.
      withoutCssVarsTheme(),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    // The dev server reloads pages when watched files change: builds, test output and bench files are
    // not the app's sources (a build made beside `npm start` would otherwise reload every page).
    server: {
      watch: {
        ignored: [
          '**/dist/**',
          '**/dist-*/**',
          '**/test-results/**',
          '**/playwright-report/**',
          '**/.bench/**',
        ],
      },
    },
    // Builds only: the dev server's own inline scripts would otherwise carry the literal placeholder.
    html: command === 'build' ? { cspNonce: CSP_NONCE_PLACEHOLDER } : undefined,
    define: {
      'import.meta.env.VITE_BROWSER_MOCK': JSON.stringify(browserMock),
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      // dist/.vite/manifest.json: what each chunk imports, read by `npm run analyze` and `check:size`.
      manifest: true,
      // The core chunk is deliberately one file (about 600 kB raw, 185 kB gzipped); the budget that
      // matters is the gzipped first screen, checked by `npm run check:size`.
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        experimental: { chunkOptimization: { mergeCommonChunks: false } },
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              {
                debugName: 'first-screens',
                name: firstScreenGroups(fileURLToPath(new URL('.', import.meta.url))),
              },
            ],
          },
        },
      },
    },
    // ES module workers can split: the face detector is a chunk the photo-check worker imports on demand.
    worker: { format: 'es' },
    // Only the worker imports face-api, and only on demand: without this, the dev server discovers it
    // on the first review and reloads the page to optimise it.
    optimizeDeps: { include: ['@vladmandic/face-api'] },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: [
        'src/**/*.test.{ts,tsx}',
        'mocks/**/*.test.ts',
        'scripts/**/*.test.ts',
        'server/**/*.test.ts',
      ],
      restoreMocks: true,
      testTimeout: 15000,
    },
  };
});
