/**
 * Procedural ID-photo portraits of invented people.
 *
 * Everything here is pure: the same traits and scene always give the same pixels, so a seed
 * reproduces a photo without any file on disk. The output `Raster` is RGBA (alpha always 255),
 * row-major, 4 bytes per pixel, because both jpeg-js and the browser's ImageData take that layout.
 *
 * Shapes are painted back to front from signed-distance functions (negative inside, in pixels);
 * coverage comes from the distance, which anti-aliases every edge with one sample per pixel and lets
 * the same code draw soft shadows by widening the feather.
 */
import type { Random } from '../lib/random.js';

export type Rgb = readonly [number, number, number];

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGBA, alpha always 255. */
  readonly data: Uint8ClampedArray;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type HairStyle = 'short' | 'side-part' | 'fringe' | 'bob' | 'long' | 'buzz' | 'receding' | 'curly';
export type Neckline = 'crew' | 'v-neck' | 'suit';

export const HAIR_STYLES: readonly HairStyle[] = [
  'short',
  'side-part',
  'fringe',
  'bob',
  'long',
  'buzz',
  'receding',
  'curly',
];

export interface PersonTraits {
  skin: Rgb;
  hair: Rgb;
  hairStyle: HairStyle;
  /** Hair thickness above the skull, as a fraction of the crown-to-chin height. */
  hairVolume: number;
  /** How far long styles fall, 0 (shortest for the style) to 1. */
  hairLength: number;
  /** Horizontal position of the parting, -1 (left) to 1 (right); 0 is a centre parting. */
  partSide: number;
  /** Ear-root-to-ear-root width over crown-to-chin height. */
  faceWidth: number;
  /** How much the jaw narrows towards the chin (0 = egg, 0.3 = pointed). */
  jawTaper: number;
  /** Superellipse exponent of the lower face: 2 is round, higher is squarer. */
  jawSquareness: number;
  /** Eye line position relative to the default (multiplier around 1). */
  eyeLine: number;
  /** Distance between eye centres over face width. */
  eyeSpacing: number;
  /** Eye half-width over face width. */
  eyeSize: number;
  iris: Rgb;
  browThickness: number;
  browArch: number;
  noseWidth: number;
  noseLength: number;
  mouthWidth: number;
  lipFullness: number;
  lip: Rgb;
  earSize: number;
  neckWidth: number;
  shoulderWidth: number;
  clothing: Rgb;
  neckline: Neckline;
  /** Shirt colour shown inside a suit's V; a mid tone, never white. */
  shirt: Rgb;
  tie: Rgb;
  /** Seeds the procedural skin, hair and fabric textures. */
  textureSeed: number;
}

export interface HeadPlacement {
  /** Horizontal centre of the face, pixels. */
  cx: number;
  /** Top of the hair (crown), pixels; may be negative when the frame crops the head. */
  crownY: number;
  /** Crown-to-chin height, pixels. */
  height: number;
}

export type Background =
  | { kind: 'plain'; colour: Rgb; gradient: number }
  | { kind: 'scenery'; scene: 'outdoor' | 'office'; seed: number }
  | { kind: 'shadow'; colour: Rgb; offsetX: number; darkness: number; softness: number };

export interface Ornaments {
  hat?: { style: 'beanie' | 'brimmed'; colour: Rgb };
  earrings?: { style: 'hoop' | 'drop'; metal: Rgb };
  necklace?: { style: 'chain' | 'pearls'; colour: Rgb; pendant: Rgb | null };
  glasses?: { tint: Rgb; frame: Rgb };
}

export interface Scene {
  width: number;
  height: number;
  head: HeadPlacement;
  background: Background;
  /** Direction towards the key light (x right, y down, z towards the camera) and the fill level. */
  light: { x: number; y: number; z: number; ambient: number };
  eyesClosed: boolean;
  /** Iris offset as a fraction of the eye half-width (looking slightly off-axis). */
  gaze: number;
  ornaments: Ornaments;
  /** Optical blur applied before sensor noise, pixels; 0 for a sharp photo. */
  blurSigma: number;
  /** Tone curve: out = 255 * clamp01((in * gain + lift) / 255) ^ gamma. */
  exposure: { gain: number; lift: number; gamma: number };
  /** Per-channel white-balance multipliers. */
  cast: Rgb;
  /** Sensor noise standard deviation, 0-255 scale. */
  noiseSigma: number;
  noiseSeed: number;
}

// ---------------------------------------------------------------------------------------------
// Maths helpers

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const smoothstep = (e0: number, e1: number, v: number): number => {
  const t = clamp01((v - e0) / (e1 - e0));
  return t * t * (3 - 2 * t);
};
const mixRgb = (a: Rgb, b: Rgb, t: number): Rgb => [
  lerp(a[0], b[0], t),
  lerp(a[1], b[1], t),
  lerp(a[2], b[2], t),
];
const scaleRgb = (c: Rgb, k: number): Rgb => [c[0] * k, c[1] * k, c[2] * k];

