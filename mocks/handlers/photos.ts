import { http } from 'msw';
import type { MockBackend } from '../domain/backend';
import { authed, param } from './kit';

/** Where the image bytes of the synthetic library come from in each runtime. */
export interface PhotoStore {
  read(libraryId: string): Promise<ArrayBuffer>;
}

export function photoHandlers(backend: MockBackend, store: PhotoStore) {
  return [
    http.get(
      '/api/photos/:photoId',
      authed(backend, async ({ params, actor }) => {
        const photo = backend.photoFor(actor, param(params, 'photoId'));
        const bytes = await store.read(photo.libraryId);
        return new Response(bytes, {
          headers: {
            'Content-Type': 'image/jpeg',
            'Content-Length': String(bytes.byteLength),
            // Sensitive personal data: never kept by a shared cache, nor on disk by the browser.
            'Cache-Control': 'private, no-store',
            'X-Content-Type-Options': 'nosniff',
          },
        });
      }),
    ),
  ];
}
