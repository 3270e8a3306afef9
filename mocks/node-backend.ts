import { readFile } from 'node:fs/promises';
import { MockBackend, type BackendOptions } from './domain/backend';
import { createHandlers, type PhotoStore } from './handlers';
import { libraryIndex, photoFile } from './library';

const libraryDir = new URL('./photos/library/', import.meta.url);

/** Photo bytes from the committed library on disk, cached after the first read. */
export function createFilePhotoStore(): PhotoStore {
  const cache = new Map<string, Promise<ArrayBuffer>>();
  return {
    read(libraryId) {
      let bytes = cache.get(libraryId);
      if (!bytes) {
        bytes = readFile(new URL(photoFile(libraryId), libraryDir)).then((buffer) =>
          buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
        ) as Promise<ArrayBuffer>;
        cache.set(libraryId, bytes);
      }
      return bytes.then((b) => b.slice(0));
    },
  };
}

/** A backend and its handlers for Node: Vitest and the local HTTP server. */
export function createNodeMock(options: Partial<BackendOptions> = {}) {
  const backend = new MockBackend({ library: libraryIndex(), ...options });
  const handlers = createHandlers(backend, createFilePhotoStore());
  return { backend, handlers };
}