/** Integer hash to [0, 1); textures use it instead of a PRNG stream so any pixel can be sampled in any order. */
function hash2(ix: number, iy: number, seed: number): number {
  let h = (Math.imul(ix, 0x27d4eb2d) ^ Math.imul(iy, 0x165667b1) ^ seed) | 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

/** Smooth value noise in [0, 1). */
function valueNoise(x: number, y: number, seed: number): number {
  const ix = Math.floor(x);
  const iy = Math.floor(y);
  const fx = x - ix;
  const fy = y - iy;
  const sx = fx * fx * (3 - 2 * fx);
  const sy = fy * fy * (3 - 2 * fy);
  const a = hash2(ix, iy, seed);
  const b = hash2(ix + 1, iy, seed);
  const c = hash2(ix, iy + 1, seed);
  const d = hash2(ix + 1, iy + 1, seed);
  return lerp(lerp(a, b, sx), lerp(c, d, sx), sy);
}

function fbm(x: number, y: number, seed: number, octaves: number): number {
  let sum = 0;
  let amp = 0.5;
  let norm = 0;
  let f = 1;
  for (let o = 0; o < octaves; o++) {
    sum += amp * valueNoise(x * f, y * f, seed + o * 101);
    norm += amp;
    amp *= 0.5;
    f *= 2.03;
  }
  return sum / norm;
}

// ---------------------------------------------------------------------------------------------
// Distance functions (pixels, negative inside)

type DistFn = (x: number, y: number) => number;

/** Approximate ellipse distance (Quilez); exact enough for anti-aliasing the moderately eccentric ellipses used here. */
function ellipseDist(x: number, y: number, cx: number, cy: number, a: number, b: number): number {
  const px = x - cx;
  const py = y - cy;
  const k0 = Math.hypot(px / a, py / b);
  const k1 = Math.hypot(px / (a * a), py / (b * b));
  if (k1 === 0) return -Math.min(a, b);
  return (k0 * (k0 - 1)) / k1;
}

function rotatedEllipseDist(
  x: number,
  y: number,
  cx: number,
  cy: number,
  a: number,
  b: number,
  angle: number,
): number {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const px = x - cx;
  const py = y - cy;
  return ellipseDist(c * px + s * py, -s * px + c * py, 0, 0, a, b);
}

function segmentDist(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const pax = x - ax;
  const pay = y - ay;
  const bax = bx - ax;
  const bay = by - ay;
  const h = clamp01((pax * bax + pay * bay) / (bax * bax + bay * bay || 1));
  return Math.hypot(pax - bax * h, pay - bay * h);
}

function roundedRectDist(
  x: number,
  y: number,
  cx: number,
  cy: number,
  hw: number,
  hh: number,
  r: number,
): number {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Convex polygon; exact inside, slightly underestimated beyond the corners, which anti-aliasing tolerates. */
function polygonDist(x: number, y: number, pts: readonly (readonly [number, number])[]): number {
  let cx = 0;
  let cy = 0;
  for (const [px, py] of pts) {
    cx += px / pts.length;
    cy += py / pts.length;
  }
  let d = -Infinity;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    if (!a || !b) continue;
    let nx = b[1] - a[1];
    let ny = a[0] - b[0];
    const len = Math.hypot(nx, ny) || 1;
    nx /= len;
    ny /= len;
    // Orient each edge normal away from the centroid so inside is negative whatever the winding.
    if ((cx - a[0]) * nx + (cy - a[1]) * ny > 0) {
      nx = -nx;
      ny = -ny;
    }
    d = Math.max(d, (x - a[0]) * nx + (y - a[1]) * ny);
  }
  return d;
}

/**
 * Turns any implicit function (negative inside, arbitrary units) into an approximate pixel distance
 * by dividing by its numeric gradient, so shapes can be written in whatever form is natural.
 */
function implicit(f: DistFn, gradientBound = Infinity, reach = 4): DistFn {
  const h = 0.5;
  return (x, y) => {
    const v = f(x, y);
    // With |grad f| <= gradientBound the true distance is at least |v| / bound, so far from the edge
    // the sign is all that matters and the four extra evaluations can be skipped.
    if (Math.abs(v) > gradientBound * reach) return v / gradientBound;
    const gx = (f(x + h, y) - f(x - h, y)) / (2 * h);
    const gy = (f(x, y + h) - f(x, y - h)) / (2 * h);
    const g = Math.hypot(gx, gy);
    return g > 1e-9 ? v / g : v;
  };
}

// ---------------------------------------------------------------------------------------------
// Canvas and painting

interface Canvas {
  width: number;
  height: number;
  /** Float RGB on the 0-255 scale; floats so that soft layers and blur do not band. */
  rgb: Float32Array;
}

type ColourFn = (x: number, y: number, out: Float64Array) => void;

interface PaintOptions {
  feather?: number;
  opacity?: number;
  /** normal: paint the colour; multiply: colour is a per-channel factor; screen: colour is a 0-1 lightening amount. */
  blend?: 'normal' | 'multiply' | 'screen';
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const scratch = new Float64Array(3);

/**
 * Caches a distance function at pixel centres, for shapes painted several times (a body under its
 * collar and lapels, an eye under its iris and pupil). Other sample points fall through.
 */
function memoDist(c: Canvas, dist: DistFn): DistFn {
  const buf = new Float32Array(c.width * c.height).fill(Number.NaN);
  return (x, y) => {
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    if (x - ix !== 0.5 || y - iy !== 0.5 || ix < 0 || iy < 0 || ix >= c.width || iy >= c.height)
      return dist(x, y);
    const i = iy * c.width + ix;
    const cached = buf[i] ?? Number.NaN;
    if (!Number.isNaN(cached)) return cached;
    const v = dist(x, y);
    buf[i] = v;
    return v;
  };
}

/** Bounding rectangle of a shape centred at (x, y); paint() pads it by the feather. */
function around(x: number, y: number, rx: number, ry: number): Rect {
  return { x0: x - rx, y0: y - ry, x1: x + rx, y1: y + ry };
}

function solid(c: Rgb): ColourFn {
  return (_x, _y, out) => {
    out[0] = c[0];
    out[1] = c[1];
    out[2] = c[2];
  };
}

function factor(k: number): ColourFn {
  return (_x, _y, out) => {
    out[0] = k;
    out[1] = k;
    out[2] = k;
  };
}

function paint(c: Canvas, rect: Rect, dist: DistFn, colour: ColourFn, opts: PaintOptions = {}): void {
  const feather = opts.feather ?? 1;
  const opacity = opts.opacity ?? 1;
  const blend = opts.blend ?? 'normal';
  const pad = Math.ceil(feather) + 1;
  const x0 = Math.max(0, Math.floor(rect.x0 - pad));
  const x1 = Math.min(c.width, Math.ceil(rect.x1 + pad));
  const y0 = Math.max(0, Math.floor(rect.y0 - pad));
  const y1 = Math.min(c.height, Math.ceil(rect.y1 + pad));
  const rgb = c.rgb;
  for (let y = y0; y < y1; y++) {
    const py = y + 0.5;
    for (let x = x0; x < x1; x++) {
      const px = x + 0.5;
      const d = dist(px, py);
      const cov = clamp01(0.5 - d / feather);
      if (cov <= 0) continue;
      const a = cov * opacity;
      colour(px, py, scratch);
      const i = (y * c.width + x) * 3;
      for (let k = 0; k < 3; k++) {
        const cur = rgb[i + k] ?? 0;
        const s = scratch[k] ?? 0;
        if (blend === 'normal') rgb[i + k] = cur + (s - cur) * a;
        else if (blend === 'multiply') rgb[i + k] = cur * (1 - a + a * s);
        else rgb[i + k] = cur + (255 - cur) * s * a;
      }
    }
  }
}

function gaussianBlur(c: Canvas, sigma: number): void {
  if (sigma <= 0) return;
  const radius = Math.ceil(sigma * 3);
  const kernel = new Float64Array(radius * 2 + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    kernel[i + radius] = v;
    sum += v;
  }
  for (let i = 0; i < kernel.length; i++) kernel[i] = (kernel[i] ?? 0) / sum;
  const { width: w, height: h } = c;
  const src = c.rgb;
  const tmp = new Float32Array(src.length);
  // Edge pixels are clamped, as a lens would not darken the frame border.
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let k = -radius; k <= radius; k++) {
        const xx = clamp(x + k, 0, w - 1);
        const wgt = kernel[k + radius] ?? 0;
        const j = (y * w + xx) * 3;
        r += (src[j] ?? 0) * wgt;
        g += (src[j + 1] ?? 0) * wgt;
        b += (src[j + 2] ?? 0) * wgt;
      }
      const i = (y * w + x) * 3;
      tmp[i] = r;
      tmp[i + 1] = g;
      tmp[i + 2] = b;
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let k = -radius; k <= radius; k++) {
        const yy = clamp(y + k, 0, h - 1);
        const wgt = kernel[k + radius] ?? 0;
        const j = (yy * w + x) * 3;
        r += (tmp[j] ?? 0) * wgt;
        g += (tmp[j + 1] ?? 0) * wgt;
        b += (tmp[j + 2] ?? 0) * wgt;
      }
      const i = (y * w + x) * 3;
      src[i] = r;
      src[i + 1] = g;
      src[i + 2] = b;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Person traits

const SKIN_PALETTE: readonly Rgb[] = [
  [246, 214, 190],
  [236, 192, 160],
  [222, 170, 132],
  [198, 140, 100],
  [165, 108, 72],
  [126, 80, 52],
  [92, 58, 38],
];

// Entries repeat to weight the draw: dark hair is the most common, grey is for a minority.
const HAIR_PALETTE: readonly { colour: Rgb; maxSkin: number }[] = [
  { colour: [22, 18, 16], maxSkin: 1 },
  { colour: [22, 18, 16], maxSkin: 1 },
  { colour: [40, 28, 21], maxSkin: 1 },
  { colour: [40, 28, 21], maxSkin: 1 },
  { colour: [64, 44, 30], maxSkin: 1 },
  { colour: [98, 66, 40], maxSkin: 0.6 },
  { colour: [128, 66, 36], maxSkin: 0.35 },
  { colour: [176, 140, 88], maxSkin: 0.3 },
  { colour: [150, 146, 140], maxSkin: 1 },
  { colour: [30, 24, 20], maxSkin: 1 },
  { colour: [52, 36, 26], maxSkin: 1 },
];

const IRIS_PALETTE: readonly { colour: Rgb; maxSkin: number }[] = [
  { colour: [52, 32, 20], maxSkin: 1 },
  { colour: [78, 48, 26], maxSkin: 1 },
  { colour: [110, 82, 42], maxSkin: 0.5 },
  { colour: [82, 104, 66], maxSkin: 0.3 },
  { colour: [70, 102, 140], maxSkin: 0.3 },
  { colour: [100, 112, 118], maxSkin: 0.3 },
];

/** Dark fabrics only: a white top would merge with a white background, which the standard forbids. */
const CLOTHING_PALETTE: readonly Rgb[] = [
  [28, 32, 44],
  [36, 36, 40],
  [22, 22, 24],
  [30, 44, 36],
  [58, 30, 34],
  [48, 40, 34],
  [34, 46, 70],
  [60, 62, 66],
];

const SHIRT_PALETTE: readonly Rgb[] = [
  [168, 186, 206],
  [176, 176, 180],
  [150, 168, 150],
  [190, 170, 160],
];

const TIE_PALETTE: readonly Rgb[] = [
  [110, 26, 34],
  [30, 40, 90],
  [40, 40, 44],
  [70, 60, 30],
];

function pickWeighted<T extends { maxSkin: number }>(random: Random, items: readonly T[], skin: number): T {
  const allowed = items.filter((item) => skin <= item.maxSkin);
  return random.pick(allowed.length > 0 ? allowed : items);
}

export function createPersonTraits(random: Random): PersonTraits {
  const skinT = random.next();
  const pos = skinT * (SKIN_PALETTE.length - 1);
  const lo = SKIN_PALETTE[Math.floor(pos)] ?? SKIN_PALETTE[0] ?? [200, 150, 120];
  const hi = SKIN_PALETTE[Math.ceil(pos)] ?? lo;
  const base = mixRgb(lo, hi, pos - Math.floor(pos));
  // A small hue wobble so two people with the same lightness are not identical.
  const warm = random.float(-8, 8);
  const skin: Rgb = [base[0] + warm * 0.5, base[1], base[2] - warm * 0.6];

  const hairEntry = pickWeighted(random, HAIR_PALETTE, skinT);
  const hairJitter = random.float(0.85, 1.15);
  const hair = scaleRgb(hairEntry.colour, hairJitter);
  const hairStyle = random.pick(HAIR_STYLES);
  const volumeByStyle: Record<HairStyle, [number, number]> = {
    short: [0.045, 0.062],
    'side-part': [0.05, 0.07],
    fringe: [0.05, 0.068],
    bob: [0.05, 0.07],
    long: [0.045, 0.065],
    buzz: [0.012, 0.02],
    receding: [0.025, 0.035],
    curly: [0.075, 0.1],
  };
  const [vMin, vMax] = volumeByStyle[hairStyle];

  const irisEntry = pickWeighted(random, IRIS_PALETTE, skinT);
  const lipBase = mixRgb(skin, [150, 60, 62], random.float(0.25, 0.4));
  const lip = scaleRgb(lipBase, random.float(0.85, 0.95));

  return {
    skin,
    hair,
    hairStyle,
    hairVolume: random.float(vMin, vMax),
    hairLength: random.next(),
    partSide: random.pick([-1, -0.6, 0, 0.6, 1]),
    faceWidth: random.float(0.695, 0.735),
    jawTaper: random.float(0.05, 0.22),
    jawSquareness: random.float(2.0, 2.7),
    eyeLine: random.float(0.97, 1.03),
    eyeSpacing: random.float(0.42, 0.47),
    eyeSize: random.float(0.086, 0.098),
    iris: irisEntry.colour,
    browThickness: random.float(0.014, 0.022),
    browArch: random.float(0.005, 0.016),
    noseWidth: random.float(0.2, 0.27),
    noseLength: random.float(0.94, 1.06),
    mouthWidth: random.float(0.32, 0.4),
    lipFullness: random.float(0.8, 1.25),
    lip,
    earSize: random.float(0.92, 1.08),
    neckWidth: random.float(0.56, 0.66),
    shoulderWidth: random.float(0.68, 0.78),
    clothing: scaleRgb(random.pick(CLOTHING_PALETTE), random.float(0.85, 1.15)),
    neckline: random.pick(['crew', 'v-neck', 'suit'] as const),
    shirt: random.pick(SHIRT_PALETTE),
    tie: random.pick(TIE_PALETTE),
    textureSeed: random.int(0, 0x7fffffff),
  };
}

// ---------------------------------------------------------------------------------------------
// Face layout: every feature position in pixels, derived from proportions of the head height

interface Layout {
  H: number;
  cx: number;
  crownY: number;
  chinY: number;
  eyeY: number;
  skullTopY: number;
  faceA: number;
  topH: number;
  botH: number;
  eyeDx: number;
  ew: number;
  eh: number;
  browY: number;
  noseY: number;
  mouthY: number;
  mouthHalf: number;
  earCX: number;
  earCY: number;
  earA: number;
  earB: number;
  earTopY: number;
  neckHalf: number;
  torsoTop: number;
  torsoW: number;
  torsoYc: number;
  torsoHs: number;
  hairA: number;
  hairB: number;
}

function layoutFace(t: PersonTraits, head: HeadPlacement): Layout {
  const H = head.height;
  const cx = head.cx;
  const crownY = head.crownY;
  const chinY = crownY + H;
  const eyeY = chinY - 0.485 * H * t.eyeLine;
  const skullTopY = crownY + t.hairVolume * H;
  const faceA = (t.faceWidth * H) / 2;
  const noseY = eyeY + 0.19 * H * t.noseLength;
  const earB = 0.128 * H * t.earSize;
  const earA = 0.05 * H * t.earSize;
  const earTopY = eyeY - 0.055 * H;
  const torsoTop = chinY + 0.13 * H;
  const torsoYc = chinY + 0.6 * H;
  const sideVolume =
    t.hairStyle === 'buzz' || t.hairStyle === 'receding'
      ? 0.012
      : t.hairStyle === 'short'
        ? 0.03
        : t.hairStyle === 'curly'
          ? 0.075
          : 0.045;
  const ew = t.eyeSize * 2 * faceA;
  return {
    H,
    cx,
    crownY,
    chinY,
    eyeY,
    skullTopY,
    faceA,
    topH: eyeY - skullTopY,
    botH: chinY - eyeY,
    eyeDx: t.eyeSpacing * faceA,
    ew,
    eh: ew * 0.37,
    browY: eyeY - 0.075 * H,
    noseY,
    mouthY: noseY + 0.085 * H,
    mouthHalf: t.mouthWidth * faceA,
    earCX: faceA * 0.96 + earA * 0.55,
    earCY: earTopY + earB,
    earA,
    earB,
    earTopY,
    neckHalf: t.neckWidth * faceA,
    torsoTop,
    torsoW: t.shoulderWidth * H,
    torsoYc,
    torsoHs: torsoYc - torsoTop,
    hairA: faceA + sideVolume * H,
    hairB: eyeY - crownY,
  };
}

/** Face box: crown to chin, ear root to ear root (the standard's "face width"). May extend past the frame. */
export function faceBox(traits: PersonTraits, head: HeadPlacement): Box {
  const L = layoutFace(traits, head);
  return { x: L.cx - L.faceA, y: L.crownY, width: 2 * L.faceA, height: L.H };
}

// ---------------------------------------------------------------------------------------------
// Lighting

interface Light {
  x: number;
  y: number;
  z: number;
  ambient: number;
}

function normaliseLight(l: Scene['light']): Light {
  const n = Math.hypot(l.x, l.y, l.z) || 1;
  return { x: l.x / n, y: l.y / n, z: l.z / n, ambient: l.ambient };
}

/** Lambert shading relative to a surface facing the camera, so a frontal surface reads as 1. */
function shadeNormal(light: Light, nx: number, ny: number, nz: number): number {
  const n = Math.hypot(nx, ny, nz) || 1;
  const dot = Math.max(0, (nx * light.x + ny * light.y + nz * light.z) / n);
  const front = Math.max(0.2, light.z);
  return light.ambient + (1 - light.ambient) * (dot / front);
}

// ---------------------------------------------------------------------------------------------
// Background

function drawBackground(c: Canvas, scene: Scene, L: Layout): void {
  const bg = scene.background;
  const { width: w, height: h } = c;
  if (bg.kind === 'plain' || bg.kind === 'shadow') {
    const colour = bg.colour;
    const gradient = bg.kind === 'plain' ? bg.gradient : 0.01;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        // Studio backdrops are lit from the front, so they fall off slightly towards the corners.
        const dx = (x - w / 2) / w;
        const dy = (y - h * 0.4) / h;
        const k = 1 - gradient * (dx * dx + dy * dy) * 2 + gradient * 0.15;
        const i = (y * w + x) * 3;
        c.rgb[i] = colour[0] * k;
        c.rgb[i + 1] = colour[1] * k;
        c.rgb[i + 2] = colour[2] * k;
      }
    }
    if (bg.kind === 'shadow') drawCastShadow(c, bg, L);
    return;
  }
  if (bg.scene === 'outdoor') drawOutdoor(c, bg.seed);
  else drawOffice(c, bg.seed);
  // Depth of field: the scenery sits far behind the sitter.
  gaussianBlur(c, 1.4);
}

