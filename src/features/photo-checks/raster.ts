/**
 * Pixel plumbing shared by the measures: greyscale, area resampling, boxes, blur and percentiles.
 *
 * Everything here is pure and allocation-light so it runs the same in a Web Worker, in the browser's
 * main thread (tests) and in Node (the accuracy report). No DOM types are used.
 */

/** RGBA pixels, four bytes per pixel, rows top to bottom: the shape of ImageData and of jpeg-js output. */
export interface PixelImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray | Uint8Array;
}

/** One channel of floats, rows top to bottom. */
export interface Plane {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}

/** A rectangle in pixels of the image a measure looked at. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rec. 601 luma: what "brightness" means in JPEG, so grey levels match what the encoder quantised. */
export function toLuma(image: PixelImage): Plane {
  const { width, height, data } = image;
  const out = new Float32Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    out[i] = 0.299 * (data[p] ?? 0) + 0.587 * (data[p + 1] ?? 0) + 0.114 * (data[p + 2] ?? 0);
  }
  return { width, height, data: out };
}

/**
 * Area (box) resampling to an exact size: each output pixel is the mean of the input pixels it covers,
 * with fractional edge weights. Used to bring photos of any size to the standard's scale, so that a blur
 * of 3 pixels means the same on a phone photo as on a 358 × 441 one, and to build small thumbnails.
 */
export function resampleImage(image: PixelImage, width: number, height: number): PixelImage {
  if (width === image.width && height === image.height) return image;
  const rows = resampleAxis(image.data, image.width, image.height, 4, width, 'x');
  const out = resampleAxis(rows, width, image.height, 4, height, 'y');
  const data = new Uint8ClampedArray(out.length);
  for (let i = 0; i < out.length; i++) data[i] = Math.round(out[i] ?? 0);
  return { width, height, data };
}

/** The same area resampling for a single-channel plane. */
export function resamplePlane(plane: Plane, width: number, height: number): Plane {
  if (width === plane.width && height === plane.height) return plane;
  const rows = resampleAxis(plane.data, plane.width, plane.height, 1, width, 'x');
  return { width, height, data: resampleAxis(rows, width, plane.height, 1, height, 'y') };
}

function resampleAxis(
  src: ArrayLike<number>,
  srcWidth: number,
  srcHeight: number,
  channels: number,
  target: number,
  axis: 'x' | 'y',
): Float32Array {
  const outWidth = axis === 'x' ? target : srcWidth;
  const outHeight = axis === 'x' ? srcHeight : target;
  const srcLength = axis === 'x' ? srcWidth : srcHeight;
  const out = new Float32Array(outWidth * outHeight * channels);
  const scale = srcLength / target;
  const norm = 1 / scale;
  // Each output sample covers source samples [first, last] with fractional weights at both ends.
  const first = new Int32Array(target);
  const last = new Int32Array(target);
  const firstWeight = new Float32Array(target);
  const lastWeight = new Float32Array(target);
  for (let o = 0; o < target; o++) {
    const start = o * scale;
    const end = Math.min(srcLength, (o + 1) * scale);
    const a = Math.floor(start);
    const b = Math.max(a, Math.min(srcLength - 1, Math.ceil(end) - 1));
    first[o] = a;
    last[o] = b;
    firstWeight[o] = a === b ? end - start : a + 1 - start;
    lastWeight[o] = a === b ? 0 : end - b;
  }
  const lines = axis === 'x' ? srcHeight : srcWidth;
  // Distance between consecutive samples along the axis, and between lines, in array elements.
  const srcStep = axis === 'x' ? channels : srcWidth * channels;
  const srcLineStep = axis === 'x' ? srcWidth * channels : channels;
  const outStep = axis === 'x' ? channels : outWidth * channels;
  const outLineStep = axis === 'x' ? outWidth * channels : channels;
  for (let line = 0; line < lines; line++) {
    const srcLine = line * srcLineStep;
    const outLine = line * outLineStep;
    for (let o = 0; o < target; o++) {
      const a = first[o] ?? 0;
      const b = last[o] ?? 0;
      const wa = firstWeight[o] ?? 0;
      const wb = lastWeight[o] ?? 0;
      for (let c = 0; c < channels; c++) {
        const base = srcLine + c;
        let sum = (src[base + a * srcStep] ?? 0) * wa;
        for (let s = a + 1; s < b; s++) sum += src[base + s * srcStep] ?? 0;
        if (b > a) sum += (src[base + b * srcStep] ?? 0) * wb;
        out[outLine + o * outStep + c] = sum * norm;
      }
    }
  }
  return out;
}

