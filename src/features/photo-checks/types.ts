/**
 * The public shape of the automatic pre-checks: what each measure found, how sure it is, and which of
 * the reviewer's checks it informs. The reviewer still ticks every check; these are evidence only.
 */
import type { BackgroundColour, CheckName } from '@/api/generated/zod';
import type { PhotoCheckMessage } from './messages';
import type { Box } from './raster';

export type { Box } from './raster';
export type { PhotoCheckMessage, PhotoCheckMessageKey } from './messages';

/**
 * A machine verdict is never a decision. 'unsure' is a real answer: the measure cannot tell (too dark
 * to judge a colour, too little background visible, a value between the calibrated bands).
 */
export type Verdict = 'likely-pass' | 'likely-fail' | 'unsure';

/**
 * What a measure informs: one of the reviewer's four checks, the file rule (dimensions, size, format:
 * rejection reason "Wrong size, format or file size"), or the comparison with the card photo.
 */
export type InformedCheck = CheckName | 'file' | 'identity';

export type MeasureName =
  | 'file'
  | 'background'
  | 'sharpness'
  | 'exposure'
  | 'blockiness'
  | 'head-geometry'
  | 'face'
  | 'eyes'
  | 'eyewear'
  | 'change';

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'gif' | 'other';

interface MeasureBase<N extends MeasureName, C extends InformedCheck, V, T> {
  measure: N;
  check: C;
  verdict: Verdict;
  /** What was measured, rounded for display. */
  values: V;
  /** The calibrated limits the values were compared with (see thresholds.ts for the figures behind them). */
  thresholds: T;
  /** A plain-words explanation: a key of the pre-check message catalog and its parameters. */
  message: PhotoCheckMessage;
  /** The part of the photo the measure looked at, in the photo's own pixels; null for file facts. */
  region: Box | null;
  /** The separate parts the measure looked at, when there are several (the border band's three strips). */
  areas?: Box[];
  /** True when the measure stands in for a model it does not have (the head geometry without a face detector). */
  heuristic: boolean;
}

export interface FileValues {
  format: PhotoFormat;
  width: number;
  height: number;
  bytes: number;
  /** width / height. */
  aspectRatio: number;
  /** The IJG quality the JPEG's quantisation table corresponds to (1-100), or null if not a JPEG / unknown. */
  jpegQuality: number | null;
}

export interface FileThresholds {
  format: PhotoFormat;
  width: number;
  height: number;
  minBytes: number;
  maxBytes: number;
  aspectRatio: number;
  aspectTolerance: number;
}

export type BackgroundColourClass = BackgroundColour | 'other' | 'too-dark';

export interface BackgroundValues {
  /** The backdrop colour read from the top corners, where the sitter never is. */
  colour: BackgroundColourClass;
  rgb: [number, number, number];
  /** Share of the border band that matches that colour (0-1); the rest is the sitter, a shadow or clutter. */
  matchingShare: number;
  /** Share of the border band that is near white / near blue (0-1), whatever the backdrop is. */
  nearWhiteShare: number;
  nearBlueShare: number;
  /** Share of the border band that is the backdrop darkened smoothly: a cast shadow (0-1). */
  shadowShare: number;
  /** Share of the border band brighter than the backdrop and not skin-toned: sky, lamps, clutter (0-1). */
  brightPatchShare: number;
  /**
   * Share of the border band taken by things that are neither the backdrop, nor its shadow, nor attached
   * to the sitter: objects standing in the background (0-1).
   */
  detachedShare: number;
  /** Share of the border band with a strong edge (informational: scenery, the sitter's outline). */
  edgeDensity: number;
  /** The brightest 1 % of the whole photo (0-255): a white backdrop this dim means the photo is too dark to judge. */
  photoBrightness: number;
}

export interface BackgroundThresholds {
  whiteMinLuma: number;
  whiteMaxChroma: number;
  blueHueMin: number;
  blueHueMax: number;
  blueMinSaturation: number;
  tooDarkBelow: number;
  minMatchingShare: number;
  maxShadowShare: number;
  maxBrightPatchShare: number;
  maxDetachedShare: number;
  acceptedColours: readonly BackgroundColour[];
}