function drawCastShadow(
  c: Canvas,
  bg: { offsetX: number; darkness: number; softness: number },
  L: Layout,
): void {
  const ox = bg.offsetX;
  const oy = 0.03 * L.H;
  const headCy = L.crownY + L.H * 0.47 + oy;
  const dist: DistFn = (x, y) => {
    const head = ellipseDist(x, y, L.cx + ox, headCy, L.hairA * 1.02, L.H * 0.52);
    const neck = Math.max(Math.abs(x - L.cx - ox) - L.neckHalf, L.chinY + oy - 0.1 * L.H - y);
    const u = Math.abs(x - L.cx - ox) / L.torsoW;
    const v = (L.torsoYc + oy - y) / L.torsoHs;
    const torso = v <= 0 ? (u - 1) * L.torsoW : (Math.hypot(u, v) - 1) * L.torsoW * 0.6;
    return Math.min(head, neck, torso);
  };
  paint(c, { x0: 0, y0: 0, x1: c.width, y1: c.height }, dist, factor(1 - bg.darkness), {
    feather: bg.softness,
    blend: 'multiply',
  });
}

function drawOutdoor(c: Canvas, seed: number): void {
  const { width: w, height: h } = c;
  const horizon = h * (0.55 + hash2(1, 2, seed) * 0.15);
  for (let y = 0; y < h; y++) {
    const t = y / horizon;
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      if (y < horizon) {
        c.rgb[i] = lerp(96, 196, t);
        c.rgb[i + 1] = lerp(150, 214, t);
        c.rgb[i + 2] = lerp(214, 236, t);
      } else {
        const n = fbm(x * 0.05, y * 0.08, seed, 3);
        c.rgb[i] = 92 + n * 40;
        c.rgb[i + 1] = 124 + n * 40;
        c.rgb[i + 2] = 70 + n * 20;
      }
    }
  }
  const full = { x0: 0, y0: 0, x1: w, y1: h };
  for (let k = 0; k < 5; k++) {
    const cx = hash2(k, 10, seed) * w;
    const cy = hash2(k, 11, seed) * horizon * 0.5;
    const a = 30 + hash2(k, 12, seed) * 50;
    paint(c, full, (x, y) => ellipseDist(x, y, cx, cy, a, a * 0.35), solid([245, 247, 250]), {
      feather: 12,
      opacity: 0.85,
    });
  }
  // Buildings: flat blocks with a grid of windows.
  let bx = -10;
  let b = 0;
  while (bx < w) {
    const bw = 40 + hash2(b, 20, seed) * 70;
    const top = horizon - 60 - hash2(b, 21, seed) * 140;
    const tone = 120 + hash2(b, 22, seed) * 90;
    const col: Rgb = [tone, tone * 0.96, tone * 0.9];
    const x0 = bx;
    paint(
      c,
      { x0, y0: top, x1: x0 + bw, y1: horizon },
      (x, y) => Math.max(x0 - x, x - (x0 + bw), top - y, y - horizon),
      solid(col),
    );
    for (let wy = top + 10; wy < horizon - 12; wy += 18) {
      for (let wx = x0 + 8; wx < x0 + bw - 12; wx += 16) {
        const lit = hash2(Math.floor(wx), Math.floor(wy), seed) > 0.5;
        paint(
          c,
          { x0: wx, y0: wy, x1: wx + 8, y1: wy + 10 },
          (x, y) => roundedRectDist(x, y, wx + 4, wy + 5, 4, 5, 1),
          solid(lit ? [230, 220, 170] : [60, 70, 86]),
        );
      }
    }
    bx += bw + 4 + hash2(b, 23, seed) * 30;
    b++;
  }
  // Trees in front of the buildings.
  for (let k = 0; k < 6; k++) {
    const tx = hash2(k, 30, seed) * w;
    const ty = horizon - 20 - hash2(k, 31, seed) * 60;
    const r = 25 + hash2(k, 32, seed) * 35;
    paint(
      c,
      { x0: tx - 4, y0: ty, x1: tx + 4, y1: horizon + 10 },
      (x, y) => Math.max(Math.abs(x - tx) - 4, ty - y, y - horizon - 10),
      solid([70, 52, 36]),
    );
    paint(
      c,
      { x0: tx - r, y0: ty - r * 1.3, x1: tx + r, y1: ty + r },
      (x, y) =>
        ellipseDist(x, y, tx, ty - r * 0.3, r, r * 1.1) + (fbm(x * 0.12, y * 0.12, seed + k, 2) - 0.5) * 14,
      (x, y, out) => {
        const n = fbm(x * 0.15, y * 0.15, seed + 7, 3);
        out[0] = 40 + n * 50;
        out[1] = 90 + n * 70;
        out[2] = 40 + n * 30;
      },
      { feather: 1.5 },
    );
  }
}

function drawOffice(c: Canvas, seed: number): void {
  const { width: w, height: h } = c;
  const wall: Rgb = [
    196 + hash2(1, 1, seed) * 30,
    186 + hash2(1, 2, seed) * 20,
    160 + hash2(1, 3, seed) * 30,
  ];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const k = 0.9 + 0.1 * (1 - y / h);
      c.rgb[i] = wall[0] * k;
      c.rgb[i + 1] = wall[1] * k;
      c.rgb[i + 2] = wall[2] * k;
    }
  }
  // Window on one side, bookshelf on the other, so clutter sits beside the head where it shows.
  const windowLeft = hash2(2, 2, seed) < 0.5;
  const wx0 = windowLeft ? w * 0.02 : w * 0.62;
  const wy0 = h * 0.08;
  const ww = w * 0.34;
  const wh = h * 0.45;
  paint(
    c,
    { x0: wx0 - 6, y0: wy0 - 6, x1: wx0 + ww + 6, y1: wy0 + wh + 6 },
    (x, y) => roundedRectDist(x, y, wx0 + ww / 2, wy0 + wh / 2, ww / 2 + 6, wh / 2 + 6, 2),
    solid([240, 240, 236]),
  );
  paint(
    c,
    { x0: wx0, y0: wy0, x1: wx0 + ww, y1: wy0 + wh },
    (x, y) => roundedRectDist(x, y, wx0 + ww / 2, wy0 + wh / 2, ww / 2, wh / 2, 1),
    (_x, y, out) => {
      const t = (y - wy0) / wh;
      out[0] = lerp(120, 190, t);
      out[1] = lerp(170, 215, t);
      out[2] = lerp(225, 240, t);
    },
  );
  paint(
    c,
    { x0: wx0, y0: wy0, x1: wx0 + ww, y1: wy0 + wh },
    (x, y) => Math.min(Math.abs(x - (wx0 + ww / 2)) - 3, Math.abs(y - (wy0 + wh / 2)) - 3),
    solid([240, 240, 236]),
  );
  const sx0 = windowLeft ? w * 0.66 : w * 0.02;
  const sw = w * 0.32;
  const shelfTop = h * 0.1;
  paint(
    c,
    { x0: sx0, y0: shelfTop, x1: sx0 + sw, y1: h },
    (x, y) => Math.max(sx0 - x, x - sx0 - sw, shelfTop - y),
    solid([110, 78, 50]),
  );
  for (let shelf = 0; shelf < 5; shelf++) {
    const sy = shelfTop + 8 + shelf * 70;
    let bx = sx0 + 6;
    let k = 0;
    while (bx < sx0 + sw - 12) {
      const bw = 6 + hash2(shelf, k, seed) * 9;
      const bh = 40 + hash2(k, shelf, seed) * 20;
      const hue = hash2(k + 7, shelf, seed);
      const col: Rgb = [60 + hue * 170, 60 + hash2(k, shelf + 9, seed) * 150, 60 + (1 - hue) * 150];
      const x0 = bx;
      paint(
        c,
        { x0, y0: sy + 60 - bh, x1: x0 + bw, y1: sy + 60 },
        (x, y) => Math.max(x0 - x, x - x0 - bw, sy + 60 - bh - y, y - sy - 60),
        solid(col),
      );
      bx += bw + 1;
      k++;
    }
    paint(
      c,
      { x0: sx0, y0: sy + 60, x1: sx0 + sw, y1: sy + 66 },
      (x, y) => Math.max(sx0 - x, x - sx0 - sw, sy + 60 - y, y - sy - 66),
      solid([90, 62, 40]),
    );
  }
  // A plant in the near corner.
  const px = windowLeft ? w * 0.12 : w * 0.86;
  const py = h * 0.78;
  paint(
    c,
    { x0: px - 40, y0: py - 80, x1: px + 40, y1: py + 10 },
    (x, y) => ellipseDist(x, y, px, py - 40, 42, 50) + (fbm(x * 0.2, y * 0.2, seed, 2) - 0.5) * 24,
    (x, y, out) => {
      const n = fbm(x * 0.2, y * 0.2, seed + 3, 3);
      out[0] = 30 + n * 40;
      out[1] = 90 + n * 80;
      out[2] = 40 + n * 30;
    },
    { feather: 1.5 },
  );
  paint(
    c,
    { x0: px - 22, y0: py, x1: px + 22, y1: h },
    (x, y) => Math.max(Math.abs(x - px) - 22 + (y - py) * 0.15, py - y),
    solid([170, 90, 60]),
  );
}

