/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { mockApiPlugin } from './mocks/vite-plugin.ts';

/**
 * Chunks for the first screens (docs/decisions/008): everything the entry imports statically in one
 * `core` chunk; what the queue and the workspace pages both need in `reviewer`; the rest of each page
 * in `queue-page` and `review-page`. Left to itself, rolldown cuts a chunk per set of importers, and
 * after the sign-in page and the dialogs became lazy the queue loaded 27 small chunks, paying each
 * one's import and export lists and a fresh gzip window (+10 kB). Dependencies are not pulled in
 * recursively, so a module lands in the narrowest group that covers who uses it. This relies on deep
 * MUI imports (`@mui/material/Button`): through the barrel every component looks reachable from
 * everywhere.
 */
type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };
const srcFile = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
let reach: Record<'core' | 'queue' | 'review', Set<string>> | null = null;

function staticallyReached(start: string, ctx: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
  }
  return seen;
}

function firstScreenChunk(id: string, ctx: ModuleGraph): string | null {
  reach ??= {
    core: staticallyReached(srcFile('main.tsx'), ctx),
    queue: staticallyReached(srcFile('app/routes/queue.tsx'), ctx),
    review: staticallyReached(srcFile('app/routes/review.tsx'), ctx),
  };
  // Route modules stay chunks of their own: the router loads them by name.
  if (id === srcFile('app/routes/queue.tsx') || id === srcFile('app/routes/review.tsx')) return null;
  if (reach.core.has(id)) return 'core';
  if (reach.queue.has(id) && reach.review.has(id)) return 'reviewer';
  if (reach.queue.has(id)) return 'queue-page';
  if (reach.review.has(id)) return 'review-page';
  return null;
}

/**
 * Modes:
 * - development (`npm start`): the mock API runs inside the Vite server, over real local HTTP.
 * - browser-mock (`npm run start:browser-mock`): no server; the mock runs in the browser's service worker.
 * - production (`npm run build`): talks to VITE_API_BASE_URL (default: same origin) and carries no mock code.
 *   `vite preview` serves it with the HTTP mock mounted unless MOCK_API=off, for tests and demos.
 */
export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const browserMock = mode === 'browser-mock';
  const httpMock = !browserMock && env.MOCK_API !== 'off' && command === 'serve' && !process.env.VITEST;
  return {
    plugins: [react(), mockApiPlugin({ http: httpMock, serviceWorker: browserMock })],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    define: {
      'import.meta.env.VITE_BROWSER_MOCK': JSON.stringify(browserMock),
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      // dist/.vite/manifest.json: what each chunk imports, read by `npm run analyze` and `check:size`.
      manifest: true,
      rolldownOptions: {
        experimental: { chunkOptimization: { mergeCommonChunks: false } },
        output: {
          codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: firstScreenChunk }] },
        },
      },
    },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
      restoreMocks: true,
      testTimeout: 15000,
    },
  };
});