export interface SharpnessValues {
  /** Estimated blur of the photo's strongest edges in pixels at the standard size (Gaussian sigma). */
  edgeBlur: number;
  /** How much the strongest edges weaken when blurred further (about 2 crisp, 1 already blurred). */
  reblurRatio: number;
  /** Variance of the Laplacian of the centre region, the classic focus figure (depends on contrast). */
  laplacianVariance: number;
  /** Number of edge pixels the estimate rests on. */
  edgePixels: number;
}

export interface SharpnessThresholds {
  sharpBelow: number;
  blurredAbove: number;
  minEdgePixels: number;
}

export interface ExposureValues {
  /** Mean brightness of the face region (0-255). */
  faceMean: number;
  /** Share of the face region at 250 or brighter (blown highlights), 0-1. */
  faceClippedShare: number;
  /** The same, not counting backdrop seen from the frame: blown spots inside the sitter (glare), 0-1. */
  faceSpotShare: number;
  /** The darkest 1 % and brightest 1 % of the whole photo (0-255). */
  darkTone: number;
  brightTone: number;
  /** Share of the whole photo at 2 or darker / at 253 or brighter (clipping at both ends), 0-1. */
  clippedDarkShare: number;
  clippedBrightShare: number;
}

export interface ExposureThresholds {
  darkFaceBelow: number;
  dimPhotoBelow: number;
  washedOutAbove: number;
  clippedBrightAtLeast: number;
  blownFaceAbove: number;
  brightSpotsAbove: number;
}

export interface BlockinessValues {
  /** Mean step across 8 × 8 block edges over the mean step beside them, in flat areas (about 2 normal, 10+ blocky). */
  blockEdgeRatio: number;
  /** Share of block-edge positions that were flat enough to measure (0-1). */
  flatShare: number;
}

export interface BlockinessThresholds {
  cleanBelow: number;
  blockyAbove: number;
}

export interface HeadGeometryValues {
  /** Top of the sitter's outline (hair or hat) as a share of the photo height; 0 when it touches the edge. */
  crownY: number;
  /** Widest extent of the head outline (hair and ears included) as a share of the photo width. */
  headWidth: number;
  /** Horizontal offset of the head's centre from the photo's centre, as a share of the width (signed). */
  centreOffset: number;
  /** True when the outline reaches the top edge: the crown is cut off. */
  touchesTop: boolean;
}

export interface HeadGeometryThresholds {
  maxCentreOffset: number;
  minHeadWidth: number;
  maxCrownY: number;
}

export interface FaceValues {
  /** Faces the detector found (score 0.3 or more). */
  faceCount: number;
  /** The detector's confidence in the main face (0-1); 0 when none was found. */
  score: number;
  /** Milliseconds the detector took on this photo. */
  detectorMs: number;
  /** The main face's head size and position; null when no face was found. */
  head: HeadFromFace | null;
}

export interface HeadFromFace {
  /** Estimated crown (top of the head) as a share of the photo height; negative when cut off. */
  crownY: number;
  /** Chin as a share of the photo height. */
  chinY: number;
  /** Estimated crown-to-chin height as a share of the photo height. */
  headHeight: number;
  /** Jaw width (about ear root to ear root) as a share of the photo width. */
  faceWidth: number;
  /** Horizontal offset of the face's centre from the photo's centre, as a share of the width (signed). */
  centreOffset: number;
}

export interface FaceThresholds {
  croppedCrownBelow: number;
  headTooSmallBelow: number;
  headTooLargeAbove: number;
  offCentreAbove: number;
  secondFaceScore: number;
}

export interface EyesValues {
  /** Eye aspect ratio of each eye from the landmarks (about 0.3 open, towards 0 closed). */
  leftAspect: number;
  rightAspect: number;
  /**
   * Median brightness of each eye region over the cheek's (about 0.4-0.8 for an open eye, about 1 when
   * the region is skin: a closed eye).
   */
  leftSkinLikeness: number;
  rightSkinLikeness: number;
}

export interface EyesThresholds {
  eyesLikeSkinAbove: number;
  closedEyeAspectBelow: number;
}

export interface EyewearValues {
  /** The lighter eye region's median brightness over the cheek's (tinted lenses darken both). */
  eyeBrightness: number;
}

export interface EyewearThresholds {
  tintedLensBelow: number;
}

