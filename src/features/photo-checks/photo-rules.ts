import type { Region } from '@/api/generated/zod';
import type { PhotoRules } from './types';

/**
 * The card photo standard (GA 461-2004 "1-inch": 358 × 441 px JPEG) with the file-size range most
 * regions quote (9-100 KB, 1 KB = 1024 bytes). Each region's own limits come from the API.
 */
export const DEFAULT_PHOTO_RULES: PhotoRules = {
  width: 358,
  height: 441,
  format: 'jpeg',
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
