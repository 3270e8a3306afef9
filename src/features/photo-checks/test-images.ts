/**
 * Hand-made images with known answers, for the measures' unit tests: flat backdrops, a drawn sitter,
 * and the faults the checks look for (blur, noise, exposure, a cast shadow, clutter, JPEG blocks).
 * Deterministic: every random choice comes from a seeded generator.
 */
import { gaussianBlur, type PixelImage } from './raster';

export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [248, 248, 248];
export const ID_BLUE: Rgb = [67, 142, 219];
export const GREY: Rgb = [170, 170, 172];

/** The standard's size: the measures are calibrated at this scale. */
export const STANDARD = { width: 358, height: 441 } as const;

/** A small seeded generator (mulberry32) so noise and clutter are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function flat(
  colour: Rgb,
  width: number = STANDARD.width,
  height: number = STANDARD.height,
): PixelImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = colour[0];
    data[i * 4 + 1] = colour[1];
    data[i * 4 + 2] = colour[2];
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

function copy(image: PixelImage): { width: number; height: number; data: Uint8ClampedArray } {
  return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
}

function fillEllipse(
  image: { width: number; height: number; data: Uint8ClampedArray },
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  colour: Rgb,
): void {
  for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(image.height, Math.ceil(cy + ry)); y++) {
    for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(image.width, Math.ceil(cx + rx)); x++) {
      const dx = (x + 0.5 - cx) / rx;
      const dy = (y + 0.5 - cy) / ry;
      if (dx * dx + dy * dy > 1) continue;
      const i = (y * image.width + x) * 4;
      image.data[i] = colour[0];
      image.data[i + 1] = colour[1];
      image.data[i + 2] = colour[2];
    }
  }
}

function fillRect(
  image: { width: number; height: number; data: Uint8ClampedArray },
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  colour: Rgb,
): void {
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(image.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(image.width, Math.ceil(x1)); x++) {
      const i = (y * image.width + x) * 4;
      image.data[i] = colour[0];
      image.data[i + 1] = colour[1];
      image.data[i + 2] = colour[2];
    }
  }
}

export interface PortraitOptions {
  backdrop?: Rgb;
  /** Horizontal offset of the head's centre, as a share of the width. */
  offset?: number;
  /** Head height as a share of the photo height (crown to chin); the standard is about 0.66. */
  headHeight?: number;
  /** Top of the hair as a share of the height. */
  crown?: number;
}

/**
 * A plain drawn sitter: dark hair, a skin-toned face with eyes and mouth, a neck and dark shoulders,
 * laid out like a standard ID photo. Edges are hard, so it is as sharp as an image can be.
 */
export function portrait(options: PortraitOptions = {}): PixelImage {
  const { backdrop = WHITE, offset = 0, headHeight = 0.66, crown = 0.07 } = options;
  const image = copy(flat(backdrop));
  const { width: w, height: h } = image;
  const H = headHeight * h;
  const cx = w / 2 + offset * w;
  const top = crown * h;
  const chin = top + H;
  const skin: Rgb = [214, 160, 124];
  // Shoulders and neck first, then hair behind the face, then the face and its features.
  fillEllipse(image, cx, chin + 0.75 * H, 0.75 * H, 0.62 * H, [34, 38, 52]);
  fillRect(image, cx - 0.16 * H, chin - 0.1 * H, cx + 0.16 * H, chin + 0.2 * H, [190, 140, 108]);
  fillEllipse(image, cx, top + 0.5 * H, 0.39 * H, 0.5 * H, [40, 30, 24]);
  fillEllipse(image, cx - 0.36 * H, top + 0.55 * H, 0.05 * H, 0.11 * H, skin);
  fillEllipse(image, cx + 0.36 * H, top + 0.55 * H, 0.05 * H, 0.11 * H, skin);
  fillEllipse(image, cx, top + 0.58 * H, 0.34 * H, 0.42 * H, skin);
  fillEllipse(image, cx - 0.13 * H, top + 0.5 * H, 0.05 * H, 0.022 * H, [232, 230, 226]);
  fillEllipse(image, cx + 0.13 * H, top + 0.5 * H, 0.05 * H, 0.022 * H, [232, 230, 226]);
  fillEllipse(image, cx - 0.13 * H, top + 0.5 * H, 0.02 * H, 0.02 * H, [40, 28, 20]);
  fillEllipse(image, cx + 0.13 * H, top + 0.5 * H, 0.02 * H, 0.02 * H, [40, 28, 20]);
  fillEllipse(image, cx, top + 0.8 * H, 0.1 * H, 0.02 * H, [150, 70, 70]);
  return image;
}

/** Adds Gaussian-ish sensor noise (sum of uniforms) with the given standard deviation. */
export function withNoise(image: PixelImage, sigma: number, seed = 1): PixelImage {
  const out = copy(image);
  const random = seeded(seed);
  for (let i = 0; i < out.data.length; i += 4) {
    const n = (random() + random() + random() - 1.5) * 2 * sigma;
    for (let k = 0; k < 3; k++) out.data[i + k] = (out.data[i + k] ?? 0) + n;
  }
  return out;
}

