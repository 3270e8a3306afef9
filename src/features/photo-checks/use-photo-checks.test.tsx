import { renderHook } from '@testing-library/react';
import type { Photo } from '@/api/generated/zod';
import { DEFAULT_PHOTO_RULES } from './photo-rules';
import { PhotoChecksError, photoChecksSupported, photoSourceOf, runPhotoChecks } from './run-photo-checks';
import { usePhotoChecks } from './use-photo-checks';

const photo: Photo = {
  url: '/api/photos/abcdefgh1234',
  width: 358,
  height: 441,
  bytes: 30_000,
  format: 'jpeg',
};

// jsdom has neither Worker nor OffscreenCanvas: exactly the browsers the workspace must degrade for.
describe('photo checks where the browser cannot run them', () => {
  it('knows it is unsupported', () => {
    expect(photoChecksSupported()).toBe(false);
  });

  it('rejects runs with code "unavailable" instead of blocking or hanging', async () => {
    const run = runPhotoChecks({
      newPhoto: photoSourceOf(photo),
      cardPhoto: null,
      rules: DEFAULT_PHOTO_RULES,
    });
    await expect(run).rejects.toBeInstanceOf(PhotoChecksError);
    await expect(run).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('the hook says "unavailable" at once', () => {
    const { result } = renderHook(() => usePhotoChecks(photo, photo, DEFAULT_PHOTO_RULES));
    expect(result.current).toEqual({ status: 'unavailable', report: null, error: null });
  });
});

describe('photoSourceOf', () => {
  it('builds the photo’s address on the API and keeps the declared file facts', () => {
    const source = photoSourceOf(photo);
    expect('url' in source && source.url).toBe(`${window.location.origin}/api/photos/abcdefgh1234`);
    expect(source.declared).toEqual({ width: 358, height: 441, bytes: 30_000, format: 'jpeg' });
  });
});
