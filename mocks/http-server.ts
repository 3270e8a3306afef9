import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';
import { createNodeMock } from './node-backend';

export { createNodeMock };

/**
 * Serves MSW handlers over real HTTP, so that several browsers (two reviewers and a supervisor)
 * share one mock state. Used as Vite middleware by `npm start` and standalone by `npm run mock:server`.
 */
export function createMockListener(handlers: RequestHandler[]) {
  return async (req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void> => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    if (!url.pathname.startsWith('/api/')) {
      if (next) return next();
      res.writeHead(404).end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
      else if (value !== undefined) headers.set(name, value);
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      // @ts-expect-error Node's fetch needs duplex for streamed bodies; the DOM types lack it.
      duplex: hasBody ? 'half' : undefined,
    });
    try {
      const response = await getResponse(handlers, request, { baseUrl: url.origin });
      if (!response) {
        res.writeHead(404, { 'Content-Type': 'application/problem+json' });
        res.end(
          JSON.stringify({ type: 'urn:photo-review:problem:not-found', title: 'Not found', status: 404 }),
        );
        return;
      }
      if (response.type === 'error') {
        // An injected dropped connection: no status line, no body.
        req.socket.destroy();
        return;
      }
      const outgoing: Record<string, string | string[]> = {};
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') outgoing[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) outgoing['set-cookie'] = cookies;
      res.writeHead(response.status, outgoing);
      res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
    } catch (error) {
      console.error('[mock] request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/problem+json' });
      res.end(
        JSON.stringify({ type: 'urn:photo-review:problem:internal', title: 'Internal error', status: 500 }),
      );
    }
  };
}

async function main(): Promise<void> {
  const port = Number(process.env.MOCK_PORT ?? 5174);
  const { handlers } = createNodeMock({
    seed: process.env.MOCK_SEED ? Number(process.env.MOCK_SEED) : undefined,
    pendingCount: process.env.MOCK_PENDING ? Number(process.env.MOCK_PENDING) : undefined,
    historyDecisions: process.env.MOCK_HISTORY ? Number(process.env.MOCK_HISTORY) : undefined,
  });
  const listener = createMockListener(handlers);
  const server = createServer((req, res) => void listener(req, res));
  server.listen(port, '127.0.0.1', () => console.log(`mock API on http://127.0.0.1:${port}/api`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
