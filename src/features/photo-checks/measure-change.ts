/**
 * Identity and change: how the new photo relates to the photo on the current card.
 *
 * A perceptual hash says whether it is the same picture (a re-upload of the card photo, perhaps
 * re-compressed or resized) or a very different one; the face region's mean colour and the head's
 * position say whether the face looks alike. None of this recognises a person: a "very different"
 * result asks the reviewer to compare the faces closely, nothing more.
 */
import { CHANGE_THRESHOLDS } from './thresholds';
import { faceRegion } from './measure-clarity';
import { resamplePlane, scaleBox, type Box, type Plane } from './raster';
import type { PreparedPhoto } from './prepare';
import type { ChangeMeasure, HeadGeometryMeasure } from './types';

const HASH_SIZE = 32;
const HASH_LOW = 8;

/** cos((2x + 1) u π / 2N) for the low frequencies only: the hash never needs the rest. */
const COSINES: Float64Array = (() => {
  const table = new Float64Array((HASH_LOW + 1) * HASH_SIZE);
  for (let u = 0; u <= HASH_LOW; u++) {
    for (let x = 0; x < HASH_SIZE; x++) {
      table[u * HASH_SIZE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * HASH_SIZE));
    }
  }
  return table;
})();

/**
 * 64-bit DCT perceptual hash (the pHash construction): shrink the luma to 32 × 32, take the 8 × 8
 * lowest frequencies after the DC row and column, and set a bit where a coefficient is above their
 * median. Robust to re-compression, resizing and small brightness changes; returned as 16 hex digits.
 */
export function perceptualHash(luma: Plane): string {
  return hashOfThumbnail(thumbnailOf(luma));
}

/** The 32 × 32 luma thumbnail the hash is computed from (area-averaged). */
export function thumbnailOf(luma: Plane): Float32Array {
  return resamplePlane(luma, HASH_SIZE, HASH_SIZE).data;
}

/** Mean absolute grey-level difference between two thumbnails (0 = identical). */
export function thumbnailDifference(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return a.length > 0 ? sum / a.length : 0;
}

function hashOfThumbnail(small: Float32Array): string {
  // Separable DCT: rows first (32 rows × 9 frequencies), then columns for the 9 × 9 we keep.
  const rows = new Float64Array(HASH_SIZE * (HASH_LOW + 1));
  for (let y = 0; y < HASH_SIZE; y++) {
    for (let u = 0; u <= HASH_LOW; u++) {
      let acc = 0;
      for (let x = 0; x < HASH_SIZE; x++)
        acc += (small[y * HASH_SIZE + x] ?? 0) * (COSINES[u * HASH_SIZE + x] ?? 0);
      rows[y * (HASH_LOW + 1) + u] = acc;
    }
  }
  const coefficients: number[] = [];
  for (let v = 1; v <= HASH_LOW; v++) {
    for (let u = 1; u <= HASH_LOW; u++) {
      let acc = 0;
      for (let y = 0; y < HASH_SIZE; y++)
        acc += (rows[y * (HASH_LOW + 1) + u] ?? 0) * (COSINES[v * HASH_SIZE + y] ?? 0);
      coefficients.push(acc);
    }
  }
  const sorted = [...coefficients].sort((a, b) => a - b);
  const median = ((sorted[31] ?? 0) + (sorted[32] ?? 0)) / 2;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) {
      value = (value << 1) | ((coefficients[nibble * 4 + bit] ?? 0) > median ? 1 : 0);
    }
    hex += value.toString(16);
  }
  return hex;
}

/** Number of differing bits between two hashes of equal length. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) throw new Error('Hashes of different lengths cannot be compared');
  let distance = 0;
  for (let i = 0; i < a.length; i++) {
    let x = Number.parseInt(a[i] ?? '0', 16) ^ Number.parseInt(b[i] ?? '0', 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}

/** sRGB (0-255) to CIE L*a*b* (D65). */
export function rgbToLab(r: number, g: number, b: number): [number, number, number] {
  const linear = (c: number): number => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  const lr = linear(r);
  const lg = linear(g);
  const lb = linear(b);
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f(x);
  const fy = f(y);
  const fz = f(z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** Mean colour of the face region. */
export function faceColour(p: PreparedPhoto): [number, number, number] {
  const { width, height, data } = p.image;
  const box = faceRegion(width, height);
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * width + x) * 4;
      r += data[i] ?? 0;
      g += data[i + 1] ?? 0;
      b += data[i + 2] ?? 0;
      n++;
    }
  }
  return n > 0 ? [r / n, g / n, b / n] : [0, 0, 0];
}

