// @ts-check
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants as zlibConstants, gzip } from 'node:zlib';
import {
  CSP_NONCE_PLACEHOLDER,
  SECURITY_HEADER_NAMES,
  createNonce,
  securityHeaders,
} from './security-headers.js';

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {(req: IncomingMessage, res: ServerResponse) => void} ApiListener
 */

const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
});

/** Vite puts every content-hashed file under assets/: a new build gives changed files new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon) is checked with the server before each use. */
const REVALIDATE = 'no-cache';

/** Text formats worth compressing; images, fonts and model weights are compressed already or barely. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.wasm',
  '.webmanifest',
]);
/** Below this a gzip frame saves nothing worth a header. */
const MIN_COMPRESS_BYTES = 1024;
const gzipAsync = promisify(gzip);

/**
 * Whether the client takes gzip (RFC 9110 12.5.3): listed, or covered by `*`, and not with q=0. An
 * explicit `gzip` wins over `*`.
 *
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of value.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(coding.trim(), q === undefined ? 1 : Number(q.slice(2)));
  }
  const weight = weights.get('gzip') ?? weights.get('*') ?? 0;
  return weight > 0;
}

// Hop-by-hop headers (RFC 9110 7.6.1) belong to one connection and are never forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} title
 */
function problem(res, status, title) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
  res.writeHead(status, { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ type: `urn:photo-review:problem:${slug}`, title, status }));
}

/**
 * Whether a request is for the API. Decided on the raw target, never on a parsed URL: `//host/api/…`
 * parses to another host, and must not reach the proxy.
 *
 * @param {string} target
 */
function isApiTarget(target) {
  return target === '/api' || target.startsWith('/api/') || target.startsWith('/api?');
}

/**
 * Forwards `/api` to the bureau's API: `API_BASE_URL` + the request's path and query, the body and
 * answer streamed both ways. The upstream's caching headers (photos: no-store) pass through.
 *
 * @param {string} apiBaseUrl e.g. `https://api.bureau.example` or `http://127.0.0.1:5174/prefix`
 * @param {{ timeoutMs?: number }} [options]
 * @returns {ApiListener}
 */
export function createApiProxy(apiBaseUrl, { timeoutMs = 30_000 } = {}) {
  const base = new URL(apiBaseUrl);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new Error(`API_BASE_URL must be an http(s) URL, not ${apiBaseUrl}`);
  }
  const prefix = base.pathname.replace(/\/$/, '');
  const send = base.protocol === 'https:' ? httpsRequest : httpRequest;
  return (req, res) => {
    const target = new URL(`${base.origin}${prefix}${req.url ?? '/'}`);
    // `/api/../x` normalises to `/x`: only paths that stay under the API's /api reach it.
    if (target.origin !== base.origin || !target.pathname.startsWith(`${prefix}/api`)) {
      return problem(res, 400, 'Bad request');
    }
    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'host') headers[name] = value;
    }
    headers.host = base.host;
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers['x-forwarded-proto'] = 'http';
    const forwardedFor = req.headers['x-forwarded-for'];
    const client = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = forwardedFor ? `${forwardedFor}, ${client}` : client;

    const upstream = send(target, { method: req.method, headers, timeout: timeoutMs }, (answer) => {
      /** @type {Record<string, string | string[]>} */
      const outgoing = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value === undefined || HOP_BY_HOP.has(name) || SECURITY_HEADER_NAMES.includes(name)) continue;
        outgoing[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, outgoing);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('timeout', () =>
      upstream.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
    );
    upstream.on('error', (error) => {
      const timedOut = /** @type {NodeJS.ErrnoException} */ (error).code === 'ETIMEDOUT';
      console.error(`[serve] API ${timedOut ? 'timed out' : 'unreachable'}: ${error.message}`);
      problem(res, timedOut ? 504 : 502, timedOut ? 'Gateway timeout' : 'Bad gateway');
    });
    req.pipe(upstream);
  };
}

/**
 * The HTTP mock API (mocks/), loaded only when asked for: it is a development dependency and is
 * never part of the browser bundle. tsx loads its TypeScript here, as `npm run mock:server` does.
 *
 * @param {{ seed?: number, pendingCount?: number, historyDecisions?: number }} [options]
 * @returns {Promise<{ api: ApiListener, description: string }>}
 */
export async function loadMockApi(options = {}) {
  const { tsImport } = await import('tsx/esm/api');
  /** @type {typeof import('../mocks/http-server.ts')} */
  const mock = await tsImport('../mocks/http-server.ts', import.meta.url);
  const { backend, handlers } = mock.createNodeMock(options);
  const listener = mock.createMockListener(handlers);
  return {
    api: (req, res) => void listener(req, res),
    description: `mock API: seed ${backend.world.seed}, ${backend.world.requests.length} requests`,
  };
}

