import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';

interface MockApiOptions {
  /** Mount the HTTP mock API on the dev and preview servers. */
  http: boolean;
  /** Serve (dev) or emit (build) MSW's service worker for browser-only mock mode. */
  serviceWorker: boolean;
}

/**
 * Wires the mock backend into Vite without putting mock code into the app's bundle: the HTTP mock
 * runs in the server process, and the service worker file exists only in browser-mock mode.
 */
export function mockApiPlugin(options: MockApiOptions): Plugin {
  const workerPath = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
  const mount = async (server: ViteDevServer | PreviewServer) => {
    if (!options.http) return;
    // Loaded through Vite's module runner at serve time, so that the config bundle never contains
    // the mock and building never evaluates it.
    const entry = fileURLToPath(new URL('./http-server.ts', import.meta.url));
    const { module } = await runnerImport<typeof import('./http-server')>(entry);
    const { backend, handlers } = module.createNodeMock({
      seed: process.env.MOCK_SEED ? Number(process.env.MOCK_SEED) : undefined,
      pendingCount: process.env.MOCK_PENDING ? Number(process.env.MOCK_PENDING) : undefined,
      historyDecisions: process.env.MOCK_HISTORY ? Number(process.env.MOCK_HISTORY) : undefined,
    });
    const listener = module.createMockListener(handlers);
    server.middlewares.use((req, res, next) => void listener(req, res, next));
    server.config.logger.info(
      `  mock API: seed ${backend.world.seed}, ${backend.world.requests.length} requests`,
    );
  };
  return {
    name: 'photo-review:mock-api',
    async configureServer(server) {
      if (options.serviceWorker) {
        server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
          void readFile(workerPath, 'utf8').then((source) => {
            res.setHeader('Content-Type', 'text/javascript');
            res.end(source);
          });
        });
      }
      await mount(server);
    },
    configurePreviewServer: (server) => mount(server),
    async generateBundle() {
      if (!options.serviceWorker) return;
      this.emitFile({
        type: 'asset',
        fileName: 'mockServiceWorker.js',
        source: await readFile(workerPath, 'utf8'),
      });
    },
  };
}