// ---------------------------------------------------------------------------------------------
// The person

function faceImplicit(L: Layout, t: PersonTraits): DistFn {
  return (x, y) => {
    const u = Math.abs(x - L.cx);
    const v = y - L.eyeY;
    if (v < 0) return Math.hypot(u / L.faceA, v / L.topH) - 1;
    const tv = v / L.botH;
    const s = 1 - t.jawTaper * tv * tv;
    const p = t.jawSquareness;
    return Math.pow(Math.pow(u / (L.faceA * s), p) + Math.pow(tv, p), 1 / p) - 1;
  };
}

function hairline(L: Layout, t: PersonTraits, u: number): number {
  // Vertical position of the hair's lower edge across the forehead; below it is skin.
  const au = Math.abs(u) / L.faceA;
  const H = L.H;
  const side = L.earTopY + 0.03 * H;
  switch (t.hairStyle) {
    case 'fringe': {
      const centre = L.browY - 0.05 * H;
      const jag = Math.sin(u * 0.45) * 1.5 + Math.sin(u * 0.23 + 1) * 1.2;
      return lerp(centre + jag, side, Math.pow(clamp01(au), 5));
    }
    case 'side-part':
    case 'bob': {
      // Swept over from the parting: lower on the side away from it.
      const centre = L.crownY + 0.22 * H + (t.hairStyle === 'bob' ? 0.02 * H : 0);
      const sweep = -t.partSide * (u / L.faceA) * 0.05 * H;
      return lerp(centre + sweep, side, Math.pow(clamp01(au), 2.4));
    }
    case 'receding': {
      const centre = L.crownY + 0.27 * H;
      // Deep temples: the hairline rises again before dropping to the ears.
      const temple = -0.06 * H * Math.exp(-Math.pow((au - 0.55) / 0.18, 2));
      return lerp(centre, side, Math.pow(clamp01(au), 2.2)) + temple;
    }
    case 'buzz':
      return lerp(L.crownY + 0.2 * H, side, Math.pow(clamp01(au), 2.2));
    case 'long':
      return lerp(L.crownY + 0.21 * H, side, Math.pow(clamp01(au), 1.8));
    case 'curly': {
      const bumps = Math.sin(u * 0.35) * 2 + Math.sin(u * 0.17 + 2) * 2;
      return lerp(L.crownY + 0.24 * H + bumps, side, Math.pow(clamp01(au), 2.2));
    }
    case 'short':
    default:
      return lerp(L.crownY + 0.2 * H, side, Math.pow(clamp01(au), 2.4));
  }
}

function hairShade(
  L: Layout,
  t: PersonTraits,
  light: Light,
  seed: number,
): (x: number, y: number, out: Float64Array, back: boolean) => void {
  const partX = L.cx + t.partSide * L.faceA * 0.35;
  const partY = L.crownY + 0.03 * L.H;
  const sheenY = L.crownY + 0.12 * L.H;
  return (x, y, out, back) => {
    let strand: number;
    if (t.hairStyle === 'curly') {
      // Tight curls: isotropic small-scale noise instead of directional strands.
      strand = 0.55 * valueNoise(x * 0.45, y * 0.45, seed) + 0.45 * valueNoise(x * 1.1, y * 1.1, seed + 3);
    } else if (back) {
      strand =
        0.6 * valueNoise((x - L.cx) * 0.35, y * 0.012, seed) +
        0.4 * valueNoise((x - L.cx) * 0.9, y * 0.02, seed + 5);
    } else {
      // Strands radiate from the parting, which is how combed hair reads from the front.
      const ang = Math.atan2(y - partY, x - partX);
      const r = Math.hypot(x - partX, y - partY);
      strand = 0.6 * valueNoise(ang * 38, r * 0.02, seed) + 0.4 * valueNoise(ang * 95, r * 0.03, seed + 9);
    }
    const nx = (x - L.cx) / L.hairA;
    const ny = (y - L.eyeY) / L.hairB;
    const nz = Math.sqrt(Math.max(0.05, 1 - nx * nx - ny * ny));
    let shade = shadeNormal(light, nx, ny, nz) * (0.78 + 0.38 * strand);
    if (back) shade *= 0.78;
    const sheen = back ? 0 : 0.22 * Math.exp(-Math.pow((y - sheenY) / (0.045 * L.H), 2)) * strand;
    for (let k = 0; k < 3; k++) {
      const base = (t.hair[k] ?? 0) * shade;
      out[k] = base + (200 - base) * sheen * 0.5;
    }
    // The parting shows a line of scalp/shadow.
    if (!back && t.hairStyle !== 'buzz' && t.hairStyle !== 'receding' && t.hairStyle !== 'fringe') {
      const dPart = Math.abs(x - partX - (y - partY) * t.partSide * 0.15);
      if (dPart < 1.6 && y < L.crownY + 0.16 * L.H) {
        const k = 0.75;
        out[0] = (out[0] ?? 0) * k;
        out[1] = (out[1] ?? 0) * k;
        out[2] = (out[2] ?? 0) * k;
      }
    }
  };
}

function drawBackHair(c: Canvas, L: Layout, t: PersonTraits, light: Light): void {
  if (t.hairStyle !== 'bob' && t.hairStyle !== 'long' && t.hairStyle !== 'fringe') return;
  const seed = t.textureSeed;
  const bottom =
    t.hairStyle === 'long'
      ? L.chinY + (0.25 + 0.3 * t.hairLength) * L.H
      : L.chinY - (0.05 - 0.1 * t.hairLength) * L.H;
  const half = L.faceA + (t.hairStyle === 'long' ? 0.09 : 0.08) * L.H;
  const top = L.eyeY - 0.1 * L.H;
  const dist: DistFn = (x, y) => {
    // The back of the head's hair, continuing into a curtain that falls to the hair length.
    const dome = ellipseDist(x, y, L.cx, L.eyeY, half, L.hairB * 0.97);
    const rect = roundedRectDist(x, y, L.cx, (top + bottom) / 2, half, (bottom - top) / 2, 0.06 * L.H);
    const ragged = (valueNoise(x * 0.25, 3, seed) - 0.5) * 6 * smoothstep(bottom - 20, bottom, y);
    return Math.min(dome, rect + ragged);
  };
  const shade = hairShade(L, t, light, seed);
  paint(
    c,
    { x0: L.cx - half, y0: L.crownY, x1: L.cx + half, y1: bottom + 4 },
    dist,
    (x, y, out) => shade(x, y, out, true),
    {
      feather: 1.5,
    },
  );
}

