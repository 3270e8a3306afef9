import { setupWorker } from 'msw/browser';
import { MockBackend } from './domain/backend';
import { createHandlers, type PhotoStore } from './handlers';
import { libraryIndex, photoFile } from './library';

const photoUrls = import.meta.glob<string>('./photos/library/*.jpg', {
  query: '?url',
  import: 'default',
  eager: true,
});

const photoStore: PhotoStore = {
  async read(libraryId) {
    const url = photoUrls[`./photos/library/${photoFile(libraryId)}`];
    if (!url) throw new Error(`photo ${libraryId} is not bundled`);
    const response = await fetch(url);
    return response.arrayBuffer();
  },
};

/**
 * Browser-only mock mode (static demos): the same backend and handlers as the HTTP server, in the
 * page, behind MSW's service worker. State lives in the tab and resets on reload.
 */
export async function startBrowserMock(): Promise<void> {
  const backend = new MockBackend({ library: libraryIndex() });
  const worker = setupWorker(...createHandlers(backend, photoStore));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