/** The largest size with the same aspect ratio that fits in the box, never enlarging. */
export function fitWithin(
  width: number,
  height: number,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number; scale: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale,
  };
}

/**
 * Separable Gaussian blur with clamped edges. The kernel is cut at 3 sigma; sigma 0 returns a copy.
 * Used to take sensor noise out before measuring edges.
 */
export function gaussianBlur(plane: Plane, sigma: number): Plane {
  const { width, height, data } = plane;
  if (sigma <= 0) return { width, height, data: data.slice() };
  const radius = Math.max(1, Math.ceil(sigma * 3));
  const kernel = new Float32Array(radius * 2 + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    kernel[i + radius] = v;
    sum += v;
  }
  for (let i = 0; i < kernel.length; i++) kernel[i] = (kernel[i] ?? 0) / sum;
  const tmp = new Float32Array(data.length);
  blurLines(data, tmp, width, height, 1, width, kernel, radius);
  const out = new Float32Array(data.length);
  blurLines(tmp, out, height, width, width, 1, kernel, radius);
  return { width, height, data: out };
}

/**
 * One pass of a separable blur along lines of `length` samples spaced `step` apart; `lines` lines spaced
 * `lineStep` apart. The interior runs without bounds checks; only the ends clamp.
 */
function blurLines(
  src: Float32Array,
  dst: Float32Array,
  length: number,
  lines: number,
  step: number,
  lineStep: number,
  kernel: Float32Array,
  radius: number,
): void {
  for (let line = 0; line < lines; line++) {
    const base = line * lineStep;
    for (let i = 0; i < length; i++) {
      let acc = 0;
      if (i >= radius && i < length - radius) {
        let at = base + (i - radius) * step;
        for (let k = 0; k < kernel.length; k++, at += step) acc += (src[at] ?? 0) * (kernel[k] ?? 0);
      } else {
        for (let k = -radius; k <= radius; k++) {
          const j = i + k < 0 ? 0 : i + k >= length ? length - 1 : i + k;
          acc += (src[base + j * step] ?? 0) * (kernel[k + radius] ?? 0);
        }
      }
      dst[base + i * step] = acc;
    }
  }
}

/**
 * Binomial blur with kernel [1, 2, 1] / 4 in both directions (sigma about 0.71 px): enough to take
 * sensor noise out before measuring edges, at a fraction of a Gaussian's cost.
 */
export function binomialBlur3(plane: Plane): Plane {
  const { width: w, height: h, data } = plane;
  const tmp = new Float32Array(data.length);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const left = data[row + (x > 0 ? x - 1 : 0)] ?? 0;
      const right = data[row + (x < w - 1 ? x + 1 : w - 1)] ?? 0;
      tmp[row + x] = (left + 2 * (data[row + x] ?? 0) + right) * 0.25;
    }
  }
  const out = new Float32Array(data.length);
  for (let y = 0; y < h; y++) {
    const up = (y > 0 ? y - 1 : 0) * w;
    const row = y * w;
    const down = (y < h - 1 ? y + 1 : h - 1) * w;
    for (let x = 0; x < w; x++) {
      out[row + x] = ((tmp[up + x] ?? 0) + 2 * (tmp[row + x] ?? 0) + (tmp[down + x] ?? 0)) * 0.25;
    }
  }
  return { width: w, height: h, data: out };
}

/** Binomial blur with kernel [1, 4, 6, 4, 1] / 16 in both directions (sigma 1 px). */
export function binomialBlur5(plane: Plane): Plane {
  const { width: w, height: h, data } = plane;
  const tmp = new Float32Array(data.length);
  const clampX = (x: number): number => (x < 0 ? 0 : x >= w ? w - 1 : x);
  const clampY = (y: number): number => (y < 0 ? 0 : y >= h ? h - 1 : y);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      tmp[row + x] =
        ((data[row + clampX(x - 2)] ?? 0) +
          4 * (data[row + clampX(x - 1)] ?? 0) +
          6 * (data[row + x] ?? 0) +
          4 * (data[row + clampX(x + 1)] ?? 0) +
          (data[row + clampX(x + 2)] ?? 0)) /
        16;
    }
  }
  const out = new Float32Array(data.length);
  for (let y = 0; y < h; y++) {
    const r0 = clampY(y - 2) * w;
    const r1 = clampY(y - 1) * w;
    const r2 = y * w;
    const r3 = clampY(y + 1) * w;
    const r4 = clampY(y + 2) * w;
    for (let x = 0; x < w; x++) {
      out[r2 + x] =
        ((tmp[r0 + x] ?? 0) +
          4 * (tmp[r1 + x] ?? 0) +
          6 * (tmp[r2 + x] ?? 0) +
          4 * (tmp[r3 + x] ?? 0) +
          (tmp[r4 + x] ?? 0)) /
        16;
    }
  }
  return { width: w, height: h, data: out };
}