/**
 * The production build's server: `dist/` with an SPA fallback, the API (proxy or mock) under `/api`,
 * the security headers on every response and a fresh CSP nonce in every HTML document.
 *
 * @param {{ distDir: string, api: ApiListener, serveSourceMaps?: boolean }} options
 * @returns {Promise<import('node:http').Server>} not yet listening
 */
export async function createProductionServer({ distDir, api, serveSourceMaps = false }) {
  const root = path.resolve(distDir);
  const indexHtml = await readFile(path.join(root, 'index.html'), 'utf8');
  if (!indexHtml.includes(CSP_NONCE_PLACEHOLDER)) {
    throw new Error(
      `${path.join(root, 'index.html')} has no ${CSP_NONCE_PLACEHOLDER}: build it with \`npm run build\``,
    );
  }

  /**
   * Compressed copies of hashed assets, made once: a hashed file never changes, and level 9 on every
   * request would cost each visitor the CPU the browser needs. Bounded by dist/'s size.
   * @type {Map<string, Promise<Buffer>>}
   */
  const gzipped = new Map();
  /** @param {string} file */
  const gzippedAsset = (file) => {
    let body = gzipped.get(file);
    if (!body) {
      body = readFile(file).then((raw) => gzipAsync(raw, { level: zlibConstants.Z_BEST_COMPRESSION }));
      body.catch(() => gzipped.delete(file));
      gzipped.set(file, body);
    }
    return body;
  };

  /** @param {IncomingMessage} req @param {ServerResponse} res */
  const sendIndex = async (req, res) => {
    const nonce = createNonce();
    const raw = Buffer.from(indexHtml.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
    const compress = acceptsGzip(req.headers['accept-encoding']);
    // Fast level: this copy is made per response (its nonce is new each time).
    const body = compress ? await gzipAsync(raw, { level: 1 }) : raw;
    // No ETag or Last-Modified: a 304 would pair the new nonce's header with an old body.
    res.writeHead(200, {
      ...securityHeaders(nonce),
      'Content-Type': CONTENT_TYPES['.html'],
      'Content-Length': body.length,
      'Cache-Control': REVALIDATE,
      Vary: 'Accept-Encoding',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  /** @param {IncomingMessage} req @param {ServerResponse} res */
  const serveFile = async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return problem(res, 400, 'Bad request');
    }
    if (decoded.includes('\0')) return problem(res, 400, 'Bad request');
    if (decoded === '/' || decoded === '/index.html') return await sendIndex(req, res);

    const file = path.join(root, path.normalize(decoded));
    if (!file.startsWith(root + path.sep)) return problem(res, 404, 'Not found');
    const extension = path.extname(file).toLowerCase();
    const info = await stat(file).catch(() => null);
    const servable = info?.isFile() && (extension !== '.map' || serveSourceMaps);
    if (!servable || !info) {
      // App routes (/review/…, /dashboard) have no file extension: the app's router answers them.
      // A missing file (an old chunk after a deploy) is a real 404, never HTML posing as JavaScript.
      const lastSegment = decoded.slice(decoded.lastIndexOf('/') + 1);
      if (!decoded.startsWith('/assets/') && !lastSegment.includes('.')) return await sendIndex(req, res);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Not found');
      return;
    }
    const immutable = decoded.startsWith('/assets/');
    const compressible = COMPRESSIBLE.has(extension) && info.size >= MIN_COMPRESS_BYTES;
    // Hashed assets only: they are compressed once and kept; the few other files go as they are.
    const compress = immutable && compressible && acceptsGzip(req.headers['accept-encoding']);
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${compress ? '-gz' : ''}"`;
    /** @type {Record<string, string | number>} */
    const headers = {
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': immutable ? IMMUTABLE : REVALIDATE,
      ETag: etag,
      ...(immutable && compressible ? { Vary: 'Accept-Encoding' } : {}),
    };
    if (!immutable && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    if (compress) {
      const body = await gzippedAsset(file);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': info.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  return createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
    const target = req.url ?? '/';
    if (isApiTarget(target)) {
      // API answers carry personal data: not stored unless the API says otherwise (its header wins).
      res.setHeader('Cache-Control', 'no-store');
      return api(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return problem(res, 405, 'Method not allowed');
    }
    // `//host/…` would parse as another host: no such target is ever a file or a route here.
    if (!target.startsWith('/') || target.startsWith('//')) return problem(res, 400, 'Bad request');
    serveFile(req, res).catch((error) => {
      console.error('[serve] failed', error);
      problem(res, 500, 'Internal error');
    });
  });
}
