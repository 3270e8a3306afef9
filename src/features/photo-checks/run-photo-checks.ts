/**
 * The page's side of the pre-checks: one lazily started worker, a promise per run.
 *
 * Nothing heavy happens on the page's thread: it fetches photo bytes (the network runs elsewhere) and
 * hands them over; decoding and every measure run in the worker. Where there is no Worker,
 * OffscreenCanvas or createImageBitmap (jsdom, old browsers), runs reject with code 'unavailable' and
 * the workspace says the checks are unavailable instead of waiting.
 */
import { photoSrc } from '@/api/endpoints/photos';
import type { Photo } from '@/api/generated/zod';
import type { PhotoCheckReport, PhotoRules } from './types';
import type { DeclaredFile, FromWorker, PhotoCheckErrorCode, PhotoRef, ToWorker } from './worker-protocol';

export type { DeclaredFile, PhotoCheckErrorCode } from './worker-protocol';

/** A photo to check: its URL (fetched with the app's credentials), or an already-decoded bitmap. */
export type PhotoSource =
  { url: string; declared?: DeclaredFile } | { bitmap: ImageBitmap; key: string; declared: DeclaredFile };

export interface RunPhotoChecksInput {
  newPhoto: PhotoSource;
  /** The photo on the current card; null when there is none to compare with. */
  cardPhoto: PhotoSource | null;
  rules: PhotoRules;
}

export interface RunPhotoChecksOptions {
  signal?: AbortSignal;
  /** Give up after this long (the worker is then restarted). */
  timeoutMs?: number;
}

export class PhotoChecksError extends Error {
  override name = 'PhotoChecksError';
  constructor(
    readonly code: PhotoCheckErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Decoding and measuring take well under a second, and the face detector's first load (about 2 MB of
 * the app's own assets) a few seconds at most; this only catches a stuck worker.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** A photo as the API describes it, as a source: its address plus the declared file facts. */
export function photoSourceOf(photo: Photo): PhotoSource {
  return {
    url: photoSrc(photo),
    declared: { width: photo.width, height: photo.height, bytes: photo.bytes, format: photo.format },
  };
}

export function sourceKey(source: PhotoSource): string {
  return 'url' in source ? source.url : `bitmap:${source.key}`;
}

export function photoChecksSupported(): boolean {
  return (
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined' &&
    typeof createImageBitmap === 'function'
  );
}

interface PendingRun {
  sources: Map<string, PhotoSource>;
  resolve: (report: PhotoCheckReport) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  cleanup: () => void;
}

interface Connection {
  worker: Worker;
  pending: Map<number, PendingRun>;
}

let connection: Connection | null = null;
let nextId = 1;

function connect(): Connection {
  if (connection) return connection;
  const worker = new Worker(new URL('./photo-checks.worker.ts', import.meta.url), {
    type: 'module',
    name: 'photo-checks',
  });
  const current: Connection = { worker, pending: new Map() };
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    void onMessage(current, event.data);
  });
  worker.addEventListener('error', (event) => {
    // A worker that failed to load or threw at top level is useless: fail its runs and start afresh next time.
    disconnect(current, new PhotoChecksError('internal', event.message || 'The photo-check worker failed'));
  });
  connection = current;
  return current;
}

function disconnect(current: Connection, reason: PhotoChecksError): void {
  current.worker.terminate();
  for (const run of current.pending.values()) {
    run.cleanup();
    run.reject(reason);
  }
  current.pending.clear();
  if (connection === current) connection = null;
}

function send(current: Connection, message: ToWorker, transfer: Transferable[] = []): void {
  current.worker.postMessage(message, transfer);
}

function settle(current: Connection, id: number): PendingRun | undefined {
  const run = current.pending.get(id);
  if (!run) return undefined;
  current.pending.delete(id);
  run.cleanup();
  return run;
}

