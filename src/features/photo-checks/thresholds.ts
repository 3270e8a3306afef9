/**
 * Calibrated limits for the pixel measures. PLACEHOLDER figures; justification follows calibration.
 */

export const BACKGROUND_THRESHOLDS = {
  whiteMinLuma: 220,
  whiteMaxChroma: 30,
  blueHueMin: 190,
  blueHueMax: 235,
  blueMinSaturation: 0.2,
  tooDarkBelow: 110,
  minMatchingShare: 0.2,
  shadowUnsureAbove: 0.035,
  maxShadowShare: 0.05,
  brightPatchUnsureAbove: 0.03,
  maxBrightPatchShare: 0.08,
  detachedUnsureAbove: 0.02,
  maxDetachedShare: 0.04,
} as const;

export const SHARPNESS_THRESHOLDS = {
  sharpBelow: 1.4,
  blurredAbove: 1.9,
  minEdgePixels: 200,
} as const;

export const EXPOSURE_THRESHOLDS = {
  darkFaceBelow: 50,
  dimPhotoBelow: 110,
  washedOutAbove: 50,
  clippedBrightAtLeast: 0.25,
  blownFaceUnsureAbove: 0.3,
  blownFaceAbove: 0.5,
} as const;

export const BLOCKINESS_THRESHOLDS = {
  cleanBelow: 5,
  blockyAbove: 7,
  minFlatPositions: 500,
} as const;

export const HEAD_THRESHOLDS = {
  maxCentreOffset: 0.1,
  minHeadWidth: 0.5,
  maxCrownY: 0.12,
  minPlainBackdropShare: 0.9,
} as const;

export const CHANGE_THRESHOLDS = {
  sameImageAtMost: 4,
  sameImagePixelDifferenceAtMost: 3,
  faceColourDeltaAbove: 12,
} as const;

export const FILE_THRESHOLDS = {
  aspectTolerance: 0.01,
} as const;
