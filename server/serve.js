// @ts-check
/**
 * `npm run serve`: the production build (dist/) on 127.0.0.1 with the security headers, against the
 * bureau's API (API_BASE_URL, proxied under /api) or, with MOCK_API=1 or --mock, the HTTP mock.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApiProxy, createProductionServer, loadMockApi } from './production-server.js';

const HOST = '127.0.0.1';

/** @param {string | undefined} value */
const optionalNumber = (value) => (value ? Number(value) : undefined);

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      mock: { type: 'boolean', default: false },
      'api-base-url': { type: 'string' },
      dist: { type: 'string' },
    },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${port}`);
  const distDir = values.dist ?? process.env.DIST_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url));
  const mock = values.mock || process.env.MOCK_API === '1' || process.env.MOCK_API === 'true';
  const apiBaseUrl = values['api-base-url'] ?? process.env.API_BASE_URL;
  if (mock === Boolean(apiBaseUrl)) {
    throw new Error('Set either API_BASE_URL (the bureau API to proxy /api to) or MOCK_API=1 (the mock)');
  }

  let api;
  let description;
  if (mock) {
    ({ api, description } = await loadMockApi({
      seed: optionalNumber(process.env.MOCK_SEED),
      pendingCount: optionalNumber(process.env.MOCK_PENDING),
      historyDecisions: optionalNumber(process.env.MOCK_HISTORY),
    }));
    description += ' (demo data, not the bureau API)';
  } else {
    api = createApiProxy(/** @type {string} */ (apiBaseUrl), {
      timeoutMs: optionalNumber(process.env.API_TIMEOUT_MS),
    });
    description = `API: /api -> ${apiBaseUrl}`;
  }

  const server = await createProductionServer({
    distDir,
    api,
    serveSourceMaps: process.env.SERVE_SOURCE_MAPS === '1',
  });
  // Like Vite's --strictPort: a port in use is an error, never a silent move to another one.
  server.on('error', (error) => {
    console.error(`[serve] cannot listen on ${HOST}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, HOST, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`[serve] ${distDir} on http://${HOST}:${actual}/ (${description})`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(`[serve] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