async function onMessage(current: Connection, message: FromWorker): Promise<void> {
  if (message.type === 'result') {
    settle(current, message.id)?.resolve(message.report);
    return;
  }
  if (message.type === 'error') {
    settle(current, message.id)?.reject(new PhotoChecksError(message.code, message.message));
    return;
  }
  const run = current.pending.get(message.id);
  if (!run) return;
  try {
    const photos = await Promise.all(
      message.keys.map(async (key) => {
        const source = run.sources.get(key);
        if (!source || !('url' in source)) throw new PhotoChecksError('internal', `Unknown photo ${key}`);
        return { key, bytes: await fetchBytes(source.url, run.signal) };
      }),
    );
    if (!current.pending.has(message.id)) return;
    send(
      current,
      { type: 'bytes', id: message.id, photos },
      photos.map((p) => p.bytes),
    );
  } catch (error) {
    send(current, {
      type: 'fail',
      id: message.id,
      code: 'fetch-failed',
      message: error instanceof Error ? error.message : String(error),
    });
    const settled = settle(current, message.id);
    if (!settled) return;
    if (run.signal?.aborted) settled.reject(run.signal.reason);
    else
      settled.reject(
        error instanceof PhotoChecksError
          ? error
          : new PhotoChecksError('fetch-failed', 'A photo could not be downloaded', { cause: error }),
      );
  }
}

async function fetchBytes(url: string, signal: AbortSignal | undefined): Promise<ArrayBuffer> {
  const target = new URL(url, globalThis.location?.href);
  const sameOrigin = globalThis.location ? target.origin === globalThis.location.origin : true;
  const response = await fetch(target, { credentials: sameOrigin ? 'same-origin' : 'include', signal });
  if (!response.ok) throw new PhotoChecksError('fetch-failed', `Photo download failed (${response.status})`);
  return response.arrayBuffer();
}

function toRef(source: PhotoSource): PhotoRef {
  if ('url' in source) return { key: sourceKey(source), declared: source.declared };
  // Bitmaps are cloned, not transferred: the caller keeps theirs (a re-run after a re-render needs it).
  return { key: sourceKey(source), bitmap: source.bitmap, declared: source.declared };
}

/**
 * Runs every pre-check on the new photo (and the comparison with the card photo). Resolves with the
 * report; rejects with a PhotoChecksError ('unavailable', 'fetch-failed', 'decode-failed', 'timeout',
 * 'internal') or with the signal's reason when aborted.
 */
export function runPhotoChecks(
  input: RunPhotoChecksInput,
  options: RunPhotoChecksOptions = {},
): Promise<PhotoCheckReport> {
  if (!photoChecksSupported()) {
    return Promise.reject(
      new PhotoChecksError('unavailable', 'This browser has no Worker, OffscreenCanvas or createImageBitmap'),
    );
  }
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const current = connect();
  const id = nextId++;
  const sources = new Map<string, PhotoSource>();
  for (const source of [input.newPhoto, input.cardPhoto]) if (source) sources.set(sourceKey(source), source);

  return new Promise<PhotoCheckReport>((resolve, reject) => {
    const onAbort = (): void => {
      if (!current.pending.has(id)) return;
      settle(current, id);
      send(current, { type: 'fail', id, code: 'internal', message: 'aborted' });
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      if (!current.pending.has(id)) return;
      disconnect(
        current,
        new PhotoChecksError('timeout', `No answer from the photo-check worker in ${timeoutMs} ms`),
      );
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    current.pending.set(id, {
      sources,
      resolve,
      reject,
      signal,
      cleanup: () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      },
    });
    send(current, {
      type: 'run',
      id,
      newPhoto: toRef(input.newPhoto),
      cardPhoto: input.cardPhoto ? toRef(input.cardPhoto) : null,
      rules: input.rules,
    });
  });
}

/** Forgets every cached measure in the worker (for sign-out), keeping the worker itself. */
export function forgetPhotoChecks(): void {
  if (connection) send(connection, { type: 'forget' });
}

/** Stops the worker; pending runs reject with 'internal'. The next run starts a new one. */
export function disposePhotoChecksWorker(): void {
  if (connection)
    disconnect(connection, new PhotoChecksError('internal', 'The photo-check worker was stopped'));
}
