import type { Region } from '@/api/generated/zod';
import { PHOTO_STANDARD } from '@/lib/photo-standard';
import type { PhotoRules } from './types';

/**
 * The card photo standard (src/lib/photo-standard.ts) with the file-size range most
 * regions quote (9-100 KB, 1 KB = 1024 bytes). Each region's own limits come from the API.
 */
export const DEFAULT_PHOTO_RULES: PhotoRules = {
  width: PHOTO_STANDARD.width,
  height: PHOTO_STANDARD.height,
  format: PHOTO_STANDARD.format,
  photoBytes: { min: 9 * 1024, max: 100 * 1024 },
  acceptedBackgrounds: ['white', 'blue'],
};

/** The rules for a region: its file-size range and backgrounds, on the national pixel standard. */
export function photoRulesFor(
  region: Pick<Region, 'photoBytes' | 'acceptedBackgrounds'>,
  standard: PhotoRules = DEFAULT_PHOTO_RULES,
): PhotoRules {
  return {
    ...standard,
    photoBytes: { min: region.photoBytes.min, max: region.photoBytes.max },
    acceptedBackgrounds: [...region.acceptedBackgrounds],
  };
}
