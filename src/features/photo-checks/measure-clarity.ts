/**
 * Clarity: is the photo sharp, well exposed and free of visible compression blocks? Three measures,
 * each informing the reviewer's "clarity" check.
 */
import { BLOCKINESS_THRESHOLDS, EXPOSURE_THRESHOLDS, SHARPNESS_THRESHOLDS } from './thresholds';
import { Histogram256, binomialBlur5, fractionBox, halve, scaleBox, type Box, type Plane } from './raster';
import { backdropMap } from './measure-background';
import type { PreparedPhoto } from './prepare';
import type { BlockinessMeasure, ExposureMeasure, SharpnessMeasure } from './types';

const round1 = (v: number): number => Math.round(v * 10) / 10;
/** Grey level from which a pixel counts as blown out to white. */
const BLOWN_LEVEL = 250;
const round2 = (v: number): number => Math.round(v * 100) / 100;
const round3 = (v: number): number => Math.round(v * 1000) / 1000;
const percent = (share: number): number => Math.round(share * 100);

/**
 * The face region of a standard ID photo (the head fills about 2/3 of the height, centred): from the
 * eyebrows to the mouth, between the cheeks. Without a face detector this is where a face should be.
 */
export const FACE_REGION = { x: 0.32, y: 0.3, width: 0.36, height: 0.32 } as const;

export function faceRegion(width: number, height: number): Box {
  return fractionBox(width, height, FACE_REGION.x, FACE_REGION.y, FACE_REGION.width, FACE_REGION.height);
}

// ---------------------------------------------------------------------------------------------
// Sharpness

/**
 * Blur variances (pixels²) of the two processing steps, needed to turn the ratio into a width:
 * the [1, 2, 1] denoising blur every photo goes through, and the probe (halving: a 2-pixel box, 0.25;
 * then a [1, 4, 6, 4, 1] blur at half size: sigma 1 there, 2 here, 4).
 */
const DENOISE_VARIANCE = 0.5;
const PROBE_VARIANCE = 4.25;
/** The strongest edges: the top 3 % of gradient magnitudes inside the margins. */
const EDGE_QUANTILE = 0.97;
/** Gradients weaker than this are noise or shading, never an edge. */
const MIN_EDGE_GRADIENT = 4;
/** Edges are looked for inside these margins (fractions): the frame edge itself is not an edge. */
const SHARPNESS_MARGIN = { x: 0.05, y: 0.03 } as const;
/** The focus figure everyone knows, over the centre of the photo. */
const LAPLACIAN_REGION = { x: 0.25, y: 0.2, width: 0.5, height: 0.5 } as const;

function gradientMagnitude(plane: Plane): Float32Array {
  const { width: w, height: h, data } = plane;
  const out = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const gx = ((data[i + 1] ?? 0) - (data[i - 1] ?? 0)) / 2;
      const gy = ((data[i + w] ?? 0) - (data[i - w] ?? 0)) / 2;
      out[i] = Math.sqrt(gx * gx + gy * gy);
    }
  }
  return out;
}

/**
 * Edge blur by re-blurring: blur the (denoised) photo by a known amount and see how much its strongest
 * edges weaken. A Gaussian-blurred step of total width s loses gradient in the ratio
 * r = sqrt(s² + p²) / s for a probe of variance p², so s² = p² / (r² − 1). The figure is in pixels, does
 * not depend on contrast (an under-exposed photo is not called blurred) and, because photos are measured
 * at the standard size, not on the upload's resolution either. The probe runs at half size, where it is
 * four times cheaper; its gradient field is smooth enough to read at the nearest half-size pixel.
 */
