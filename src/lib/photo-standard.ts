/**
 * The card photo standard (GA 461-2004 "1-inch": 358 × 441 px, JPEG), the same in every region. File
 * size is not part of it: regions quote different ranges (9–20 KB, up to 100 KB, at least 140 KB), so
 * each region's range comes from the API (`GET /api/regions`, `photoBytes`).
 */
export const PHOTO_STANDARD = { width: 358, height: 441, format: 'jpeg' } as const;