export interface ChangeValues {
  /** Hamming distance between the 64-bit DCT perceptual hashes of the two photos (0 = same picture). */
  hashDistance: number;
  /** Mean grey-level difference of 32 × 32 thumbnails (0-255): about 1 for a re-saved copy. */
  pixelDifference: number;
  newHash: string;
  cardHash: string;
  /** Colour difference (CIE76 delta E) between the mean colours of the two face regions. */
  faceColourDelta: number;
  /** Shift of the head's centre between the two photos as a share of the width (null if not measurable). */
  headShift: number | null;
}

export interface ChangeThresholds {
  sameImageAtMost: number;
  sameImagePixelDifferenceAtMost: number;
  faceColourDeltaAbove: number;
}

export type FileMeasure = MeasureBase<'file', 'file', FileValues, FileThresholds>;
export type BackgroundMeasure = MeasureBase<
  'background',
  'background',
  BackgroundValues,
  BackgroundThresholds
>;
export type SharpnessMeasure = MeasureBase<'sharpness', 'clarity', SharpnessValues, SharpnessThresholds>;
export type ExposureMeasure = MeasureBase<'exposure', 'clarity', ExposureValues, ExposureThresholds>;
export type BlockinessMeasure = MeasureBase<'blockiness', 'clarity', BlockinessValues, BlockinessThresholds>;
export type HeadGeometryMeasure = MeasureBase<
  'head-geometry',
  'facialFeatures',
  HeadGeometryValues,
  HeadGeometryThresholds
>;
export type FaceMeasure = MeasureBase<'face', 'facialFeatures', FaceValues | null, FaceThresholds>;
export type EyesMeasure = MeasureBase<'eyes', 'facialFeatures', EyesValues | null, EyesThresholds>;
export type EyewearMeasure = MeasureBase<'eyewear', 'noOrnaments', EyewearValues | null, EyewearThresholds>;
export type ChangeMeasure = MeasureBase<'change', 'identity', ChangeValues, ChangeThresholds>;

export type MeasureResult =
  | FileMeasure
  | BackgroundMeasure
  | SharpnessMeasure
  | ExposureMeasure
  | BlockinessMeasure
  | HeadGeometryMeasure
  | FaceMeasure
  | EyesMeasure
  | EyewearMeasure
  | ChangeMeasure;

/** The region's rules the photo is held to. Sizes are settings, not constants: regions disagree. */
export interface PhotoRules {
  width: number;
  height: number;
  format: PhotoFormat;
  photoBytes: { min: number; max: number };
  acceptedBackgrounds: readonly BackgroundColour[];
}

/** Facts about the file itself, as read from its bytes (or, failing that, as the API declares them). */
export interface PhotoFileFacts {
  format: PhotoFormat;
  width: number;
  height: number;
  bytes: number;
  jpegQuality: number | null;
}

/** Every measure of one photo. */
export interface PhotoMeasures {
  file: FileMeasure;
  background: BackgroundMeasure;
  sharpness: SharpnessMeasure;
  exposure: ExposureMeasure;
  blockiness: BlockinessMeasure;
  headGeometry: HeadGeometryMeasure;
  /** The face detector's measures; "unsure" with the reason when it could not run. */
  face: FaceMeasure;
  eyes: EyesMeasure;
  eyewear: EyewearMeasure;
  /** Time spent on the pixel measures, milliseconds (decoding and the face detector excluded). */
  pixelMs: number;
}

/** One check's overall machine verdict, from the measures that inform it. */
export interface CheckSummary {
  check: CheckName | 'file';
  verdict: Verdict;
  /** The measures behind the verdict, in the order they matter. */
  measures: MeasureName[];
  /** What the machine does not look at for this check, so the reviewer knows what is left to their eye. */
  notMeasured: NotMeasured[];
  message: PhotoCheckMessage;
}

export type NotMeasured =
  'eyes-open' | 'pose' | 'expression' | 'face-count' | 'headwear' | 'jewellery' | 'tinted-glasses';

export interface PhotoCheckReport {
  /** Bump when a measure or threshold changes, so stored machine verdicts can be told apart. */
  version: string;
  newPhoto: PhotoMeasures;
  /** Null when there is no card photo to compare with. */
  cardPhoto: PhotoMeasures | null;
  change: ChangeMeasure | null;
  checks: Record<CheckName | 'file', CheckSummary>;
}