export function measureSharpness(p: PreparedPhoto): SharpnessMeasure {
  const { width, height } = p.luma;
  const g1 = gradientMagnitude(p.smoothLuma);
  const probed = binomialBlur5(halve(p.smoothLuma));
  const g2 = gradientMagnitude(probed);
  const halfWidth = probed.width;
  const inner = fractionBox(
    width,
    height,
    SHARPNESS_MARGIN.x,
    SHARPNESS_MARGIN.y,
    1 - 2 * SHARPNESS_MARGIN.x,
    1 - 2 * SHARPNESS_MARGIN.y,
  );
  // A fine fixed-bin histogram gives the quantile in one pass instead of sorting 150 000 floats.
  const binsPerLevel = 4;
  const bins = new Uint32Array(256 * binsPerLevel);
  let count = 0;
  for (let y = inner.y; y < inner.y + inner.height; y++) {
    for (let x = inner.x; x < inner.x + inner.width; x++) {
      const bin = Math.min(bins.length - 1, Math.floor((g1[y * width + x] ?? 0) * binsPerLevel));
      bins[bin] = (bins[bin] ?? 0) + 1;
      count++;
    }
  }
  let seen = 0;
  let quantile = 0;
  for (let bin = 0; bin < bins.length; bin++) {
    seen += bins[bin] ?? 0;
    if (seen >= EDGE_QUANTILE * count) {
      quantile = bin / binsPerLevel;
      break;
    }
  }
  const edgeThreshold = Math.max(MIN_EDGE_GRADIENT, quantile);
  let sharpSum = 0;
  let probedSum = 0;
  let edgePixels = 0;
  for (let y = inner.y; y < inner.y + inner.height; y++) {
    const halfRow = Math.min(probed.height - 1, y >> 1) * halfWidth;
    for (let x = inner.x; x < inner.x + inner.width; x++) {
      const g = g1[y * width + x] ?? 0;
      if (g < edgeThreshold) continue;
      sharpSum += g;
      // Half-size gradients are per two pixels here.
      probedSum += (g2[halfRow + Math.min(halfWidth - 1, x >> 1)] ?? 0) / 2;
      edgePixels++;
    }
  }
  const reblurRatio = probedSum > 0 ? sharpSum / probedSum : 1;
  const totalVariance = reblurRatio > 1 ? PROBE_VARIANCE / (reblurRatio * reblurRatio - 1) : Infinity;
  const edgeBlur = Math.min(10, Math.sqrt(Math.max(0, totalVariance - DENOISE_VARIANCE)));

  const lapBox = fractionBox(
    width,
    height,
    LAPLACIAN_REGION.x,
    LAPLACIAN_REGION.y,
    LAPLACIAN_REGION.width,
    LAPLACIAN_REGION.height,
  );
  const laplacianVariance = laplacianVarianceIn(p.luma, lapBox);

  const T = SHARPNESS_THRESHOLDS;
  const values = {
    edgeBlur: round2(edgeBlur),
    reblurRatio: round3(reblurRatio),
    laplacianVariance: Math.round(laplacianVariance),
    edgePixels,
  };
  const thresholds = {
    sharpBelow: T.sharpBelow,
    blurredAbove: T.blurredAbove,
    minEdgePixels: T.minEdgePixels,
  };
  const base = {
    measure: 'sharpness',
    check: 'clarity',
    values,
    thresholds,
    region: scaleBox(inner, p.scale),
    heuristic: false,
  } as const;
  const blur = round1(edgeBlur);
  if (edgePixels < T.minEdgePixels) {
    return { ...base, verdict: 'unsure', message: { key: 'precheck.sharpness.noEdges', params: {} } };
  }
  if (edgeBlur > T.blurredAbove) {
    return {
      ...base,
      verdict: 'likely-fail',
      message: { key: 'precheck.sharpness.blurred', params: { blur, limit: T.blurredAbove } },
    };
  }
  if (edgeBlur >= T.sharpBelow) {
    return {
      ...base,
      verdict: 'unsure',
      message: {
        key: 'precheck.sharpness.borderline',
        params: { blur, sharp: T.sharpBelow, blurred: T.blurredAbove },
      },
    };
  }
  return {
    ...base,
    verdict: 'likely-pass',
    message: { key: 'precheck.sharpness.ok', params: { blur, limit: T.sharpBelow } },
  };
}