/** Gaussian optical blur of every channel. */
export function blurred(image: PixelImage, sigma: number): PixelImage {
  const out = copy(image);
  const n = image.width * image.height;
  for (let k = 0; k < 3; k++) {
    const plane = new Float32Array(n);
    for (let i = 0; i < n; i++) plane[i] = image.data[i * 4 + k] ?? 0;
    const result = gaussianBlur({ width: image.width, height: image.height, data: plane }, sigma).data;
    for (let i = 0; i < n; i++) out.data[i * 4 + k] = result[i] ?? 0;
  }
  return out;
}

/** A tone curve: out = in * gain + lift, clipped (over-exposure is a gain above 1 with a lift). */
export function withExposure(image: PixelImage, gain: number, lift = 0): PixelImage {
  const out = copy(image);
  for (let i = 0; i < out.data.length; i += 4) {
    for (let k = 0; k < 3; k++) out.data[i + k] = (image.data[i + k] ?? 0) * gain + lift;
  }
  return out;
}

/**
 * Light from one side, as in any real photo: brightness rises from 0.85 on the left to 1.1 on the
 * right. A perfectly symmetric drawing has no odd horizontal frequencies, which makes a perceptual hash
 * of it fragile in a way no real photo is.
 */
export function withSideLight(image: PixelImage): PixelImage {
  const out = copy(image);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const k = 0.85 + (0.25 * x) / image.width;
      const i = (y * image.width + x) * 4;
      for (let c = 0; c < 3; c++) out.data[i + c] = (image.data[i + c] ?? 0) * k;
    }
  }
  return out;
}

/**
 * A soft cast shadow on the backdrop to the sitter's left: a darkened, feathered ellipse, painted only
 * where the backdrop shows (as a real shadow falls behind the sitter).
 */
export function withShadow(image: PixelImage, backdrop: Rgb = WHITE, darkness = 0.5): PixelImage {
  const out = copy(image);
  const { width: w, height: h } = image;
  const cx = w * 0.22;
  const cy = h * 0.45;
  const rx = w * 0.3;
  const ry = h * 0.4;
  const feather = 0.25;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      const isBackdrop =
        Math.abs((image.data[i] ?? 0) - backdrop[0]) < 12 &&
        Math.abs((image.data[i + 2] ?? 0) - backdrop[2]) < 12;
      if (!isBackdrop) continue;
      const d = Math.hypot((x - cx) / rx, (y - cy) / ry);
      const coverage = Math.min(1, Math.max(0, (1 - d) / feather));
      const k = 1 - darkness * coverage;
      for (let c = 0; c < 3; c++) out.data[i + c] = (image.data[i + c] ?? 0) * k;
    }
  }
  return out;
}

/** A blown-out bright spot on the forehead (glare from a flash), 3 % of the face region. */
export function withGlare(image: PixelImage): PixelImage {
  const out = copy(image);
  fillEllipse(
    out,
    image.width * 0.5,
    image.height * 0.34,
    image.width * 0.06,
    image.height * 0.03,
    [255, 255, 255],
  );
  return out;
}

/** Clutter in the border: coloured boxes (posters, shelves, a plant) standing apart from the sitter. */
export function withClutter(image: PixelImage, seed = 7): PixelImage {
  const out = copy(image);
  const random = seeded(seed);
  const { width: w, height: h } = image;
  for (let n = 0; n < 14; n++) {
    const left = random() < 0.5;
    const x0 = left ? random() * w * 0.06 : w * 0.9 + random() * w * 0.06;
    const y0 = h * 0.08 + random() * h * 0.45;
    const colour: Rgb = [40 + random() * 180, 40 + random() * 180, 40 + random() * 180];
    fillRect(out, x0, y0, x0 + 6 + random() * 14, y0 + 10 + random() * 30, colour);
  }
  return withNoise(out, 2, seed);
}

/** What a very hard JPEG does to flat areas: each 8 × 8 block becomes its own mean. */
export function blockified(image: PixelImage): PixelImage {
  const out = copy(image);
  const { width: w, height: h } = image;
  for (let by = 0; by < h; by += 8) {
    for (let bx = 0; bx < w; bx += 8) {
      for (let k = 0; k < 3; k++) {
        let sum = 0;
        let n = 0;
        for (let y = by; y < Math.min(h, by + 8); y++) {
          for (let x = bx; x < Math.min(w, bx + 8); x++) {
            sum += image.data[(y * w + x) * 4 + k] ?? 0;
            n++;
          }
        }
        for (let y = by; y < Math.min(h, by + 8); y++) {
          for (let x = bx; x < Math.min(w, bx + 8); x++) out.data[(y * w + x) * 4 + k] = sum / n;
        }
      }
    }
  }
  return out;
}
