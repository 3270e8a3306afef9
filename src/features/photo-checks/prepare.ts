/**
 * Turns decoded pixels into what every measure reads: the photo at the standard's scale, its luma, a
 * lightly smoothed luma and a brightness histogram, each computed once per photo.
 */
import {
  Histogram256,
  binomialBlur3,
  fitWithin,
  resampleImage,
  toLuma,
  type PixelImage,
  type Plane,
} from './raster';

/**
 * The size measures work at. Photos larger than the standard are scaled down to fit it (never up), so
 * "edges spread 3 px" means the same for a 358 × 441 upload and a 4000 × 3000 phone picture.
 */
export const ANALYSIS_SIZE = { width: 358, height: 441 } as const;

/**
 * Above this many native pixels the worker lets the canvas scale the photo and hands the blockiness
 * measure a block-aligned crop instead of the whole photo: a 12-megapixel upload would otherwise cost
 * more time and memory than every other measure together.
 */
export const MAX_NATIVE_PIXELS = 4 * ANALYSIS_SIZE.width * ANALYSIS_SIZE.height;

/** The crop side for blockiness on very large photos: a multiple of 8 so the JPEG grid is kept. */
export const BLOCK_CROP_SIZE = 512;

export interface PhotoPixels {
  /** The photo scaled to fit ANALYSIS_SIZE (or as is, if it already fits). */
  image: PixelImage;
  /** The photo's own size, before any scaling. */
  nativeWidth: number;
  nativeHeight: number;
  /**
   * Native-resolution pixels whose top-left corner sits on the JPEG 8 × 8 grid: the whole photo, or a
   * crop starting at a multiple of 8 for very large photos. Compression blocks only line up here.
   */
  blockGrid: PixelImage;
  /** Where blockGrid's top-left corner sits in the photo (both multiples of 8). */
  blockGridOrigin: { x: number; y: number };
}

export interface PreparedPhoto {
  image: PixelImage;
  luma: Plane;
  /** Luma with a [1, 2, 1] binomial blur (sigma 0.71): sensor noise removed, edges kept. */
  smoothLuma: Plane;
  histogram: Histogram256;
  /** Native pixels per analysis pixel (>= 1), to report regions in the photo's own pixels. */
  scale: number;
  nativeWidth: number;
  nativeHeight: number;
  blockGrid: PixelImage;
  blockGridOrigin: { x: number; y: number };
  /** Luma of blockGrid (shared with `luma` when the photo needed no scaling). */
  blockGridLuma: Plane;
}

/** From a fully decoded photo (Node, tests): scales it in JavaScript. */
export function pixelsFromNative(native: PixelImage): PhotoPixels {
  const fit = fitWithin(native.width, native.height, ANALYSIS_SIZE.width, ANALYSIS_SIZE.height);
  return {
    image: resampleImage(native, fit.width, fit.height),
    nativeWidth: native.width,
    nativeHeight: native.height,
    blockGrid: native,
    blockGridOrigin: { x: 0, y: 0 },
  };
}

export function preparePhoto(pixels: PhotoPixels): PreparedPhoto {
  const luma = toLuma(pixels.image);
  const histogram = new Histogram256();
  histogram.addAll(luma.data);
  return {
    image: pixels.image,
    luma,
    smoothLuma: binomialBlur3(luma),
    histogram,
    scale: pixels.nativeWidth / pixels.image.width,
    nativeWidth: pixels.nativeWidth,
    nativeHeight: pixels.nativeHeight,
    blockGrid: pixels.blockGrid,
    blockGridOrigin: pixels.blockGridOrigin,
    blockGridLuma: pixels.blockGrid === pixels.image ? luma : toLuma(pixels.blockGrid),
  };
}
