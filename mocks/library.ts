import manifest from './photos/manifest.json';
import type { PhotoManifest } from './photos/manifest';
import type { PhotoLibraryIndex } from './domain/world';

export const photoManifest = manifest as PhotoManifest;

/** The part of the synthetic photo manifest the seed needs (no ground-truth labels). */
export function libraryIndex(source: PhotoManifest = photoManifest): PhotoLibraryIndex {
  return {
    people: source.people.map((p) => ({ ...p, newPhotoIds: [...p.newPhotoIds] })),
    photos: new Map(
      source.photos.map((p) => [
        p.id,
        { width: p.width, height: p.height, bytes: p.bytes, variant: p.variant },
      ]),
    ),
  };
}

export function photoFile(libraryId: string, source: PhotoManifest = photoManifest): string {
  const entry = source.photos.find((p) => p.id === libraryId);
  if (!entry) throw new Error(`photo ${libraryId} is not in the manifest`);
  return entry.file;
}