function laplacianVarianceIn(plane: Plane, box: Box): number {
  const { width: w, height: h, data } = plane;
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = Math.max(1, box.y); y < Math.min(h - 1, box.y + box.height); y++) {
    for (let x = Math.max(1, box.x); x < Math.min(w - 1, box.x + box.width); x++) {
      const i = y * w + x;
      const lap =
        (data[i - 1] ?? 0) +
        (data[i + 1] ?? 0) +
        (data[i - w] ?? 0) +
        (data[i + w] ?? 0) -
        4 * (data[i] ?? 0);
      sum += lap;
      sumSq += lap * lap;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

// ---------------------------------------------------------------------------------------------
// Exposure

export function measureExposure(p: PreparedPhoto): ExposureMeasure {
  const { width, height, data } = p.luma;
  const box = faceRegion(width, height);
  const { openBackdrop, rows } = backdropMap(p);
  const face = new Histogram256();
  let spots = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = y * width + x;
      const level = data[i] ?? 0;
      face.add(level);
      // Blown to white but not backdrop seen from the frame: inside the sitter, a bright spot or glare.
      if (level >= BLOWN_LEVEL && !(y < rows && openBackdrop[i])) spots++;
    }
  }
  const T = EXPOSURE_THRESHOLDS;
  const values = {
    faceMean: Math.round(face.mean()),
    faceClippedShare: round3(face.shareAtLeast(BLOWN_LEVEL)),
    faceSpotShare: round3(face.count > 0 ? spots / face.count : 0),
    darkTone: p.histogram.percentile(0.01),
    brightTone: p.histogram.percentile(0.99),
    clippedDarkShare: round3(p.histogram.shareAtMost(2)),
    clippedBrightShare: round3(p.histogram.shareAtLeast(253)),
  };
  const thresholds = {
    darkFaceBelow: T.darkFaceBelow,
    dimPhotoBelow: T.dimPhotoBelow,
    washedOutAbove: T.washedOutAbove,
    clippedBrightAtLeast: T.clippedBrightAtLeast,
    blownFaceAbove: T.blownFaceAbove,
    brightSpotsAbove: T.brightSpotsAbove,
  };
  const base = {
    measure: 'exposure',
    check: 'clarity',
    values,
    thresholds,
    region: scaleBox(box, p.scale),
    heuristic: false,
  } as const;
  const tones = { faceMean: values.faceMean, darkTone: values.darkTone, brightTone: values.brightTone };

  const darkFace = values.faceMean < T.darkFaceBelow;
  const dimPhoto = values.brightTone < T.dimPhotoBelow;
  // Lifted blacks with clipped highlights look washed out, but a light-toned sitter in light clothes
  // shows the same histogram: evidence for "unsure", never a fail on its own.
  const washedOut = values.darkTone > T.washedOutAbove && values.clippedBrightShare >= T.clippedBrightAtLeast;
  // Both together: a dark face alone may be dark skin, a dim photo alone may be a dark backdrop.
  if (darkFace && dimPhoto) {
    return { ...base, verdict: 'likely-fail', message: { key: 'precheck.exposure.tooDark', params: tones } };
  }
  // Over-exposure clips the face: all of a pale one, the eyes' whites and highlights of a dark one. A
  // correctly exposed face has no pixel at 250+ (the backdrop showing in the face region aside).
  if (values.faceClippedShare > T.blownFaceAbove) {
    return {
      ...base,
      verdict: 'likely-fail',
      message: { key: 'precheck.exposure.blown', params: { share: percent(values.faceClippedShare) } },
    };
  }
  if (values.faceSpotShare > T.brightSpotsAbove) {
    return {
      ...base,
      verdict: 'likely-fail',
      message: {
        key: 'precheck.exposure.brightSpots',
        params: { share: round1(values.faceSpotShare * 100) },
      },
    };
  }
  if (washedOut) {
    return {
      ...base,
      verdict: 'unsure',
      message: {
        key: 'precheck.exposure.washedOut',
        params: { darkTone: values.darkTone, limit: T.washedOutAbove },
      },
    };
  }
  if (darkFace || dimPhoto || values.faceClippedShare > T.blownFaceUnsureAbove) {
    return { ...base, verdict: 'unsure', message: { key: 'precheck.exposure.borderline', params: tones } };
  }
  return {
    ...base,
    verdict: 'likely-pass',
    message: { key: 'precheck.exposure.ok', params: { faceMean: values.faceMean } },
  };
}

