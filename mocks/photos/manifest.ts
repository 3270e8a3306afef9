/**
 * The photo library's manifest: ground-truth labels for every synthetic photo.
 *
 * This module has no top-level Node imports so browser code can import the types and constants;
 * `loadManifest` pulls in `node:fs` lazily and only works in Node.
 */

export const STANDARD_WIDTH = 358;
export const STANDARD_HEIGHT = 441;

/**
 * The default file-size rule (9 KB to 100 KB, with 1 KB = 1024 bytes). Regions differ, so callers
 * should treat this as a setting; the generator keeps every photo far from both limits so 1000-byte
 * kilobytes give the same answer.
 */
export const DEFAULT_FILE_SIZE_RULE = { minBytes: 9 * 1024, maxBytes: 100 * 1024 } as const;

export const PHOTO_VARIANTS = [
  'compliant-white',
  'compliant-blue',
  'background-grey',
  'background-red',
  'background-cluttered',
  'background-shadow',
  'blurred',
  'over-exposed',
  'under-exposed',
  'head-small',
  'head-off-centre',
  'head-cropped',
  'eyes-closed',
  'hat',
  'earrings',
  'necklace',
  'tinted-glasses',
  'wrong-dimensions',
  'file-too-large',
  'file-too-small',
] as const;

export type PhotoVariant = (typeof PHOTO_VARIANTS)[number];

export type BackgroundLabel = 'white' | 'blue' | 'grey' | 'red' | 'cluttered' | 'shadow';
export type ExposureLabel = 'ok' | 'over' | 'under';
export type HeadLabel = 'ok' | 'small' | 'off-centre' | 'cropped';
export type OrnamentLabel = 'hat' | 'earrings' | 'necklace' | 'tinted-glasses';

export interface PhotoLabels {
  background: BackgroundLabel;
  /** In focus. Heavy compression does not make a photo unsharp; it is covered by `checks.clarity`. */
  sharp: boolean;
  exposure: ExposureLabel;
  head: HeadLabel;
  eyesOpen: boolean;
  ornaments: OrnamentLabel[];
  dimensionsOk: boolean;
  /** With the default rule: 9 KB <= bytes <= 100 KB. */
  fileSizeOk: boolean;
  /**
   * Face box in pixels: crown (top of the hair) to chin, ear root to ear root (the standard's face
   * width, excluding the outer ears). Not clipped: it extends past the frame when the head is cropped.
   */
  face: { x: number; y: number; width: number; height: number };
}

export interface PhotoChecks {
  background: boolean;
  clarity: boolean;
  facialFeatures: boolean;
  noOrnaments: boolean;
}

export interface PhotoEntry {
  /** e.g. 'p007-blurred', 'p007-card'. */
  id: string;
  /** 'p007-blurred.jpg', relative to mocks/photos/library. */
  file: string;
  personId: string;
  role: 'card' | 'new';
  /** One of PHOTO_VARIANTS, or 'card'. */
  variant: string;
  width: number;
  height: number;
  bytes: number;
  format: 'jpeg';
  labels: PhotoLabels;
  /** Ground truth for the four checks a reviewer ticks. */
  checks: PhotoChecks;
  /** true only when all four checks pass and dimensions and file size are ok. */
  compliant: boolean;
  /** 'holdout' for about one photo in five, chosen by the seed; else 'calibration'. */
  split: 'calibration' | 'holdout';
}

export interface PhotoManifest {
  version: 1;
  seed: number;
  generatedBy: string;
  people: Array<{ personId: string; cardPhotoId: string; newPhotoIds: string[] }>;
  photos: PhotoEntry[];
}

/**
 * Maps labels to the four reviewer checks. `visibleBlocks` is true for photos compressed so hard
 * that 8x8 JPEG blocks show, which the standard counts against clarity.
 */
export function deriveChecks(labels: PhotoLabels, visibleBlocks: boolean): PhotoChecks {
  return {
    background: labels.background === 'white' || labels.background === 'blue',
    clarity: labels.sharp && labels.exposure === 'ok' && !visibleBlocks,
    facialFeatures: labels.head === 'ok' && labels.eyesOpen,
    noOrnaments: labels.ornaments.length === 0,
  };
}

export function isCompliant(checks: PhotoChecks, labels: PhotoLabels): boolean {
  return (
    checks.background &&
    checks.clarity &&
    checks.facialFeatures &&
    checks.noOrnaments &&
    labels.dimensionsOk &&
    labels.fileSizeOk
  );
}

/** Default location of the committed manifest, next to this module. */
export const DEFAULT_MANIFEST_URL = new URL('./manifest.json', import.meta.url);

/** Reads and lightly validates a manifest (Node only). */
export async function loadManifest(path: string | URL = DEFAULT_MANIFEST_URL): Promise<PhotoManifest> {
  // The specifier is a variable so neither a browser tsconfig (without Node types) nor the bundler
  // tries to resolve node:fs when browser code imports this module for its types and constants.
  const fsModule = 'node:fs/promises';
  const { readFile } = (await import(/* @vite-ignore */ fsModule)) as {
    readFile: (path: string | URL, encoding: 'utf8') => Promise<string>;
  };
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('version' in parsed) ||
    parsed.version !== 1 ||
    !('photos' in parsed) ||
    !Array.isArray(parsed.photos) ||
    !('people' in parsed) ||
    !Array.isArray(parsed.people)
  ) {
    throw new Error(`${String(path)} is not a version 1 photo manifest`);
  }
  return parsed as PhotoManifest;
}