/**
 * What the comparison needs from one photo, computed once: the worker caches it per photo instead of
 * the pixels, so a citizen's photo is not kept in memory longer than it takes to measure it.
 */
export interface PhotoFingerprint {
  hash: string;
  /** 32 × 32 grey thumbnail: tells a re-saved copy (a few grey levels apart) from a new photo of the same pose. */
  thumbnail: Float32Array;
  faceLab: [number, number, number];
  headGeometry: HeadGeometryMeasure;
  /** The face region in the photo's own pixels. */
  faceRegion: Box;
}

export function fingerprintPhoto(p: PreparedPhoto, headGeometry: HeadGeometryMeasure): PhotoFingerprint {
  const { width, height } = p.image;
  const thumbnail = thumbnailOf(p.luma);
  return {
    hash: hashOfThumbnail(thumbnail),
    thumbnail,
    faceLab: rgbToLab(...faceColour(p)),
    headGeometry,
    faceRegion: scaleBox(faceRegion(width, height), p.scale),
  };
}

export function measureChange(newPhoto: PhotoFingerprint, cardPhoto: PhotoFingerprint): ChangeMeasure {
  const hashDistance = hammingDistance(newPhoto.hash, cardPhoto.hash);
  const pixelDifference = Math.round(thumbnailDifference(newPhoto.thumbnail, cardPhoto.thumbnail) * 10) / 10;
  const [l1, a1, b1] = newPhoto.faceLab;
  const [l2, a2, b2] = cardPhoto.faceLab;
  const faceColourDelta = Math.round(Math.hypot(l1 - l2, a1 - a2, b1 - b2) * 10) / 10;
  const measurable = (m: HeadGeometryMeasure): boolean => m.region !== null;
  const headShift =
    measurable(newPhoto.headGeometry) && measurable(cardPhoto.headGeometry)
      ? Math.round(
          Math.hypot(
            newPhoto.headGeometry.values.centreOffset - cardPhoto.headGeometry.values.centreOffset,
            newPhoto.headGeometry.values.crownY - cardPhoto.headGeometry.values.crownY,
          ) * 1000,
        ) / 1000
      : null;

  const T = CHANGE_THRESHOLDS;
  const base = {
    measure: 'change',
    check: 'identity',
    values: {
      hashDistance,
      pixelDifference,
      newHash: newPhoto.hash,
      cardHash: cardPhoto.hash,
      faceColourDelta,
      headShift,
    },
    thresholds: {
      sameImageAtMost: T.sameImageAtMost,
      sameImagePixelDifferenceAtMost: T.sameImagePixelDifferenceAtMost,
      faceColourDeltaAbove: T.faceColourDeltaAbove,
    },
    region: newPhoto.faceRegion,
    heuristic: false,
  } as const;
  const params = {
    distance: hashDistance,
    difference: pixelDifference,
    delta: Math.round(faceColourDelta),
    limit: T.faceColourDeltaAbove,
  };
  // A re-upload of the card photo replaces nothing: the citizen did not take a new photo. The hash alone
  // cannot say so (two photos of one person in the standard pose hash alike); the grey levels can.
  if (hashDistance <= T.sameImageAtMost && pixelDifference <= T.sameImagePixelDifferenceAtMost) {
    return { ...base, verdict: 'likely-fail', message: { key: 'precheck.change.sameImage', params } };
  }
  // The face region's colour is the one cue here that differs between people (skin tone); it is a
  // prompt to look, not a recognition.
  if (faceColourDelta > T.faceColourDeltaAbove) {
    return { ...base, verdict: 'unsure', message: { key: 'precheck.change.veryDifferent', params } };
  }
  return { ...base, verdict: 'likely-pass', message: { key: 'precheck.change.newPhoto', params } };
}
