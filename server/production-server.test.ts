// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, createApiProxy, createProductionServer, loadMockApi } from './production-server.js';
import { CSP_NONCE_PLACEHOLDER } from './security-headers.js';

const INDEX_HTML = `<!doctype html><html><head>
<meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}">
<script type="module" crossorigin src="/assets/index-abc123.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script>
</head><body><div id="root"></div></body></html>`;

/** A script big enough to be worth compressing. */
const BIG_SCRIPT = 'export const rows = [\n' + '  { id: 1, text: "row" },\n'.repeat(200) + '];\n';

/** A GET with the given headers, its body as the raw bytes that came over the wire. */
function rawFetch(
  base: string,
  target: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** A small dist/ as `vite build` lays it out. */
async function fixtureDist(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'prod-server-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("app");\n');
  await writeFile(path.join(dir, 'assets', 'index-abc123.js.map'), '{"version":3}');
  await writeFile(path.join(dir, 'assets', 'core-def456.js'), BIG_SCRIPT);
  await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

/** A GET whose target goes out exactly as written (no URL normalisation). */
function rawGet(base: string, target: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path: target }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('content-security-policy') ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval';",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp, response.url).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
  // WebAssembly compilation only (the face detector), never JavaScript eval.
  expect(csp).not.toContain("'unsafe-eval'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('permissions-policy')).toMatch(
    /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  );
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
}

const noApi = createApiProxy('http://127.0.0.1:9'); // never reached by the static tests