// ---------------------------------------------------------------------------------------------
// Blockiness

/** A block-edge position counts only where both neighbouring steps are at most this (flat areas). */
const FLAT_STEP = 3;
/** Ratios beyond this all mean the same: blocks everywhere. */
const MAX_BLOCK_RATIO = 100;

/**
 * JPEG blocks show where the picture is flat: inside a block the quantiser leaves almost no variation,
 * and the step to the next block stands out. At each 8 × 8 block edge whose two neighbouring steps are
 * small, compare the step across the edge with the steps beside it. Without blocks the three are alike
 * (ratio about 1-3 with noise); hard compression makes the edge step dominate (10 and more).
 * Measured on native pixels: rescaling would move the block grid.
 */
export function blockEdgeRatio(grid: Plane): { ratio: number; flatPositions: number; positions: number } {
  const { width: w, height: h, data } = grid;
  let across = 0;
  let beside = 0;
  let flat = 0;
  let positions = 0;
  const visit = (before: number, at: number, after: number, next: number): void => {
    positions++;
    const left = Math.abs(at - before);
    const edge = Math.abs(after - at);
    const right = Math.abs(next - after);
    if (left > FLAT_STEP || right > FLAT_STEP) return;
    across += edge;
    beside += (left + right) / 2;
    flat++;
  };
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 7; x + 2 < w; x += 8) {
      visit(data[row + x - 1] ?? 0, data[row + x] ?? 0, data[row + x + 1] ?? 0, data[row + x + 2] ?? 0);
    }
  }
  for (let y = 7; y + 2 < h; y += 8) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      visit(data[i - w] ?? 0, data[i] ?? 0, data[i + w] ?? 0, data[i + 2 * w] ?? 0);
    }
  }
  // +1 on both sides keeps a perfectly flat image at ratio 1 instead of 0 / 0; a synthetic image with
  // perfectly flat blocks would divide by almost nothing, hence the cap.
  return { ratio: Math.min(MAX_BLOCK_RATIO, (across + 1) / (beside + 1)), flatPositions: flat, positions };
}

export function measureBlockiness(p: PreparedPhoto): BlockinessMeasure {
  const grid = p.blockGrid;
  const { ratio, flatPositions, positions } = blockEdgeRatio(p.blockGridLuma);
  const T = BLOCKINESS_THRESHOLDS;
  const values = {
    blockEdgeRatio: round2(ratio),
    flatShare: positions > 0 ? round3(flatPositions / positions) : 0,
  };
  const thresholds = { cleanBelow: T.cleanBelow, blockyAbove: T.blockyAbove };
  // The grid is in native pixels already: the whole photo, or the crop the worker took of a large one.
  const base = {
    measure: 'blockiness',
    check: 'clarity',
    values,
    thresholds,
    region: { x: p.blockGridOrigin.x, y: p.blockGridOrigin.y, width: grid.width, height: grid.height },
    heuristic: false,
  } as const;
  const ratio2 = round1(ratio);
  if (flatPositions < T.minFlatPositions) {
    return {
      ...base,
      verdict: 'unsure',
      message: {
        key: 'precheck.blockiness.borderline',
        params: { ratio: ratio2, clean: T.cleanBelow, blocky: T.blockyAbove },
      },
    };
  }
  if (ratio > T.blockyAbove) {
    return {
      ...base,
      verdict: 'likely-fail',
      message: { key: 'precheck.blockiness.blocky', params: { ratio: ratio2, limit: T.blockyAbove } },
    };
  }
  if (ratio >= T.cleanBelow) {
    return {
      ...base,
      verdict: 'unsure',
      message: {
        key: 'precheck.blockiness.borderline',
        params: { ratio: ratio2, clean: T.cleanBelow, blocky: T.blockyAbove },
      },
    };
  }
  return {
    ...base,
    verdict: 'likely-pass',
    message: { key: 'precheck.blockiness.ok', params: { ratio: ratio2 } },
  };
}
