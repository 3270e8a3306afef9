import { apiCredentials, apiUrl, type ApiPath } from '../client';
import type { Photo } from '../generated/zod';

/**
 * Photos fetched ahead (the next request's, while the reviewer works on the current one) live here as
 * object URLs, in memory only: the API serves photos with no-store, so the browser's cache would not
 * keep them. At most a few are kept; the oldest is let go first.
 */
const MAX_KEPT = 8;
const kept = new Map<string, { objectUrl: string; ready: Promise<void> }>();

/** The address to show a photo from: its fetched copy when there is one, else the API. */
export function photoSrc(photo: Photo): string {
  const url = apiUrl(photo.url as ApiPath);
  return kept.get(url)?.objectUrl || url;
}

/**
 * Fetches a photo and decodes it, so that showing it later costs nothing. Resolves once decoded; a
 * failure only means the photo will load from the API when shown (never an error for the caller).
 */
export function preloadPhoto(photo: Photo): Promise<void> {
  const url = apiUrl(photo.url as ApiPath);
  const existing = kept.get(url);
  if (existing) return existing.ready;
  if (typeof URL.createObjectURL !== 'function') return Promise.resolve();
  const entry = { objectUrl: '', ready: Promise.resolve() };
  entry.ready = fetch(url, { credentials: apiCredentials })
    .then((response) => {
      if (!response.ok) throw new Error(`photo ${response.status}`);
      return response.blob();
    })
    .then(async (blob) => {
      entry.objectUrl = URL.createObjectURL(blob);
      if (typeof Image !== 'undefined') {
        const image = new Image();
        image.src = entry.objectUrl;
        // Decoded now, so that showing it later costs nothing (where the browser can decode ahead).
        if (typeof image.decode === 'function') await image.decode().catch(() => undefined);
      }
    })
    .catch(() => {
      if (kept.get(url) === entry) kept.delete(url);
    });
  kept.set(url, entry);
  while (kept.size > MAX_KEPT) {
    const [oldest] = kept.keys();
    forget(oldest);
  }
  return entry.ready;
}

/** Lets a request's photos go (decided, released, signed out). */
export function forgetPhotos(photos: Photo[]): void {
  for (const photo of photos) forget(apiUrl(photo.url as ApiPath));
}

/** Lets every kept photo go (sign-out). */
export function forgetAllPhotos(): void {
  for (const url of [...kept.keys()]) forget(url);
}

function forget(url: string | undefined): void {
  if (url === undefined) return;
  const entry = kept.get(url);
  kept.delete(url);
  if (entry?.objectUrl) URL.revokeObjectURL(entry.objectUrl);
}
