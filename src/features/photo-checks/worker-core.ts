/**
 * The worker's logic, free of worker globals so that tests can drive it with plain messages and a
 * fake decoder. The worker entry (photo-checks.worker.ts) only wires it to `self`.
 */
import type { FaceDetector } from './face-detector';
import type { FaceDetection } from './measure-face';
import { readFileFacts } from './measure-file';
import { buildReport, measurePhoto, rejudge, type MeasuredPhoto } from './measure-photo';
import type { PhotoPixels } from './prepare';
import type { PhotoFileFacts, PhotoRules } from './types';
import type { FromWorker, PhotoRef, ToWorker } from './worker-protocol';

export interface PhotoDecoder {
  /** Decodes a file's bytes into analysis pixels (and the native block grid). */
  fromBytes(bytes: Uint8Array): Promise<PhotoPixels>;
  /** Reads pixels from an already-decoded photo. */
  fromBitmap(bitmap: ImageBitmap): PhotoPixels;
}

/**
 * How many photos' measures are kept. A reviewer moves through requests one at a time; a handful of
 * entries covers going back and forth, and only derived figures are kept (no pixels).
 */
export const CACHE_SIZE = 16;

interface CacheEntry {
  measured: MeasuredPhoto;
  facts: PhotoFileFacts;
  rulesKey: string;
  /** Whether the face detector ran on it: card photos are measured without it (they are only compared). */
  faces: boolean;
}

/**
 * Loads the face detector. Called once, when the first new photo is measured, so the library, its
 * WebAssembly and its weights are fetched only when checks run. A rejection is remembered: every later
 * photo gets "unsure, the detector could not be loaded" at once instead of a retry per photo.
 */
export type FaceDetectorLoader = () => Promise<FaceDetector>;

interface PendingRun {
  newPhoto: PhotoRef;
  cardPhoto: PhotoRef | null;
  rules: PhotoRules;
}

const rulesKeyOf = (rules: PhotoRules): string => JSON.stringify(rules);

export class PhotoCheckWorkerCore {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly pending = new Map<number, PendingRun>();
  private detector: Promise<FaceDetector> | null = null;

  constructor(
    private readonly decoder: PhotoDecoder,
    private readonly post: (message: FromWorker) => void,
    private readonly loadFaceDetector: FaceDetectorLoader | null = null,
  ) {}

  /** Number of photos currently cached (for tests and diagnostics). */
  get cachedPhotos(): number {
    return this.cache.size;
  }

  async handle(message: ToWorker): Promise<void> {
    switch (message.type) {
      case 'forget':
        this.cache.clear();
        this.pending.clear();
        return;
      case 'fail':
        this.pending.delete(message.id);
        return;
      case 'run':
        return this.startRun(message.id, {
          newPhoto: message.newPhoto,
          cardPhoto: message.cardPhoto,
          rules: message.rules,
        });
      case 'bytes':
        return this.finishRun(message.id, message.photos);
    }
  }

  private async startRun(id: number, run: PendingRun): Promise<void> {
    const refs = run.cardPhoto ? [run.newPhoto, run.cardPhoto] : [run.newPhoto];
    const missing = refs
      .filter((ref) => !ref.bitmap && !this.usable(ref.key, ref === run.newPhoto))
      .map((ref) => ref.key);
    if (missing.length > 0) {
      this.pending.set(id, run);
      this.post({ type: 'need', id, keys: [...new Set(missing)] });
      return;
    }
    await this.complete(id, run, new Map());
  }

  private async finishRun(id: number, photos: { key: string; bytes: ArrayBuffer }[]): Promise<void> {
    const run = this.pending.get(id);
    if (!run) return;
    this.pending.delete(id);
    await this.complete(id, run, new Map(photos.map((p) => [p.key, new Uint8Array(p.bytes)])));
  }

  private async complete(id: number, run: PendingRun, bytes: ReadonlyMap<string, Uint8Array>): Promise<void> {
    try {
      const newPhoto = await this.measured(run.newPhoto, run.rules, bytes, true);
      const cardPhoto = run.cardPhoto ? await this.measured(run.cardPhoto, run.rules, bytes, false) : null;
      this.post({ type: 'result', id, report: buildReport(newPhoto, cardPhoto) });
    } catch (error) {
      const decodeFailed = error instanceof DecodeError;
      this.post({
        type: 'error',
        id,
        code: decodeFailed ? 'decode-failed' : 'internal',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private usable(key: string, faces: boolean): boolean {
    const cached = this.cache.get(key);
    return cached !== undefined && (cached.faces || !faces);
  }

  /** The detector's outcome on one photo; never throws (a failure is an outcome the measures report). */
  private async detectFaces(pixels: PhotoPixels): Promise<FaceDetection> {
    if (!this.loadFaceDetector) return { status: 'not-run' };
    this.detector ??= this.loadFaceDetector();
    let detector: FaceDetector;
    try {
      detector = await this.detector;
    } catch {
      return { status: 'unavailable' };
    }
    const started = globalThis.performance?.now() ?? Date.now();
    try {
      const faces = await detector.detect(pixels.image);
      return { status: 'ran', faces, ms: (globalThis.performance?.now() ?? Date.now()) - started };
    } catch {
      return { status: 'failed' };
    }
  }

  /** A photo's measures under these rules: from the cache, re-judged if the rules changed, or measured now. */
  private async measured(
    ref: PhotoRef,
    rules: PhotoRules,
    bytes: ReadonlyMap<string, Uint8Array>,
    faces: boolean,
  ): Promise<MeasuredPhoto> {
    const rulesKey = rulesKeyOf(rules);
    const cached = this.cache.get(ref.key);
    if (cached && (cached.faces || !faces)) {
      // The page's copy of a bitmap is its own; this clone is not needed once the photo is known.
      ref.bitmap?.close();
      // Re-inserting keeps the map in least-recently-used order.
      this.cache.delete(ref.key);
      const entry =
        cached.rulesKey === rulesKey
          ? cached
          : { ...cached, measured: rejudge(cached.measured, cached.facts, rules), rulesKey };
      this.cache.set(ref.key, entry);
      return entry.measured;
    }
    let pixels: PhotoPixels;
    let facts: PhotoFileFacts;
    if (ref.bitmap) {
      pixels = this.decode(() => this.decoder.fromBitmap(ref.bitmap as ImageBitmap));
      facts = {
        format: ref.declared?.format ?? 'other',
        width: pixels.nativeWidth,
        height: pixels.nativeHeight,
        bytes: ref.declared?.bytes ?? 0,
        jpegQuality: null,
      };
    } else {
      const file = bytes.get(ref.key);
      if (!file) throw new Error(`No bytes for ${ref.key}`);
      try {
        pixels = await this.decoder.fromBytes(file);
      } catch (error) {
        throw new DecodeError('The photo could not be decoded', { cause: error });
      }
      facts = readFileFacts(file, pixels.nativeWidth, pixels.nativeHeight);
    }
    const detection = faces ? await this.detectFaces(pixels) : ({ status: 'not-run' } as const);
    const measured = measurePhoto(pixels, facts, rules, detection);
    this.cache.delete(ref.key);
    this.cache.set(ref.key, { measured, facts, rulesKey, faces });
    while (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return measured;
  }

  private decode(read: () => PhotoPixels): PhotoPixels {
    try {
      return read();
    } catch (error) {
      throw new DecodeError('The photo could not be read', { cause: error });
    }
  }
}

class DecodeError extends Error {
  override name = 'DecodeError';
}
