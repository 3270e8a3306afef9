/**
 * The face detector as reviewers get it: the production build's photo-check worker in headless
 * Chromium, fed the library's photos. Confirms that the worker loads the detector from the app's own
 * assets (no network beyond 127.0.0.1) and measures the detector's time per photo there.
 *
 *   npm run build && npx tsx mocks/photos/eval-face-browser.ts [--split holdout|calibration|all]
 *
 * Serves dist/ and the library on 127.0.0.1:4480 (EVAL_PORT), drives the worker with its own protocol
 * (run -> need -> bytes -> result) and prints, per photo, the facialFeatures and noOrnaments verdicts,
 * then the detector's median and 95th percentile time. Chromium: /usr/bin/chromium (CHROMIUM).
 */
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
// eslint-disable-next-line import-x/no-restricted-paths
import { DEFAULT_PHOTO_RULES, quantile } from '../../src/features/photo-checks/evaluate';
// eslint-disable-next-line import-x/no-restricted-paths
import type { PhotoCheckReport } from '../../src/features/photo-checks/types';
import { loadManifest } from './manifest.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const LIBRARY = fileURLToPath(new URL('./library/', import.meta.url));
const PORT = Number(process.env.EVAL_PORT ?? 4480);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.bin': 'application/octet-stream',
};

function serve(): Promise<() => Promise<void>> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.startsWith('/library/')
      ? join(LIBRARY, normalize(path.slice('/library/'.length)))
      : join(DIST, normalize(path === '/' ? '/index.html' : path));
    if (!(file.startsWith(DIST) || file.startsWith(LIBRARY)) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(PORT, '127.0.0.1', () =>
      resolve(() => new Promise<void>((done) => server.close(() => done()))),
    ),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { split: { type: 'string', default: 'holdout' } } });
  const worker = readdirSync(join(DIST, 'assets')).find((f) => /^photo-checks\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error('No worker in dist/assets: run `npm run build` first');
  const manifest = await loadManifest();
  const photos = manifest.photos.filter(
    (p) => p.role === 'new' && (values.split === 'all' || p.split === values.split),
  );
  const stop = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const outside: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(`http://127.0.0.1:${PORT}/`) && !r.url().startsWith('data:'))
        outside.push(r.url());
    });
    await page.goto(`http://127.0.0.1:${PORT}/library/${photos[0]?.file ?? ''}`);
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
    const reports = await page.evaluate(
      async ({ workerUrl, files, rules }) => {
        const w = new Worker(workerUrl, { type: 'module' });
        const run = (id: number, file: string) =>
          new Promise<unknown>((resolve, reject) => {
            const onMessage = async (event: MessageEvent) => {
              const m = event.data as { type: string; id: number; report?: unknown; message?: string };
              if (m.id !== id) return;
              if (m.type === 'need') {
                const bytes = await (await fetch(`/library/${file}`)).arrayBuffer();
                w.postMessage({ type: 'bytes', id, photos: [{ key: file, bytes }] }, [bytes]);
              } else {
                w.removeEventListener('message', onMessage);
                if (m.type === 'result') resolve(m.report);
                else reject(new Error(m.message));
              }
            };
            w.addEventListener('message', onMessage);
            w.postMessage({ type: 'run', id, newPhoto: { key: file }, cardPhoto: null, rules });
          });
        const out: unknown[] = [];
        for (const [index, file] of files.entries()) out.push(await run(index + 1, file));
        w.terminate();
        return out;
      },
      { workerUrl: `/assets/${worker}`, files: photos.map((p) => p.file), rules: DEFAULT_PHOTO_RULES },
    );
    const times: number[] = [];
    photos.forEach((photo, index) => {
      const report = reports[index] as PhotoCheckReport;
      const face = report.newPhoto.face;
      if (face.values) times.push(face.values.detectorMs);
      console.log(
        `${photo.id.padEnd(28)} facialFeatures ${report.checks.facialFeatures.verdict.padEnd(11)} (truth ${photo.checks.facialFeatures ? 'pass' : 'fail'})  ` +
          `noOrnaments ${report.checks.noOrnaments.verdict.padEnd(11)} (truth ${photo.checks.noOrnaments ? 'pass' : 'fail'})  ` +
          `${face.message.key} ${face.values?.detectorMs ?? '-'} ms`,
      );
    });
    console.log(
      `\nDetector time per photo in the Chromium worker (wasm backend): first ${times[0]} ms (warm-up); ` +
        `after it (n=${times.length - 1}) median ${quantile(times.slice(1), 0.5)} ms, p95 ${quantile(times.slice(1), 0.95)} ms`,
    );
    console.log(
      outside.length === 0 ? 'Requests outside 127.0.0.1: none' : `Requests outside: ${outside.join(', ')}`,
    );
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