/** Halves both sides by averaging 2 × 2 blocks (a last odd row or column is dropped). */
export function halve(plane: Plane): Plane {
  const w = Math.max(1, plane.width >> 1);
  const h = Math.max(1, plane.height >> 1);
  const src = plane.data;
  const sw = plane.width;
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const a = 2 * y * sw;
    const b = a + sw;
    for (let x = 0; x < w; x++) {
      const i = 2 * x;
      out[y * w + x] =
        ((src[a + i] ?? 0) + (src[a + i + 1] ?? 0) + (src[b + i] ?? 0) + (src[b + i + 1] ?? 0)) * 0.25;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Percentiles of values in 0..255 through a 256-bin histogram: exact to one grey level and one pass,
 * which matters when the worker measures many percentiles of a whole photo.
 */
export class Histogram256 {
  readonly bins = new Uint32Array(256);
  count = 0;

  add(value: number): void {
    const bin = value <= 0 ? 0 : value >= 255 ? 255 : Math.round(value);
    this.bins[bin] = (this.bins[bin] ?? 0) + 1;
    this.count++;
  }

  /** Adds many values in one call (the per-photo histogram has 150 000 of them). */
  addAll(values: Float32Array): void {
    const bins = this.bins;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] ?? 0;
      const bin = v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
      bins[bin] = (bins[bin] ?? 0) + 1;
    }
    this.count += values.length;
  }

  /** The smallest grey level at or below which at least `fraction` of the values lie (NaN when empty). */
  percentile(fraction: number): number {
    if (this.count === 0) return Number.NaN;
    const target = Math.max(1, Math.ceil(fraction * this.count));
    let seen = 0;
    for (let level = 0; level < 256; level++) {
      seen += this.bins[level] ?? 0;
      if (seen >= target) return level;
    }
    return 255;
  }

  /** Share of values at or above a level. */
  shareAtLeast(level: number): number {
    if (this.count === 0) return 0;
    let n = 0;
    for (let l = Math.max(0, Math.ceil(level)); l < 256; l++) n += this.bins[l] ?? 0;
    return n / this.count;
  }

  /** Share of values at or below a level. */
  shareAtMost(level: number): number {
    if (this.count === 0) return 0;
    let n = 0;
    for (let l = 0; l <= Math.min(255, Math.floor(level)); l++) n += this.bins[l] ?? 0;
    return n / this.count;
  }

  mean(): number {
    if (this.count === 0) return Number.NaN;
    let sum = 0;
    for (let l = 0; l < 256; l++) sum += l * (this.bins[l] ?? 0);
    return sum / this.count;
  }
}

/** Percentile of an arbitrary float array (copies and sorts; for small samples only). */
export function percentileOf(values: ArrayLike<number>, fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** A box given in fractions of the image, rounded to whole pixels and clipped to the image. */
export function fractionBox(
  width: number,
  height: number,
  fx: number,
  fy: number,
  fw: number,
  fh: number,
): Box {
  const x = Math.max(0, Math.min(width - 1, Math.round(fx * width)));
  const y = Math.max(0, Math.min(height - 1, Math.round(fy * height)));
  const right = Math.max(x + 1, Math.min(width, Math.round((fx + fw) * width)));
  const bottom = Math.max(y + 1, Math.min(height, Math.round((fy + fh) * height)));
  return { x, y, width: right - x, height: bottom - y };
}

/** The smallest box that holds all the given boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Scales a box from analysis pixels back to the photo's own pixels. */
export function scaleBox(box: Box, factor: number): Box {
  if (factor === 1) return box;
  return {
    x: Math.round(box.x * factor),
    y: Math.round(box.y * factor),
    width: Math.round(box.width * factor),
    height: Math.round(box.height * factor),
  };
}
