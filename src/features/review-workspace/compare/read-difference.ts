import { computeDifference, type DifferenceResult } from './difference';
import type { Size } from './compare-state';

export interface PhotoSource {
  src: string;
  width: number;
  height: number;
}

/**
 * The pixels could not be read: no 2D canvas (jsdom, locked-down browsers), a photo that did not load, or a
 * canvas tainted by a cross-origin photo. The viewer says so in words instead of failing.
 */
export class PixelsUnavailableError extends Error {
  override name = 'PixelsUnavailableError';
}

/**
 * Above this many pixels on the long side the comparison is done on a scaled-down copy: the standard photo
 * is 358 × 441, and a phone's full-resolution upload would otherwise cost tens of millions of pixel
 * operations on the main thread for no visible gain.
 */
export const MAX_DIFFERENCE_SIDE = 1200;

/** The size the difference is computed at: the new photo's, scaled down if it is very large. */
export function differenceSize(photo: Size): Size {
  const long = Math.max(photo.width, photo.height);
  const factor = long > MAX_DIFFERENCE_SIDE ? MAX_DIFFERENCE_SIDE / long : 1;
  return {
    width: Math.max(1, Math.round(photo.width * factor)),
    height: Math.max(1, Math.round(photo.height * factor)),
  };
}

/** Where a photo lands when drawn 'contain' into a box: the same rule as CSS object-fit: contain. */
export function containRect(photo: Size, box: Size): { x: number; y: number; width: number; height: number } {
  const scale = Math.min(box.width / photo.width, box.height / photo.height);
  const width = photo.width * scale;
  const height = photo.height * scale;
  return { x: (box.width - width) / 2, y: (box.height - height) / 2, width, height };
}

type Context2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function create2dContext(size: Size): Context2d | null {
  try {
    if (typeof OffscreenCanvas !== 'undefined') {
      return new OffscreenCanvas(size.width, size.height).getContext('2d', { willReadFrequently: true });
    }
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    return canvas.getContext('2d', { willReadFrequently: true });
  } catch {
    return null;
  }
}

async function loadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.referrerPolicy = 'no-referrer';
  image.src = src;
  try {
    // decode() waits for the pixels, not just the bytes, and rejects if the photo is broken.
    await image.decode();
  } catch (error) {
    throw new PixelsUnavailableError('A photo could not be decoded', { cause: error });
  }
  return image;
}

/**
 * Draws both photos at the same size (the card photo scaled into the new photo's box, as the viewer shows
 * it) and computes their difference. The browser's image cache makes the second load of each photo cheap.
 */
export async function readDifference(
  newPhoto: PhotoSource,
  cardPhoto: PhotoSource,
): Promise<DifferenceResult> {
  const size = differenceSize(newPhoto);
  // Checked before loading anything: where there is no canvas (jsdom) images may never finish loading.
  const context = create2dContext(size);
  if (!context) throw new PixelsUnavailableError('No 2D canvas');
  const [newImage, cardImage] = await Promise.all([loadImage(newPhoto.src), loadImage(cardPhoto.src)]);

  const read = (image: HTMLImageElement, natural: Size) => {
    const rect = containRect(natural, size);
    // White behind the photo, so a card photo of another shape shows white margins, not black ones.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(image, rect.x, rect.y, rect.width, rect.height);
    try {
      return context.getImageData(0, 0, size.width, size.height);
    } catch (error) {
      // A SecurityError when a photo came from another origin without CORS.
      throw new PixelsUnavailableError('The canvas cannot be read', { cause: error });
    }
  };

  const newPixels = read(newImage, naturalSize(newImage, newPhoto));
  const cardPixels = read(cardImage, naturalSize(cardImage, cardPhoto));
  return computeDifference(newPixels, cardPixels);
}

/** The decoded size wins over the size the request claims: the request's may be wrong. */
function naturalSize(image: HTMLImageElement, claimed: Size): Size {
  return image.naturalWidth > 0 && image.naturalHeight > 0
    ? { width: image.naturalWidth, height: image.naturalHeight }
    : claimed;
}