function drawNeckAndTorso(c: Canvas, L: Layout, t: PersonTraits, light: Light): void {
  const seed = t.textureSeed + 17;
  const neckTop = L.eyeY + 0.2 * L.H;
  const neckDist: DistFn = (x, y) => {
    const flare = L.neckHalf + 0.12 * L.H * smoothstep(L.torsoTop - 0.04 * L.H, L.torsoTop + 0.12 * L.H, y);
    return Math.max(Math.abs(x - L.cx) - flare, neckTop - y);
  };
  paint(
    c,
    { x0: L.cx - L.neckHalf - 0.12 * L.H, y0: neckTop, x1: L.cx + L.neckHalf + 0.12 * L.H, y1: c.height },
    neckDist,
    (x, y, out) => {
      const nx = (x - L.cx) / (L.neckHalf * 1.15);
      const s = shadeNormal(light, nx, 0, Math.sqrt(Math.max(0.05, 1 - nx * nx)));
      // The jaw shades the top of the neck.
      const jaw = 1 - 0.35 * Math.exp(-Math.max(0, y - L.chinY + 0.02 * L.H) / (0.07 * L.H));
      const k = 0.9 * s * jaw;
      out[0] = t.skin[0] * k * 1.02;
      out[1] = t.skin[1] * k;
      out[2] = t.skin[2] * k * 0.97;
    },
  );

  const p = 2.4;
  const torsoBody: DistFn = (x, y) => {
    const u = Math.abs(x - L.cx) / L.torsoW;
    const v = (L.torsoYc - y) / L.torsoHs;
    if (v <= 0) return Math.pow(u, p) - 1;
    return Math.pow(u, p) + v * v - 1;
  };
  const neckBase = L.torsoTop;
  const opening: DistFn = (() => {
    if (t.neckline === 'crew') {
      return (x: number, y: number) =>
        ellipseDist(x, y, L.cx, neckBase - 0.015 * L.H, L.neckHalf * 1.2, 0.055 * L.H);
    }
    const depth = t.neckline === 'suit' ? 0.42 * L.H : 0.2 * L.H;
    const halfTop = t.neckline === 'suit' ? L.neckHalf * 1.35 : L.neckHalf * 1.15;
    const k = halfTop / depth;
    const norm = Math.sqrt(1 + k * k);
    return (x: number, y: number) =>
      Math.max((Math.abs(x - L.cx) - (neckBase + depth - y) * k) / norm, neckBase - 0.1 * L.H - y);
  })();
  const torsoImplicit = memoDist(
    c,
    implicit(torsoBody, (p * Math.pow(2, p - 1)) / L.torsoW + 2 / L.torsoHs, 4),
  );
  const torsoDist: DistFn = (x, y) => Math.max(torsoImplicit(x, y), -opening(x, y));
  const cloth = t.clothing;
  const fabric: ColourFn = (x, y, out) => {
    const nx = (x - L.cx) / (L.torsoW * 1.05);
    const ny = clamp((L.torsoTop + 0.25 * L.H - y) / (0.6 * L.H), -0.2, 0.7);
    const s = shadeNormal(light, nx, -ny, Math.sqrt(Math.max(0.05, 1 - nx * nx - ny * ny)));
    const folds = 0.9 + 0.2 * fbm(x * 0.03, y * 0.05, seed, 3);
    const weave = 0.97 + 0.06 * hash2(Math.floor(x), Math.floor(y), seed);
    const k = s * folds * weave;
    out[0] = cloth[0] * k + 6;
    out[1] = cloth[1] * k + 6;
    out[2] = cloth[2] * k + 6;
  };
  const torsoRect = { x0: L.cx - L.torsoW, y0: L.torsoTop - 4, x1: L.cx + L.torsoW, y1: c.height };

  if (t.neckline === 'suit') {
    // Shirt and tie first; the jacket is painted over them leaving the V open.
    paint(c, torsoRect, torsoImplicit, (x, y, out) => {
      const s = 0.78 + 0.1 * fbm(x * 0.05, y * 0.05, seed + 3, 2);
      out[0] = t.shirt[0] * s;
      out[1] = t.shirt[1] * s;
      out[2] = t.shirt[2] * s;
    });
    const knotY = neckBase + 0.02 * L.H;
    paint(
      c,
      torsoRect,
      (x, y) => {
        const w = y < knotY + 0.04 * L.H ? 0.05 * L.H : 0.05 * L.H + (y - knotY) * 0.12;
        return Math.max(Math.abs(x - L.cx) - w * 0.55, knotY - 0.02 * L.H - y);
      },
      (x, y, out) => {
        const s = 0.85 + 0.25 * valueNoise(x * 0.3 + y * 0.3, 1, seed);
        out[0] = t.tie[0] * s;
        out[1] = t.tie[1] * s;
        out[2] = t.tie[2] * s;
      },
    );
    // Collar points: flat triangles folding down from the neck to either side of the knot.
    for (const side of [-1, 1]) {
      const pts: [number, number][] = [
        [L.cx + side * L.neckHalf * 1.08, neckBase - 0.045 * L.H],
        [L.cx + side * 0.012 * L.H, neckBase + 0.012 * L.H],
        [L.cx + side * 0.06 * L.H, neckBase + 0.085 * L.H],
      ];
      const collarRect = {
        x0: L.cx - L.neckHalf * 1.2,
        y0: neckBase - 0.06 * L.H,
        x1: L.cx + L.neckHalf * 1.2,
        y1: neckBase + 0.1 * L.H,
      };
      paint(
        c,
        collarRect,
        (x, y) => polygonDist(x, y, pts),
        (x, y, out) => {
          const s = 0.95 + 0.08 * fbm(x * 0.05, y * 0.05, seed + 5, 2);
          out[0] = t.shirt[0] * s;
          out[1] = t.shirt[1] * s;
          out[2] = t.shirt[2] * s;
        },
      );
      paint(c, collarRect, (x, y) => Math.abs(polygonDist(x, y, pts)) - 0.5, factor(0.75), {
        blend: 'multiply',
        feather: 1.2,
      });
    }
  }
  paint(c, torsoRect, torsoDist, fabric);
  if (t.neckline === 'crew') {
    // A ribbed collar band makes the neckline read as clothing, not a cut-out.
    paint(
      c,
      torsoRect,
      (x, y) => Math.max(torsoImplicit(x, y), Math.abs(opening(x, y)) - 0.012 * L.H),
      (x, y, out) => {
        fabric(x, y, out);
        out[0] = (out[0] ?? 0) * 0.8;
        out[1] = (out[1] ?? 0) * 0.8;
        out[2] = (out[2] ?? 0) * 0.8;
      },
    );
  }
  if (t.neckline === 'suit') {
    // Lapel edges.
    for (const side of [-1, 1]) {
      const ax = L.cx + side * L.neckHalf * 1.3;
      const ay = neckBase - 0.01 * L.H;
      const bx = L.cx + side * 0.02 * L.H;
      const by = neckBase + 0.42 * L.H;
      paint(
        c,
        torsoRect,
        (x, y) => Math.max(segmentDist(x, y, ax, ay, bx, by) - 1.2, torsoImplicit(x, y)),
        factor(0.6),
        { blend: 'multiply', feather: 1.5 },
      );
    }
  }
}

function drawEars(c: Canvas, L: Layout, t: PersonTraits, light: Light): void {
  for (const side of [-1, 1]) {
    const ecx = L.cx + side * L.earCX;
    const ecy = L.earCY;
    const tilt = side * 0.12;
    // Egg shape: the lobe is narrower than the top of the ear.
    const earDist = implicit((x, y) => {
      const dx = x - ecx;
      const dy = y - ecy;
      const ct = Math.cos(tilt);
      const st = Math.sin(tilt);
      const rx = ct * dx + st * dy;
      const ry = -st * dx + ct * dy;
      const narrow = ry > 0 ? 1 - 0.3 * (ry / L.earB) : 1;
      return Math.hypot(rx / (L.earA * narrow), ry / L.earB) - 1;
    });
    const rect = {
      x0: ecx - L.earA * 1.4,
      y0: ecy - L.earB * 1.2,
      x1: ecx + L.earA * 1.4,
      y1: ecy + L.earB * 1.2,
    };
    paint(c, rect, earDist, (x, y, out) => {
      const nx = side * 0.7 + ((x - ecx) / L.earA) * 0.5;
      const s = shadeNormal(light, nx, ((y - ecy) / L.earB) * 0.3, 0.8) * 0.93;
      out[0] = t.skin[0] * s * 1.03;
      out[1] = t.skin[1] * s * 0.98;
      out[2] = t.skin[2] * s * 0.96;
    });
    // Concha and helix fold: darker hollow inside, lighter rim.
    paint(
      c,
      rect,
      (x, y) =>
        rotatedEllipseDist(
          x,
          y,
          ecx - side * L.earA * 0.1,
          ecy - L.earB * 0.05,
          L.earA * 0.55,
          L.earB * 0.62,
          tilt,
        ),
      factor(0.78),
      { blend: 'multiply', feather: 3 },
    );
    paint(
      c,
      rect,
      (x, y) =>
        rotatedEllipseDist(
          x,
          y,
          ecx - side * L.earA * 0.2,
          ecy + L.earB * 0.05,
          L.earA * 0.28,
          L.earB * 0.3,
          tilt,
        ),
      factor(0.8),
      { blend: 'multiply', feather: 2.5 },
    );
  }
}

function drawFace(c: Canvas, L: Layout, t: PersonTraits, light: Light): DistFn {
  const seed = t.textureSeed + 31;
  // For this p-norm shape |grad f| <= sqrt(2) / (smallest semi-axis); 1.6 adds room for the jaw taper.
  const dist = implicit(faceImplicit(L, t), 1.6 / Math.min(L.faceA * (1 - t.jawTaper), L.botH, L.topH));
  const rect = { x0: L.cx - L.faceA, y0: L.skullTopY, x1: L.cx + L.faceA, y1: L.chinY };
  paint(c, rect, dist, (x, y, out) => {
    const u = (x - L.cx) / L.faceA;
    const v = y < L.eyeY ? (y - L.eyeY) / L.topH : (y - L.eyeY) / L.botH;
    const nz = Math.sqrt(Math.max(0.04, 1 - u * u * 0.92 - v * v * 0.55));
    const s = shadeNormal(light, u * 0.95, v * 0.6, nz);
    // Low-frequency blotches and fine pores keep the skin from looking like flat plastic.
    const tex =
      1 +
      0.05 * (fbm(x * 0.06, y * 0.06, seed, 3) - 0.5) +
      0.03 * (hash2(Math.floor(x), Math.floor(y), seed) - 0.5);
    const k = s * tex;
    // Shadowed skin is warmer (subsurface scattering), which is what keeps shading from looking grey.
    const warm = 1 - Math.min(1, s);
    out[0] = t.skin[0] * k * (1 + 0.05 * warm);
    out[1] = t.skin[1] * k;
    out[2] = t.skin[2] * k * (1 - 0.06 * warm);
  });
  return dist;
}

