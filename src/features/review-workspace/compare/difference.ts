/** RGBA pixels, four bytes per pixel, rows top to bottom: the shape of the DOM's ImageData. */
export interface RgbaImage {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

export interface DifferenceSummary {
  /** Pixels whose largest channel difference is above the threshold. */
  changedPixels: number;
  totalPixels: number;
  /** changedPixels / totalPixels, 0–1 (0 for an empty image). */
  changedShare: number;
  threshold: number;
}

export interface DifferenceResult {
  image: { data: Uint8ClampedArray; width: number; height: number };
  summary: DifferenceSummary;
}

export interface DifferenceOptions {
  /**
   * Channel difference (0–255) at or below which a pixel counts as unchanged. JPEG re-encoding and
   * rescaling alone move channels by a few levels, so a strict 0 would paint the whole photo.
   */
  threshold?: number;
  /** How strongly differences above the threshold are stretched over the heat ramp, so small ones show. */
  gain?: number;
}

export const DEFAULT_DIFFERENCE_THRESHOLD = 32;
const DEFAULT_GAIN = 4;

// The heat ramp runs from amber (just over the threshold) to deep red (large), both far from the pale grey
// of unchanged pixels so that even a single changed pixel stands out.
const LOW = [255, 150, 0] as const;
const HIGH = [190, 0, 30] as const;
// Unchanged pixels show the new photo as a faded greyscale: enough to see where a change sits on the face,
// faint enough not to compete with the heat colours.
const FADE = 0.3;
const fade = (luma: number) => 255 - (255 - luma) * FADE;

/** The colours of the difference image, for a legend: the heat ramp's ends and a mid-tone unchanged pixel. */
export const DIFFERENCE_COLOURS = {
  low: LOW,
  high: HIGH,
  unchanged: [Math.round(fade(128)), Math.round(fade(128)), Math.round(fade(128))],
} as const;

/**
 * Compares two photos of the same size pixel by pixel. Where they differ by more than the threshold the
 * pixel gets a heat colour (stronger difference, redder); elsewhere a faint greyscale of the new photo.
 * Alpha is ignored: the photos are opaque JPEGs.
 */
export function computeDifference(
  newPhoto: RgbaImage,
  cardPhoto: RgbaImage,
  { threshold = DEFAULT_DIFFERENCE_THRESHOLD, gain = DEFAULT_GAIN }: DifferenceOptions = {},
): DifferenceResult {
  const { width, height } = newPhoto;
  if (width !== cardPhoto.width || height !== cardPhoto.height) {
    throw new RangeError(
      `Photos must have the same size: ${width}×${height} and ${cardPhoto.width}×${cardPhoto.height}`,
    );
  }
  const length = width * height * 4;
  if (newPhoto.data.length < length || cardPhoto.data.length < length) {
    throw new RangeError('Pixel data is shorter than width × height × 4');
  }

  const a = newPhoto.data;
  const b = cardPhoto.data;
  const out = new Uint8ClampedArray(length);
  const span = Math.max(1, 255 - threshold);
  let changed = 0;

  for (let i = 0; i < length; i += 4) {
    const r = a[i]!;
    const g = a[i + 1]!;
    const bl = a[i + 2]!;
    const diff = Math.max(Math.abs(r - b[i]!), Math.abs(g - b[i + 1]!), Math.abs(bl - b[i + 2]!));
    if (diff > threshold) {
      changed += 1;
      const t = Math.min(1, ((diff - threshold) / span) * gain);
      out[i] = LOW[0] + (HIGH[0] - LOW[0]) * t;
      out[i + 1] = LOW[1] + (HIGH[1] - LOW[1]) * t;
      out[i + 2] = LOW[2] + (HIGH[2] - LOW[2]) * t;
    } else {
      const luma = 0.299 * r + 0.587 * g + 0.114 * bl;
      const grey = fade(luma);
      out[i] = grey;
      out[i + 1] = grey;
      out[i + 2] = grey;
    }
    out[i + 3] = 255;
  }

  const totalPixels = width * height;
  return {
    image: { data: out, width, height },
    summary: {
      changedPixels: changed,
      totalPixels,
      changedShare: totalPixels > 0 ? changed / totalPixels : 0,
      threshold,
    },
  };
}
