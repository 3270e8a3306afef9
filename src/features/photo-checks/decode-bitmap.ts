/**
 * Decoding in the browser, inside the worker: createImageBitmap decodes off the page's thread, and an
 * OffscreenCanvas turns the bitmap into pixels. The canvas also does the scaling of large photos, which
 * is far faster than scaling in JavaScript.
 */
import { ANALYSIS_SIZE, BLOCK_CROP_SIZE, MAX_NATIVE_PIXELS, type PhotoPixels } from './prepare';
import { fitWithin, type PixelImage } from './raster';
import type { PhotoDecoder } from './worker-core';

export function offscreenDecodingSupported(): boolean {
  return typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap === 'function';
}

function readPixels(
  bitmap: ImageBitmap,
  source: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
): PixelImage {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D context on OffscreenCanvas');
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, source.x, source.y, source.width, source.height, 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height);
  return { width, height, data };
}

export function pixelsFromBitmap(bitmap: ImageBitmap): PhotoPixels {
  const nativeWidth = bitmap.width;
  const nativeHeight = bitmap.height;
  const whole = { x: 0, y: 0, width: nativeWidth, height: nativeHeight };
  const fit = fitWithin(nativeWidth, nativeHeight, ANALYSIS_SIZE.width, ANALYSIS_SIZE.height);
  const image = readPixels(bitmap, whole, fit.width, fit.height);
  if (fit.scale === 1) {
    return { image, nativeWidth, nativeHeight, blockGrid: image, blockGridOrigin: { x: 0, y: 0 } };
  }
  if (nativeWidth * nativeHeight <= MAX_NATIVE_PIXELS) {
    const native = readPixels(bitmap, whole, nativeWidth, nativeHeight);
    return { image, nativeWidth, nativeHeight, blockGrid: native, blockGridOrigin: { x: 0, y: 0 } };
  }
  // A very large photo: the block grid is read from a centred crop whose corner sits on the 8 × 8 grid.
  const side = Math.min(BLOCK_CROP_SIZE, nativeWidth, nativeHeight);
  const x = Math.max(0, Math.floor((nativeWidth - side) / 2 / 8) * 8);
  const y = Math.max(0, Math.floor((nativeHeight - side) / 2 / 8) * 8);
  const crop = readPixels(bitmap, { x, y, width: side, height: side }, side, side);
  return { image, nativeWidth, nativeHeight, blockGrid: crop, blockGridOrigin: { x, y } };
}

export const browserDecoder: PhotoDecoder = {
  async fromBytes(bytes) {
    // EXIF orientation applied, as the browser shows the photo to the reviewer.
    const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
      imageOrientation: 'from-image',
    });
    try {
      return pixelsFromBitmap(bitmap);
    } finally {
      bitmap.close();
    }
  },
  fromBitmap(bitmap) {
    try {
      return pixelsFromBitmap(bitmap);
    } finally {
      bitmap.close();
    }
  },
};