function drawFeatures(c: Canvas, L: Layout, t: PersonTraits, light: Light, scene: Scene): void {
  const H = L.H;
  const lightSide = light.x >= 0 ? 1 : -1;

  // Cheek warmth and eye sockets.
  for (const side of [-1, 1]) {
    const ex = L.cx + side * L.eyeDx;
    paint(
      c,
      around(ex, L.eyeY + 0.16 * H, 0.11 * H, 0.06 * H),
      (x, y) => ellipseDist(x, y, ex, L.eyeY + 0.16 * H, 0.11 * H, 0.06 * H),
      solid([200, 90, 90]),
      { feather: 18, opacity: 0.08 },
    );
    paint(
      c,
      around(ex, L.eyeY, L.ew * 1.4, L.eh * 2.4),
      (x, y) => ellipseDist(x, y, ex + side * 0.005 * H, L.eyeY - 0.008 * H, L.ew * 1.25, L.eh * 2.1),
      factor(0.86),
      { feather: 10, blend: 'multiply' },
    );
  }

  // Nose: a shaded side of the bridge, a lit tip, wings, a shadow under it and the nostrils.
  const shadowSide = -lightSide;
  paint(
    c,
    around(L.cx, (L.eyeY + L.noseY) / 2, 0.07 * H, (L.noseY - L.eyeY) / 2),
    (x, y) =>
      segmentDist(
        x,
        y,
        L.cx + shadowSide * 0.03 * H,
        L.eyeY + 0.02 * H,
        L.cx + shadowSide * 0.045 * H,
        L.noseY - 0.04 * H,
      ) -
      0.012 * H,
    factor(0.84),
    { feather: 8, blend: 'multiply' },
  );
  paint(
    c,
    around(L.cx, (L.eyeY + L.noseY) / 2, 0.02 * H, (L.noseY - L.eyeY) / 2),
    (x, y) => segmentDist(x, y, L.cx, L.eyeY + 0.05 * H, L.cx, L.noseY - 0.05 * H) - 0.006 * H,
    factor(0.1),
    { feather: 6, blend: 'screen' },
  );
  const noseHalf = t.noseWidth * L.faceA;
  paint(
    c,
    around(L.cx, L.noseY - 0.03 * H, 0.045 * H, 0.035 * H),
    (x, y) => ellipseDist(x, y, L.cx, L.noseY - 0.03 * H, 0.045 * H, 0.035 * H),
    factor(0.12),
    { feather: 6, blend: 'screen' },
  );
  for (const side of [-1, 1]) {
    paint(
      c,
      around(L.cx + side * noseHalf * 0.78, L.noseY - 0.022 * H, noseHalf * 0.3, 0.03 * H),
      (x, y) =>
        ellipseDist(x, y, L.cx + side * noseHalf * 0.78, L.noseY - 0.022 * H, noseHalf * 0.3, 0.03 * H),
      factor(side === shadowSide ? 0.86 : 0.93),
      { feather: 5, blend: 'multiply' },
    );
    // Wing crease: a thin darker arc that gives the nose its outline.
    paint(
      c,
      around(L.cx + side * noseHalf * 0.8, L.noseY - 0.022 * H, noseHalf * 0.35, 0.035 * H),
      (x, y) => {
        const wx = L.cx + side * noseHalf * 0.8;
        const ring = Math.abs(ellipseDist(x, y, wx, L.noseY - 0.022 * H, noseHalf * 0.3, 0.03 * H)) - 0.6;
        // Only the outer half of the ring: the crease where the wing meets the cheek.
        return Math.max(ring, -side * (x - wx) - noseHalf * 0.05, L.noseY - 0.045 * H - y);
      },
      factor(0.8),
      { feather: 1.8, blend: 'multiply' },
    );
  }
  paint(
    c,
    around(L.cx, L.noseY + 0.012 * H, noseHalf, 0.014 * H),
    (x, y) =>
      ellipseDist(x, y, L.cx + shadowSide * 0.008 * H, L.noseY + 0.012 * H, noseHalf * 0.85, 0.014 * H),
    factor(0.72),
    { feather: 5, blend: 'multiply' },
  );
  for (const side of [-1, 1]) {
    paint(
      c,
      around(L.cx + side * noseHalf * 0.4, L.noseY, noseHalf * 0.25, noseHalf * 0.25),
      (x, y) =>
        rotatedEllipseDist(
          x,
          y,
          L.cx + side * noseHalf * 0.4,
          L.noseY - 0.004 * H,
          noseHalf * 0.2,
          0.008 * H,
          side * 0.3,
        ),
      solid(scaleRgb(t.skin, 0.42)),
      { feather: 1.6, opacity: 0.85 },
    );
  }

  drawMouth(c, L, t, light);
  drawEyes(c, L, t, light, scene);
  drawBrows(c, L, t);
}

function drawMouth(c: Canvas, L: Layout, t: PersonTraits, light: Light): void {
  const H = L.H;
  const mh = L.mouthHalf;
  const my = L.mouthY;
  const upper = 0.022 * H * t.lipFullness;
  const lower = 0.03 * H * t.lipFullness;
  const rect = { x0: L.cx - mh - 4, y0: my - upper - 4, x1: L.cx + mh + 4, y1: my + lower + 6 };
  const lineY = (x: number): number => my + 0.004 * H * (1 - Math.pow((x - L.cx) / mh, 2));
  // Philtrum and chin-dimple shading.
  paint(
    c,
    { x0: L.cx - 10, y0: L.noseY, x1: L.cx + 10, y1: my },
    (x, y) => ellipseDist(x, y, L.cx, (L.noseY + my) / 2 + 0.005 * H, 0.018 * H, 0.03 * H),
    factor(0.93),
    { feather: 4, blend: 'multiply' },
  );
  paint(
    c,
    { x0: L.cx - mh, y0: my, x1: L.cx + mh, y1: my + lower * 2.6 },
    (x, y) => ellipseDist(x, y, L.cx, my + lower * 1.7, mh * 0.55, lower * 0.5),
    factor(0.8),
    { feather: 6, blend: 'multiply' },
  );
  const upperDist = implicit((x, y) => {
    const raw = (x - L.cx) / mh;
    const u = clamp(raw, -1, 1);
    // Cupid's bow: two bumps either side of a small dip at the centre.
    const bow = 1 - 0.25 * Math.exp(-Math.pow(u / 0.12, 2));
    const top = lineY(x) - upper * Math.pow(1 - u * u, 0.7) * bow;
    return Math.max((top - y) / upper, (y - lineY(x)) / upper, ((Math.abs(raw) - 1) * mh) / upper);
  });
  const lowerDist = implicit((x, y) => {
    const raw = (x - L.cx) / mh;
    const u = clamp(raw, -1, 1);
    const bottom = lineY(x) + lower * Math.pow(1 - u * u, 0.9);
    return Math.max((lineY(x) - y) / lower, (y - bottom) / lower, ((Math.abs(raw) - 1) * mh) / lower);
  });
  const lipColour =
    (k: number): ColourFn =>
    (x, y, out) => {
      const s = shadeNormal(light, (x - L.cx) / (mh * 1.6), (y - my) / (lower * 3), 1);
      const grain = 0.95 + 0.08 * valueNoise(x * 0.8, y * 0.2, t.textureSeed);
      out[0] = t.lip[0] * k * s * grain;
      out[1] = t.lip[1] * k * s * grain;
      out[2] = t.lip[2] * k * s * grain;
    };
  paint(c, rect, upperDist, lipColour(0.88), { feather: 1.3 });
  paint(c, rect, lowerDist, lipColour(1.02), { feather: 1.3 });
  // Highlight on the lower lip.
  paint(
    c,
    rect,
    (x, y) => ellipseDist(x, y, L.cx + 0.02 * H * light.x, my + lower * 0.45, mh * 0.35, lower * 0.18),
    factor(0.22),
    { feather: 3, blend: 'screen' },
  );
  // The line between closed lips, darkest at the corners.
  paint(
    c,
    rect,
    implicit((x, y) => {
      const u = (x - L.cx) / (mh * 1.04);
      return Math.max(Math.abs(y - lineY(x)) - 0.9 - 0.5 * Math.min(1, u * u), (Math.abs(u) - 1) * mh);
    }),
    solid(scaleRgb(t.lip, 0.35)),
    { feather: 1.2 },
  );
}

function drawEyes(c: Canvas, L: Layout, t: PersonTraits, light: Light, scene: Scene): void {
  const lash = mixRgb(t.hair, [18, 14, 12], 0.7);
  for (const side of [-1, 1]) {
    const ex = L.cx + side * L.eyeDx;
    const ey = L.eyeY;
    const ew = L.ew;
    const eh = L.eh;
    const rect = { x0: ex - ew * 1.3, y0: ey - eh * 3, x1: ex + ew * 1.3, y1: ey + eh * 2 };
    // Upper lid peaks nearer the inner corner, which is what makes an almond rather than a lemon.
    const upperAt = (x: number): number => {
      const u = (x - ex) / ew;
      const g = clamp01(1 - u * u);
      const tilt = 1 - 0.12 * u * side;
      return ey - eh * Math.pow(g, 0.75) * tilt;
    };
    const lowerAt = (x: number): number => {
      const u = (x - ex) / ew;
      return ey + eh * 0.78 * Math.pow(clamp01(1 - u * u), 1.05);
    };
    // Upper-lid crease.
    paint(
      c,
      rect,
      implicit((x, y) => {
        const raw = (x - ex) / (ew * 1.05);
        const u = clamp(raw, -1, 1);
        const crease = ey - eh * 1.55 * Math.pow(1 - u * u, 0.6);
        return Math.max(Math.abs(y - crease) - 0.8, (Math.abs(raw) - 1) * ew);
      }),
      factor(0.82),
      { feather: 2.2, blend: 'multiply' },
    );
    if (scene.eyesClosed) {
      // Closed: the lid covers the eye; only the lash line shows, curving down.
      paint(c, rect, (x, y) => ellipseDist(x, y, ex, ey - eh * 0.2, ew * 0.95, eh * 1.1), factor(0.1), {
        feather: 4,
        blend: 'screen',
      });
      paint(
        c,
        rect,
        implicit((x, y) => {
          const raw = (x - ex) / ew;
          const u = clamp(raw, -1, 1);
          const yl = ey + eh * 0.35 * (1 - u * u) - eh * 0.1;
          return Math.max(Math.abs(y - yl) - 1.1 * (1 - 0.5 * u * u), (Math.abs(raw) - 1) * ew);
        }),
        solid(lash),
        { feather: 1.2 },
      );
      for (let k = -3; k <= 3; k++) {
        const u = k / 4;
        const lx = ex + u * ew * 0.9;
        const ly = ey + eh * 0.35 * (1 - u * u) - eh * 0.1;
        paint(c, rect, (x, y) => segmentDist(x, y, lx, ly, lx + u * 2, ly + eh * 0.35) - 0.45, solid(lash), {
          feather: 1,
          opacity: 0.8,
        });
      }
      continue;
    }
    const eyeDist = memoDist(
      c,
      implicit((x, y) => {
        const raw = (x - ex) / ew;
        return Math.max(upperAt(x) - y, y - lowerAt(x), (Math.abs(raw) - 1) * ew) / eh;
      }),
    );
    // Sclera, shaded at the corners and under the upper lid.
    paint(
      c,
      rect,
      eyeDist,
      (x, y, out) => {
        const u = (x - ex) / ew;
        const lid = 1 - 0.35 * Math.exp(-(y - upperAt(x)) / (eh * 0.45));
        const k = (1 - 0.28 * Math.pow(Math.abs(u), 3)) * lid;
        out[0] = 232 * k;
        out[1] = 226 * k;
        out[2] = 220 * k;
      },
      { feather: 1.1 },
    );
    const ir = eh * 1.12;
    const icx = ex + scene.gaze * ew * 0.15;
    const icy = ey + eh * 0.05;
    const seed = t.textureSeed + side;
    paint(
      c,
      rect,
      (x, y) => Math.max(eyeDist(x, y), Math.hypot(x - icx, y - icy) - ir),
      (x, y, out) => {
        const r = Math.hypot(x - icx, y - icy) / ir;
        const ang = Math.atan2(y - icy, x - icx);
        const fibres = 0.85 + 0.3 * valueNoise(ang * 12, r * 3, seed);
        const limbal = r > 0.82 ? 0.55 : 1;
        const lid = 1 - 0.4 * Math.exp(-(y - upperAt(x)) / (eh * 0.45));
        const k = fibres * limbal * lid * (0.85 + 0.3 * r);
        out[0] = t.iris[0] * k;
        out[1] = t.iris[1] * k;
        out[2] = t.iris[2] * k;
      },
      { feather: 1.1 },
    );
    paint(
      c,
      rect,
      (x, y) => Math.max(eyeDist(x, y), Math.hypot(x - icx, y - icy) - ir * 0.42),
      solid([12, 10, 10]),
      { feather: 1.1 },
    );
    // Catchlight on the lit side of the pupil.
    paint(
      c,
      rect,
      (x, y) =>
        Math.max(
          eyeDist(x, y),
          Math.hypot(x - icx - ir * 0.35 * (light.x >= 0 ? 1 : -1), y - icy + ir * 0.35) - ir * 0.17,
        ),
      solid([250, 250, 250]),
      { feather: 1, opacity: 0.9 },
    );
    // Upper lash line, thicker towards the outer corner with a small flick.
    paint(
      c,
      rect,
      implicit((x, y) => {
        const rawOuter = ((x - ex) / ew) * side;
        const outer = clamp(rawOuter, -1.0, 1.12);
        const yl =
          outer > 0.95
            ? upperAt(ex + side * ew * 0.95) - (outer - 0.95) * eh * 0.8
            : upperAt(ex + side * outer * ew);
        const thick = 0.9 + 0.9 * clamp01((outer + 0.6) / 1.6);
        return Math.max(
          Math.abs(y - yl + thick * 0.4) - thick,
          (rawOuter - 1.12) * ew,
          (-1.0 - rawOuter) * ew,
        );
      }),
      solid(lash),
      { feather: 1.1 },
    );
    // Lower lid line, faint.
    paint(
      c,
      rect,
      implicit((x, y) => {
        const raw = (x - ex) / ew;
        return Math.max(Math.abs(y - lowerAt(x) - 0.5) - 0.5, (Math.abs(raw) - 0.95) * ew);
      }),
      factor(0.75),
      { feather: 1.3, blend: 'multiply' },
    );
  }
}