describe('the production server: static files', () => {
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = await fixtureDist();
    server = await createProductionServer({ distDir: dist, api: noApi });
    base = await listen(server);
  });
  afterAll(async () => {
    await stop(server);
    await rm(dist, { recursive: true, force: true });
  });

  it('serves index.html with a fresh nonce in the CSP and in the page, never cached', async () => {
    const [first, second] = await Promise.all([fetch(`${base}/`), fetch(`${base}/`)]);
    const nonces = [];
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('etag')).toBeNull();
      expectSecurityHeaders(response);
      const csp = response.headers.get('content-security-policy') ?? '';
      const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'/.exec(csp)?.[1];
      expect(nonce).toBeDefined();
      const html = await response.text();
      expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      expect(html).toContain(`src="/assets/index-abc123.js" nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('answers app routes with index.html (SPA fallback)', async () => {
    for (const route of ['/review/rq_0a1b2c3d4e5f', '/dashboard?range=7d', '/claims', '/sign-in?lang=en']) {
      const response = await fetch(base + route);
      expect(response.status, route).toBe(200);
      expect(await response.text(), route).toContain('<div id="root">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year, revalidates the rest', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log("app");\n');
    expectSecurityHeaders(asset);
    // Only HTML documents get a nonce.
    expect(asset.headers.get('content-security-policy')).toContain("style-src 'self';");

    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    const etag = icon.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/favicon.svg`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('gzips hashed text assets and the page for clients that take gzip, and only for them', async () => {
    const zipped = await rawFetch(base, '/assets/core-def456.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(BIG_SCRIPT.length / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(BIG_SCRIPT);
    // Compressed once and kept: the same bytes again.
    const again = await rawFetch(base, '/assets/core-def456.js', { 'Accept-Encoding': 'gzip' });
    expect(again.body.equals(zipped.body)).toBe(true);

    const refusals: Array<Record<string, string>> = [
      {},
      { 'Accept-Encoding': 'br' },
      { 'Accept-Encoding': 'gzip;q=0, br' },
    ];
    for (const refused of refusals) {
      const plain = await rawFetch(base, '/assets/core-def456.js', refused);
      expect(plain.headers['content-encoding'], JSON.stringify(refused)).toBeUndefined();
      expect(plain.body.toString()).toBe(BIG_SCRIPT);
    }
    // Too small to gain anything: as it is.
    const small = await rawFetch(base, '/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();

    const page = await rawFetch(base, '/', { 'Accept-Encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers.vary).toBe('Accept-Encoding');
    const html = gunzipSync(page.body).toString();
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
  });

  it('reads Accept-Encoding as RFC 9110 says', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('deflate, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(['br', 'gzip'])).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br, identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('answers missing files with 404, not with the page', async () => {
    for (const missing of ['/assets/index-old999.js', '/assets/chunk', '/robots.txt']) {
      const response = await fetch(base + missing);
      expect(response.status, missing).toBe(404);
      expect(await response.text()).not.toContain('<div id="root">');
      expectSecurityHeaders(response);
    }
    // Source maps stay private unless asked for.
    expect((await fetch(`${base}/assets/index-abc123.js.map`)).status).toBe(404);
  });

  it('never serves files outside dist', async () => {
    const outside = path.basename(dist) + '-secret.txt';
    await writeFile(path.join(dist, '..', outside), 'secret');
    try {
      for (const attempt of [`/..%2f${outside}`, `/assets/..%2f..%2f${outside}`, `/%2e%2e/${outside}`]) {
        const response = await fetch(base + attempt);
        expect(await response.text(), attempt).not.toBe('secret');
      }
      expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
      expect((await fetch(`${base}/a%00.js`)).status).toBe(400);
    } finally {
      await rm(path.join(dist, '..', outside), { force: true });
    }
  });

  it('refuses methods other than GET and HEAD outside the API', async () => {
    const response = await fetch(`${base}/dashboard`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expectSecurityHeaders(response);
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses a dist that was not built with the nonce placeholder', async () => {
    const plain = await mkdtemp(path.join(tmpdir(), 'prod-server-plain-'));
    await writeFile(path.join(plain, 'index.html'), '<!doctype html><title>x</title>');
    try {
      await expect(createProductionServer({ distDir: plain, api: noApi })).rejects.toThrow(/__CSP_NONCE__/);
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });
});

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('the production server: /api proxied to API_BASE_URL', () => {
  let dist: string;
  let upstream: Server;
  let server: Server;
  let base: string;
  let upstreamBase: string;
  const seen: Seen[] = [];

  beforeAll(async () => {
    dist = await fixtureDist();
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        if (req.url?.startsWith('/bureau/api/photos/')) {
          res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'private, no-store' });
          res.end(Buffer.from([0xff, 0xd8, 0xff]));
          return;
        }
        res.writeHead(201, {
          'Content-Type': 'application/json',
          'Set-Cookie': ['session=abc; HttpOnly; SameSite=Strict; Path=/', 'other=1; Path=/'],
          // An upstream's own policy is replaced by the console's.
          'Content-Security-Policy': "default-src *; script-src 'unsafe-inline'",
        });
        res.end(JSON.stringify({ ok: true }));
      });
    });
    upstreamBase = await listen(upstream);
    server = await createProductionServer({
      distDir: dist,
      api: createApiProxy(`${upstreamBase}/bureau/`, { timeoutMs: 2_000 }),
    });
    base = await listen(server);
  });
  afterAll(async () => {
    await stop(server);
    await stop(upstream);
    await rm(dist, { recursive: true, force: true });
  });

  it('forwards method, path, query, headers and body, and passes the answer back', async () => {
    seen.length = 0;
    const response = await fetch(`${base}/api/session?lang=en`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1', Cookie: 'session=old' },
      body: JSON.stringify({ username: 'reviewer1' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.getSetCookie()).toEqual([
      'session=abc; HttpOnly; SameSite=Strict; Path=/',
      'other=1; Path=/',
    ]);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(response);

    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request).toMatchObject({
      method: 'POST',
      url: '/bureau/api/session?lang=en',
      body: JSON.stringify({ username: 'reviewer1' }),
    });
    expect(request?.headers).toMatchObject({
      host: new URL(upstreamBase).host,
      'idempotency-key': 'k-1',
      cookie: 'session=old',
      'x-forwarded-host': new URL(base).host,
      'x-forwarded-proto': 'http',
      'x-forwarded-for': '127.0.0.1',
    });
  });

  it("keeps the API's caching headers: photos stay no-store", async () => {
    const response = await fetch(`${base}/api/photos/ph_1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expectSecurityHeaders(response);
  });

  it('never lets a path leave the API', async () => {
    expect(await rawGet(base, '//elsewhere.example/api/session')).toBe(400);
    seen.length = 0;
    const response = await fetch(`${base}/api/..%2f..%2fadmin`);
    // Either refused here or sent on still under /bureau/api: never to /admin.
    for (const request of seen) expect(request.url).toMatch(/^\/bureau\/api\//);
    expect([400, 201]).toContain(response.status);
    // fetch removes dot segments itself; a raw request sends them as they are.
    const dotted = await rawGet(base, '/api/../admin');
    expect(dotted).toBe(400);
  });

  it('answers 502 with a problem document when the API is down', async () => {
    const down = await createProductionServer({ distDir: dist, api: createApiProxy('http://127.0.0.1:9') });
    const downBase = await listen(down);
    try {
      const response = await fetch(`${downBase}/api/session`);
      expect(response.status).toBe(502);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 502, title: 'Bad gateway' });
      expectSecurityHeaders(response);
    } finally {
      await stop(down);
    }
  });
});

describe('the production server: the HTTP mock mounted in the process', () => {
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = await fixtureDist();
    const { api } = await loadMockApi({ pendingCount: 20, historyDecisions: 50 });
    server = await createProductionServer({ distDir: dist, api });
    base = await listen(server);
  }, 60_000);
  afterAll(async () => {
    await stop(server);
    await rm(dist, { recursive: true, force: true });
  });

  it('signs in, claims a request and serves its photo with no-store, all under the headers', async () => {
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'reviewer1', password: 'demo' }),
    });
    expect(signIn.status).toBe(200);
    expectSecurityHeaders(signIn);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).toMatch(/=/);

    const claimed = await fetch(`${base}/api/requests/claim-next`, { method: 'POST', headers: { cookie } });
    expect(claimed.status).toBe(200);
    expect(claimed.headers.get('cache-control')).toBe('private, no-store');
    const detail = (await claimed.json()) as { newPhoto: { url: string } };

    const photo = await fetch(base + detail.newPhoto.url, { headers: { cookie } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('cache-control')).toBe('private, no-store');
    expect((await photo.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expectSecurityHeaders(photo);
  });

  it('answers the API with the mock and everything else with the build', async () => {
    const unauthenticated = await fetch(`${base}/api/requests`);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('cache-control')).toBe('no-store');
    const settings = await fetch(`${base}/api/__mock/settings`);
    expect(settings.status).toBe(200);
    const page = await fetch(`${base}/review/anything`);
    expect(await page.text()).toContain('<div id="root">');
  });
});
