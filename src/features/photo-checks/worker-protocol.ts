/**
 * Messages between the page and the pre-check worker.
 *
 * The worker never fetches: the page fetches photo bytes with the app's own credentials (and through
 * the mock's service worker in browser-mock mode, which does not see requests made from workers) and
 * transfers them. It asks only for the photos it has not measured yet, so a cached photo costs no
 * download. A run therefore goes: page `run` -> worker `need` (only if something is missing) -> page
 * `bytes` -> worker `result` or `error`.
 */
import type { PhotoCheckReport, PhotoFormat, PhotoRules } from './types';

/** The API's declared facts about a photo file, used when the bytes themselves are not available. */
export interface DeclaredFile {
  width: number;
  height: number;
  bytes: number;
  format: PhotoFormat;
}

/** A photo in a run: identified by a key (its URL), optionally already decoded. */
export interface PhotoRef {
  key: string;
  /** An already-decoded photo (transferred); the file facts then come from `declared`. */
  bitmap?: ImageBitmap;
  declared?: DeclaredFile;
}

export type PhotoCheckErrorCode = 'unavailable' | 'fetch-failed' | 'decode-failed' | 'timeout' | 'internal';

export type ToWorker =
  | { type: 'run'; id: number; newPhoto: PhotoRef; cardPhoto: PhotoRef | null; rules: PhotoRules }
  | { type: 'bytes'; id: number; photos: { key: string; bytes: ArrayBuffer }[] }
  | { type: 'fail'; id: number; code: PhotoCheckErrorCode; message: string }
  /** Drop every cached measure (sign-out, or the reviewer leaves the workspace). */
  | { type: 'forget' };

export type FromWorker =
  | { type: 'need'; id: number; keys: string[] }
  | { type: 'result'; id: number; report: PhotoCheckReport }
  | { type: 'error'; id: number; code: PhotoCheckErrorCode; message: string };