function drawBrows(c: Canvas, L: Layout, t: PersonTraits): void {
  const H = L.H;
  const colour =
    t.hairStyle === 'buzz' || t.hairStyle === 'receding' ? t.hair : mixRgb(t.hair, [20, 16, 14], 0.35);
  for (const side of [-1, 1]) {
    const inner = L.eyeDx - L.ew * 1.0;
    const outer = L.eyeDx + L.ew * 1.15;
    const mid = (inner + outer) / 2;
    const half = (outer - inner) / 2;
    const peak = inner + (outer - inner) * 0.62;
    const thickBase = t.browThickness * H;
    const browDist = implicit((x, y) => {
      const u = (x - L.cx) * side;
      const raw = (u - mid) / half;
      const s = clamp(raw, -1, 1);
      const us = mid + s * half;
      const arch = t.browArch * H * (1 - Math.pow((us - peak) / (half * 1.2), 2));
      const yc = L.browY - arch + 0.006 * H * (s + 1) * 0.5;
      // Thick at the inner end, tapering to a point at the outer end.
      const thick = thickBase * (0.5 - 0.35 * s) * (1 - Math.pow(Math.max(0, s), 6));
      return Math.max(Math.abs(y - yc) - thick, (Math.abs(raw) - 1) * half);
    });
    const rect = {
      x0: L.cx + side * mid - half - 4,
      y0: L.browY - 0.05 * H,
      x1: L.cx + side * mid + half + 4,
      y1: L.browY + 0.03 * H,
    };
    paint(
      c,
      rect,
      browDist,
      (x, y, out) => {
        const hairs = 0.75 + 0.5 * valueNoise(x * 0.9 + y * 0.5 * side, y * 0.2, t.textureSeed + 77);
        out[0] = colour[0] * hairs;
        out[1] = colour[1] * hairs;
        out[2] = colour[2] * hairs;
      },
      { feather: 1.6, opacity: 0.92 },
    );
  }
}

function drawFrontHair(c: Canvas, L: Layout, t: PersonTraits, light: Light): void {
  const seed = t.textureSeed + 101;
  const shade = hairShade(L, t, light, seed);
  const hairEllipse = (x: number, y: number): number => ellipseDist(x, y, L.cx, L.eyeY, L.hairA, L.hairB);
  const dist: DistFn = (x, y) => {
    const u = x - L.cx;
    const lowerEdge = Math.abs(u) <= L.faceA ? hairline(L, t, u) : L.earTopY;
    const edge = Math.max(hairEllipse(x, y), y - lowerEdge);
    // Flyaway strands roughen the outline slightly; curls make it bumpy.
    if (t.hairStyle === 'curly') return edge + (valueNoise(x * 0.18, y * 0.18, seed) - 0.5) * 7;
    return edge + (valueNoise(x * 0.6, y * 0.6, seed) - 0.5) * 1.6;
  };
  const rect = { x0: L.cx - L.hairA, y0: L.crownY, x1: L.cx + L.hairA, y1: L.earTopY + 0.06 * L.H };
  const buzz = t.hairStyle === 'buzz';
  // Soft shadow the hair casts on the forehead, painted first so the hair itself covers its top.
  if (!buzz) {
    paint(
      c,
      { x0: L.cx - L.faceA, y0: L.crownY, x1: L.cx + L.faceA, y1: L.browY },
      (x, y) => {
        const u = x - L.cx;
        const skull = ellipseDist(x, y, L.cx, L.eyeY, L.faceA * 0.92, L.topH);
        return Math.max(skull, y - hairline(L, t, u) - 0.01 * L.H);
      },
      factor(0.82),
      { feather: 6, blend: 'multiply' },
    );
  }
  paint(
    c,
    rect,
    dist,
    (x, y, out) => {
      shade(x, y, out, false);
      if (buzz) {
        // Cropped hair lets scalp show through as a fine stipple.
        const k = 0.85 + 0.3 * hash2(Math.floor(x * 1.3), Math.floor(y * 1.3), seed);
        out[0] = (out[0] ?? 0) * k;
        out[1] = (out[1] ?? 0) * k;
        out[2] = (out[2] ?? 0) * k;
      }
    },
    { feather: 1.8, opacity: buzz ? 0.88 : 1 },
  );
}

// ---------------------------------------------------------------------------------------------
// Ornaments

function metalShade(metal: Rgb, t: number): Rgb {
  // Metal reads as metal through a sharp bright highlight against a darker body.
  const k = 0.55 + 0.75 * Math.pow(t, 3);
  return [
    Math.min(255, metal[0] * k + 40 * t),
    Math.min(255, metal[1] * k + 40 * t),
    Math.min(255, metal[2] * k + 40 * t),
  ];
}

function drawEarrings(c: Canvas, L: Layout, o: NonNullable<Ornaments['earrings']>): void {
  for (const side of [-1, 1]) {
    const lx = L.cx + side * (L.earCX - L.earA * 0.05);
    const ly = L.earCY + L.earB * 0.82;
    const rect = { x0: lx - 0.06 * L.H, y0: ly - 6, x1: lx + 0.06 * L.H, y1: ly + 0.1 * L.H };
    paint(
      c,
      rect,
      (x, y) => Math.hypot(x - lx, y - ly) - 0.011 * L.H,
      (x, y, out) => {
        const m = metalShade(o.metal, clamp01(1 - Math.hypot(x - lx + 1, y - ly + 1) / (0.011 * L.H)));
        out[0] = m[0];
        out[1] = m[1];
        out[2] = m[2];
      },
    );
    if (o.style === 'hoop') {
      const r = 0.032 * L.H;
      const hy = ly + r * 0.9;
      paint(
        c,
        rect,
        (x, y) => Math.abs(Math.hypot(x - lx, y - hy) - r) - 0.0065 * L.H,
        (x, y, out) => {
          const ang = Math.atan2(y - hy, x - lx);
          const m = metalShade(o.metal, 0.5 + 0.5 * Math.cos(ang + 2.2));
          out[0] = m[0];
          out[1] = m[1];
          out[2] = m[2];
        },
        { feather: 1.1 },
      );
    } else {
      const dy = ly + 0.055 * L.H;
      paint(c, rect, (x, y) => segmentDist(x, y, lx, ly, lx, dy) - 0.8, solid(metalShade(o.metal, 0.6)));
      paint(
        c,
        rect,
        (x, y) => ellipseDist(x, y, lx, dy + 0.014 * L.H, 0.011 * L.H, 0.018 * L.H),
        (x, y, out) => {
          const m = metalShade(
            o.metal,
            clamp01(1 - Math.hypot(x - lx + 2, y - dy - 0.008 * L.H) / (0.02 * L.H)),
          );
          out[0] = m[0];
          out[1] = m[1];
          out[2] = m[2];
        },
      );
    }
  }
}

function drawNecklace(c: Canvas, L: Layout, o: NonNullable<Ornaments['necklace']>): void {
  const half = L.neckHalf * 1.02;
  const topY = L.torsoTop - 0.05 * L.H;
  const depth = 0.12 * L.H;
  const curveY = (x: number): number => topY + depth * (1 - Math.pow((x - L.cx) / half, 2));
  const rect = { x0: L.cx - half - 4, y0: topY - 6, x1: L.cx + half + 4, y1: topY + depth + 0.06 * L.H };
  if (o.style === 'pearls') {
    const r = 0.011 * L.H;
    // Beads spaced by arc length so they do not bunch on the steep ends.
    let x = L.cx - half;
    while (x <= L.cx + half) {
      const bx = x;
      const by = curveY(x);
      paint(
        c,
        { x0: bx - r, y0: by - r, x1: bx + r, y1: by + r },
        (px, py) => Math.hypot(px - bx, py - by) - r,
        (px, py, out) => {
          const h = clamp01(1 - Math.hypot(px - bx + r * 0.35, py - by + r * 0.35) / r);
          out[0] = o.colour[0] * (0.7 + 0.4 * h);
          out[1] = o.colour[1] * (0.7 + 0.4 * h);
          out[2] = o.colour[2] * (0.7 + 0.4 * h);
        },
      );
      const slope = (-2 * depth * (x - L.cx)) / (half * half);
      x += (2 * r) / Math.sqrt(1 + slope * slope);
    }
  } else {
    paint(
      c,
      rect,
      implicit((x, y) => {
        const u = (x - L.cx) / half;
        return Math.max(Math.abs(y - curveY(L.cx + clamp(u, -1, 1) * half)) - 1.1, (Math.abs(u) - 1) * half);
      }),
      (x, _y, out) => {
        const m = metalShade(o.colour, 0.45 + 0.5 * hash2(Math.floor(x / 2), 0, 7));
        out[0] = m[0];
        out[1] = m[1];
        out[2] = m[2];
      },
      { feather: 1 },
    );
  }
  if (o.pendant) {
    const px = L.cx;
    const py = topY + depth + 0.025 * L.H;
    const pendant = o.pendant;
    paint(
      c,
      rect,
      (x, y) => ellipseDist(x, y, px, py, 0.017 * L.H, 0.024 * L.H),
      (x, y, out) => {
        const h = clamp01(1 - Math.hypot(x - px + 2, y - py + 3) / (0.025 * L.H));
        out[0] = Math.min(255, pendant[0] * (0.6 + 0.6 * h) + 30 * h);
        out[1] = Math.min(255, pendant[1] * (0.6 + 0.6 * h) + 30 * h);
        out[2] = Math.min(255, pendant[2] * (0.6 + 0.6 * h) + 30 * h);
      },
    );
  }
}

function drawGlasses(c: Canvas, L: Layout, o: NonNullable<Ornaments['glasses']>): void {
  const H = L.H;
  const hw = L.ew * 1.45;
  const hh = L.eh * 2.5;
  const gy = L.eyeY + 0.004 * H;
  const frameT = 0.008 * H;
  const lensDist = (x: number, y: number, ex: number): number =>
    roundedRectDist(x, y, ex, gy, hw, hh, hh * 0.7);
  for (const side of [-1, 1]) {
    const ex = L.cx + side * L.eyeDx * 1.02;
    const rect = { x0: ex - hw - 4, y0: gy - hh - 4, x1: ex + hw + 4, y1: gy + hh + 4 };
    // Tinted lens: darker at the top (gradient tint), mostly hiding the eye behind it.
    paint(
      c,
      rect,
      (x, y) => lensDist(x, y, ex),
      (_x, y, out) => {
        const g = 0.8 + 0.3 * clamp01((y - (gy - hh)) / (2 * hh));
        out[0] = (o.tint[0] / 255) * g;
        out[1] = (o.tint[1] / 255) * g;
        out[2] = (o.tint[2] / 255) * g;
      },
      { blend: 'multiply' },
    );
    paint(
      c,
      rect,
      (x, y) => Math.max(lensDist(x, y, ex), Math.abs(x - ex + (y - gy) * 0.8 + hw * 0.3) - hw * 0.12),
      factor(0.18),
      { feather: 3, blend: 'screen' },
    );
    paint(c, rect, (x, y) => Math.abs(lensDist(x, y, ex)) - frameT / 2, solid(o.frame), { feather: 1.1 });
    // Temple arm running back to the ear.
    const ax = ex + side * hw;
    const bx = L.cx + side * (L.faceA * 1.0);
    paint(
      c,
      { x0: Math.min(ax, bx) - 3, y0: gy - hh, x1: Math.max(ax, bx) + 3, y1: gy },
      (x, y) => segmentDist(x, y, ax, gy - hh * 0.55, bx, gy - hh * 0.45) - frameT * 0.45,
      solid(o.frame),
      { feather: 1.1 },
    );
  }
  const bx0 = L.cx - L.eyeDx * 1.02 + hw;
  const bx1 = L.cx + L.eyeDx * 1.02 - hw;
  paint(
    c,
    { x0: bx0 - 2, y0: gy - hh, x1: bx1 + 2, y1: gy },
    implicit((x, y) => {
      const u = (x - L.cx) / ((bx1 - bx0) / 2 || 1);
      const yb = gy - hh * 0.45 - hh * 0.2 * (1 - u * u);
      return Math.max(Math.abs(y - yb) - frameT * 0.5, Math.abs(u) - 1.05);
    }),
    solid(o.frame),
    { feather: 1.1 },
  );
}

function drawHat(c: Canvas, L: Layout, o: NonNullable<Ornaments['hat']>, light: Light, seed: number): void {
  const H = L.H;
  if (o.style === 'beanie') {
    const bandBottom = L.browY - 0.07 * H;
    const bandTop = bandBottom - 0.07 * H;
    const a = L.hairA + 0.02 * H;
    const top = L.crownY - 0.05 * H;
    const rect = { x0: L.cx - a - 4, y0: top - 4, x1: L.cx + a + 4, y1: bandBottom + 4 };
    const dist: DistFn = (x, y) =>
      Math.max(ellipseDist(x, y, L.cx, bandBottom, a, bandBottom - top), y - bandBottom);
    const knit: ColourFn = (x, y, out) => {
      const nx = (x - L.cx) / a;
      const ny = (y - bandBottom) / (bandBottom - top);
      const s = shadeNormal(light, nx, ny, Math.sqrt(Math.max(0.05, 1 - nx * nx - ny * ny)));
      const rib =
        y > bandTop
          ? 0.8 + 0.2 * Math.abs(Math.sin((x - L.cx) * 0.55))
          : 0.85 + 0.15 * Math.abs(Math.sin((x - L.cx) * 0.35 + y * 0.25));
      const k = s * rib;
      out[0] = o.colour[0] * k;
      out[1] = o.colour[1] * k;
      out[2] = o.colour[2] * k;
    };
    paint(c, rect, dist, knit, { feather: 1.4 });
    paint(c, rect, (x, y) => Math.max(dist(x, y), Math.abs(y - bandTop) - 1), factor(0.7), {
      blend: 'multiply',
      feather: 1.5,
    });
    paint(
      c,
      { x0: L.cx - L.faceA, y0: bandBottom, x1: L.cx + L.faceA, y1: bandBottom + 0.05 * H },
      (x, y) =>
        Math.max(Math.abs(x - L.cx) - L.faceA * 0.95, Math.abs(y - bandBottom - 0.01 * H) - 0.012 * H),
      factor(0.8),
      { blend: 'multiply', feather: 6 },
    );
    return;
  }
  // Brimmed hat: a crown block on top of a wide elliptical brim seen from the front.
  // Worn low, as hats are: the brim crosses the upper forehead and the crown encloses the hair.
  const brimY = L.crownY + 0.29 * H;
  const crownHalf = L.hairA * 0.97;
  const crownTop = L.crownY - 0.07 * H;
  const brimA = L.faceA + 0.24 * H;
  const brimB = 0.045 * H;
  const rect = { x0: L.cx - brimA - 4, y0: crownTop - 4, x1: L.cx + brimA + 4, y1: brimY + brimB + 4 };
  const felt: ColourFn = (x, y, out) => {
    const nx = (x - L.cx) / brimA;
    const s = shadeNormal(light, nx * 1.5, 0, Math.sqrt(Math.max(0.05, 1 - nx * nx)));
    const n = 0.92 + 0.12 * fbm(x * 0.1, y * 0.1, seed, 2);
    out[0] = o.colour[0] * s * n;
    out[1] = o.colour[1] * s * n;
    out[2] = o.colour[2] * s * n;
  };
  paint(
    c,
    rect,
    // The crown flares slightly towards the brim.
    (x, y) =>
      roundedRectDist(
        x,
        y,
        L.cx,
        (crownTop + brimY) / 2,
        crownHalf * 0.9 + (y - crownTop) * 0.08,
        (brimY - crownTop) / 2,
        0.08 * H,
      ),
    felt,
    { feather: 1.3 },
  );
  paint(
    c,
    rect,
    (x, y) => roundedRectDist(x, y, L.cx, brimY - 0.03 * H, crownHalf + 2, 0.022 * H, 2),
    factor(0.45),
    { blend: 'multiply', feather: 1.2 },
  );
  paint(
    c,
    rect,
    (x, y) => ellipseDist(x, y, L.cx, brimY, brimA, brimB),
    (x, y, out) => {
      felt(x, y, out);
      const under = y > brimY ? 0.7 : 1.05;
      out[0] = (out[0] ?? 0) * under;
      out[1] = (out[1] ?? 0) * under;
      out[2] = (out[2] ?? 0) * under;
    },
    { feather: 1.3 },
  );
  // The brim throws the forehead into shadow.
  paint(
    c,
    { x0: L.cx - L.faceA, y0: brimY, x1: L.cx + L.faceA, y1: brimY + 0.12 * H },
    (x, y) => Math.max(Math.abs(x - L.cx) - L.faceA, y - brimY - 0.06 * H),
    factor(0.72),
    { blend: 'multiply', feather: 14 },
  );
}

// ---------------------------------------------------------------------------------------------
// Post-processing and the public entry point

function finish(c: Canvas, scene: Scene, random: Random): Raster {
  const { width: w, height: h } = c;
  const out = new Uint8ClampedArray(w * h * 4);
  const { gain, lift, gamma } = scene.exposure;
  const lut = new Float32Array(1024);
  // A lookup table over a slightly extended range keeps the tone curve off the per-pixel path.
  for (let i = 0; i < lut.length; i++) {
    const v = (i / (lut.length - 1)) * 320;
    lut[i] = 255 * Math.pow(clamp01((v * gain + lift) / 255), gamma);
  }
  const tone = (v: number): number => {
    const idx = clamp(Math.round((v / 320) * (lut.length - 1)), 0, lut.length - 1);
    return lut[idx] ?? 0;
  };
  const sigma = scene.noiseSigma;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const o = (y * w + x) * 4;
      // Sensor noise is mostly luminance with a little chroma, as in real cameras. The chroma part
      // is uniform (same variance as a 0.35-sigma normal) because it is cheaper and nobody can tell.
      const luma = sigma > 0 ? random.normal() * sigma : 0;
      for (let k = 0; k < 3; k++) {
        const v = (c.rgb[i + k] ?? 0) * (scene.cast[k] ?? 1);
        const chroma = sigma > 0 ? (random.next() - 0.5) * sigma * 1.2 : 0;
        out[o + k] = Math.round(tone(v) + luma + chroma);
      }
      out[o + 3] = 255;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Renders one portrait. Deterministic: the same traits, scene and noise seed give identical bytes.
 */
export function drawPortrait(traits: PersonTraits, scene: Scene, random: Random): Raster {
  const c: Canvas = {
    width: scene.width,
    height: scene.height,
    rgb: new Float32Array(scene.width * scene.height * 3),
  };
  const L = layoutFace(traits, scene.head);
  const light = normaliseLight(scene.light);
  drawBackground(c, scene, L);
  drawBackHair(c, L, traits, light);
  drawNeckAndTorso(c, L, traits, light);
  if (scene.ornaments.necklace) drawNecklace(c, L, scene.ornaments.necklace);
  drawEars(c, L, traits, light);
  drawFace(c, L, traits, light);
  drawFeatures(c, L, traits, light, scene);
  if (scene.ornaments.hat) {
    // A hat hides the hair on top but not what shows below its rim.
    drawFrontHair(c, L, traits, light);
    drawHat(c, L, scene.ornaments.hat, light, traits.textureSeed);
  } else {
    drawFrontHair(c, L, traits, light);
  }
  if (scene.ornaments.earrings) drawEarrings(c, L, scene.ornaments.earrings);
  if (scene.ornaments.glasses) drawGlasses(c, L, scene.ornaments.glasses);
  gaussianBlur(c, scene.blurSigma);
  return finish(c, scene, random);
}
