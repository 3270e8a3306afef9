/**
 * From a photo spec (seed, person, variant) to pixels, a JPEG and ground-truth labels.
 *
 * Every photo draws from its own PRNG derived from the seed and the photo id, never from a shared
 * stream, so any single photo can be re-rendered in isolation (an evaluation script can render a
 * thousand in memory without touching the library) and adding a variant does not reshuffle others.
 */
import jpeg from 'jpeg-js';

import { createRandom, hashString, type Random } from '../lib/random.js';
import {
  createPersonTraits,
  drawPortrait,
  faceBox,
  type Ornaments,
  type PersonTraits,
  type Raster,
  type Rgb,
  type Scene,
} from './draw.js';
import {
  DEFAULT_FILE_SIZE_RULE,
  STANDARD_HEIGHT,
  STANDARD_WIDTH,
  deriveChecks,
  isCompliant,
  type BackgroundLabel,
  type ExposureLabel,
  type HeadLabel,
  type OrnamentLabel,
  type PhotoChecks,
  type PhotoLabels,
  type PhotoVariant,
} from './manifest.js';

export interface PhotoSpec {
  /** Library seed. */
  seed: number;
  /** e.g. 'p007'. */
  personId: string;
  variant: PhotoVariant | 'card';
}

/** How the JPEG is encoded: 'normal' lands in the compliant size band, the others break the size rule. */
export type EncodingPlan = 'normal' | 'large' | 'small';

export interface RenderedPixels {
  spec: PhotoSpec;
  traits: PersonTraits;
  scene: Scene;
  raster: Raster;
  encoding: EncodingPlan;
  /** Labels known before encoding; `fileSizeOk` needs the byte count. */
  labels: Omit<PhotoLabels, 'fileSizeOk'>;
}

export interface RenderedPhoto extends RenderedPixels {
  id: string;
  width: number;
  height: number;
  jpeg: Uint8Array;
  quality: number;
  labels: PhotoLabels;
  checks: PhotoChecks;
  compliant: boolean;
}

/** Compliant photos are steered into this band so they are nowhere near either size limit. */
export const NORMAL_SIZE_BAND = { minBytes: 12.5 * 1024, maxBytes: 58 * 1024 } as const;
/** Size-rule breakers are kept clear of the limits too, so 1000- or 1024-byte kilobytes agree. */
const LARGE_MIN_BYTES = 112 * 1024;
const SMALL_MAX_BYTES = 8 * 1024;
/**
 * Photos encoded at or below this quality show 8x8 blocks, which the standard counts against
 * clarity. Every file-too-small photo lands here (there is no way to get under 9 KB at this size
 * without visible blocks), so those photos fail clarity as well as the size rule.
 */
export const VISIBLE_BLOCKS_MAX_QUALITY = 20;

export function photoId(personId: string, variant: PhotoSpec['variant']): string {
  return `${personId}-${variant}`;
}

function derivedRandom(seed: number, label: string): Random {
  return createRandom((hashString(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
}

/** The invented person behind every photo with this id; the same for all their photos. */
export function personTraits(seed: number, personId: string): PersonTraits {
  return createPersonTraits(derivedRandom(seed, `traits:${personId}`));
}

/**
 * The person as they looked when the card photo was taken, years earlier: different hair length
 * and clothes, no grey yet. The face itself is unchanged so a side-by-side still matches.
 */
export function earlierTraits(traits: PersonTraits, random: Random): PersonTraits {
  const grey = Math.abs(traits.hair[0] - traits.hair[2]) < 12 && traits.hair[0] > 80;
  const hair: Rgb = grey ? [58, 42, 30] : traits.hair;
  return {
    ...traits,
    hair,
    hairVolume: traits.hairVolume * random.float(0.8, 1.25),
    hairLength: Math.min(1, Math.max(0, traits.hairLength + random.float(-0.5, 0.5))),
    faceWidth: traits.faceWidth * random.float(0.99, 1.0),
    clothing: random.pick<Rgb>([
      [30, 34, 48],
      [40, 40, 42],
      [26, 40, 32],
      [54, 34, 30],
    ]),
    neckline: random.pick(['crew', 'v-neck', 'suit'] as const),
  };
}

const WHITE_BASE = 251;

function whiteBackground(r: Random): Scene['background'] {
  const v = r.float(247, 254);
  return {
    kind: 'plain',
    colour: [Math.min(255, v + r.float(-1.5, 1.5)), v, Math.min(255, v + r.float(-1.5, 1.5))],
    gradient: r.float(0.02, 0.05),
  };
}

function baseScene(r: Random, width: number, height: number): Scene {
  const headFraction = r.float(0.645, 0.675);
  return {
    width,
    height,
    head: {
      cx: width / 2 + r.float(-4, 4) * (width / STANDARD_WIDTH),
      crownY: r.float(0.06, 0.08) * height,
      height: headFraction * height,
    },
    background: whiteBackground(r),
    light: { x: r.float(-0.45, 0.45), y: -0.35, z: 0.85, ambient: r.float(0.5, 0.62) },
    eyesClosed: false,
    gaze: r.float(-0.15, 0.15),
    ornaments: {},
    blurSigma: 0,
    exposure: { gain: r.float(0.98, 1.04), lift: 0, gamma: 1 },
    cast: [1 + r.float(-0.02, 0.02), 1, 1 + r.float(-0.02, 0.02)],
    noiseSigma: r.float(1.2, 1.8),
    noiseSeed: r.int(0, 0x7fffffff),
  };
}

const HAT_COLOURS: readonly Rgb[] = [
  [150, 40, 40],
  [40, 60, 120],
  [200, 170, 60],
  [60, 60, 64],
  [110, 80, 50],
  [40, 110, 80],
];

interface VariantOutcome {
  scene: Scene;
  traits: PersonTraits;
  encoding: EncodingPlan;
  background: BackgroundLabel;
  exposure: ExposureLabel;
  head: HeadLabel;
  ornaments: OrnamentLabel[];
}

function applyVariant(spec: PhotoSpec, baseTraits: PersonTraits, r: Random): VariantOutcome {
  const v = spec.variant;
  let width = STANDARD_WIDTH;
  let height = STANDARD_HEIGHT;
  if (v === 'wrong-dimensions') {
    // Sizes people actually upload by mistake: a phone crop, a smaller crop, a passport-size photo.
    [width, height] = r.pick<[number, number]>([
      [480, 640],
      [300, 400],
      [413, 531],
    ]);
  }
  const scene = baseScene(r, width, height);
  let traits = baseTraits;
  const out: VariantOutcome = {
    scene,
    traits,
    encoding: 'normal',
    background: 'white',
    exposure: 'ok',
    head: 'ok',
    ornaments: [],
  };
  const ornaments: Ornaments = {};
  switch (v) {
    case 'card': {
      traits = earlierTraits(baseTraits, r);
      // Older camera: warmer white balance and a slightly different light.
      scene.cast = [1.015, 1, 0.97];
      scene.exposure.gain = r.float(0.97, 1.02);
      break;
    }
    case 'compliant-white':
    case 'wrong-dimensions':
    case 'file-too-large':
    case 'file-too-small':
      break;
    case 'compliant-blue': {
      // From the deep standard ID blue to a pale sky blue.
      const t = r.next();
      const deep: Rgb = [67, 142, 219];
      const pale: Rgb = [150, 196, 240];
      scene.background = {
        kind: 'plain',
        colour: [
          deep[0] + (pale[0] - deep[0]) * t,
          deep[1] + (pale[1] - deep[1]) * t,
          deep[2] + (pale[2] - deep[2]) * t,
        ],
        gradient: r.float(0.02, 0.05),
      };
      out.background = 'blue';
      break;
    }
    case 'background-grey': {
      const g = r.float(150, 195);
      scene.background = {
        kind: 'plain',
        colour: [g, g + r.float(-3, 3), g + r.float(-2, 6)],
        gradient: r.float(0.03, 0.08),
      };
      out.background = 'grey';
      break;
    }
    case 'background-red':
      scene.background = {
        kind: 'plain',
        colour: [r.float(198, 225), r.float(20, 45), r.float(30, 55)],
        gradient: r.float(0.02, 0.05),
      };
      out.background = 'red';
      break;
    case 'background-cluttered':
      scene.background = {
        kind: 'scenery',
        scene: r.pick(['outdoor', 'office'] as const),
        seed: r.int(0, 0x7fffffff),
      };
      out.background = 'cluttered';
      break;
    case 'background-shadow': {
      const side = r.chance(0.5) ? 1 : -1;
      scene.background = {
        kind: 'shadow',
        colour: [WHITE_BASE, WHITE_BASE, WHITE_BASE],
        offsetX: side * r.float(0.13, 0.2) * width,
        darkness: r.float(0.4, 0.55),
        softness: r.float(8, 16),
      };
      // The lamp sits on the opposite side of the shadow it casts.
      scene.light.x = -side * r.float(0.35, 0.55);
      out.background = 'shadow';
      break;
    }
    case 'blurred':
      scene.blurSigma = r.float(2.5, 4);
      break;
    case 'over-exposed':
      scene.exposure = { gain: r.float(1.75, 2.1), lift: r.float(20, 35), gamma: r.float(0.8, 0.9) };
      out.exposure = 'over';
      break;
    case 'under-exposed':
      scene.exposure = { gain: r.float(0.3, 0.4), lift: -10, gamma: r.float(1.2, 1.35) };
      out.exposure = 'under';
      break;
    case 'head-small':
      scene.head.height = r.float(0.38, 0.42) * height;
      scene.head.crownY = r.float(0.14, 0.2) * height;
      out.head = 'small';
      break;
    case 'head-off-centre':
      scene.head.cx = width / 2 + (r.chance(0.5) ? 1 : -1) * r.float(62, 80);
      out.head = 'off-centre';
      break;
    case 'head-cropped':
      if (r.chance(0.5)) {
        // Crown cut off: camera too low.
        scene.head.height = r.float(0.7, 0.76) * height;
        scene.head.crownY = -r.float(0.06, 0.1) * height;
      } else {
        // Too close: crown and chin both leave the frame.
        scene.head.height = r.float(1.0, 1.08) * height;
        scene.head.crownY = -r.float(0.03, 0.05) * height;
      }
      out.head = 'cropped';
      break;
    case 'eyes-closed':
      scene.eyesClosed = true;
      break;
    case 'hat':
      ornaments.hat = { style: r.pick(['beanie', 'brimmed'] as const), colour: r.pick(HAT_COLOURS) };
      out.ornaments = ['hat'];
      break;
    case 'earrings':
      ornaments.earrings = {
        style: r.pick(['hoop', 'drop'] as const),
        metal: r.pick<Rgb>([
          [222, 184, 70],
          [210, 210, 218],
        ]),
      };
      out.ornaments = ['earrings'];
      break;
    case 'necklace': {
      // A necklace under a shirt and tie would be hidden, so this sitter wears an open neckline.
      if (traits.neckline === 'suit') traits = { ...traits, neckline: 'v-neck' };
      const pearls = r.chance(0.4);
      ornaments.necklace = {
        style: pearls ? 'pearls' : 'chain',
        colour: pearls
          ? [238, 232, 222]
          : r.pick<Rgb>([
              [222, 184, 70],
              [210, 210, 218],
            ]),
        pendant: r.chance(0.6)
          ? r.pick<Rgb>([
              [200, 30, 60],
              [40, 90, 200],
              [222, 184, 70],
            ])
          : null,
      };
      out.ornaments = ['necklace'];
      break;
    }
    case 'tinted-glasses':
      ornaments.glasses = {
        tint: r.pick<Rgb>([
          [62, 62, 66],
          [92, 66, 46],
          [58, 78, 60],
        ]),
        frame: r.pick<Rgb>([
          [20, 20, 22],
          [120, 90, 50],
          [170, 170, 176],
        ]),
      };
      out.ornaments = ['tinted-glasses'];
      break;
    default: {
      const unknown: never = v;
      throw new Error(`unknown variant ${String(unknown)}`);
    }
  }
  if (v === 'file-too-large') out.encoding = 'large';
  if (v === 'file-too-small') out.encoding = 'small';
  scene.ornaments = ornaments;
  out.traits = traits;
  return out;
}

/** Renders the un-encoded pixels and the labels known before encoding. */
export function renderPixels(spec: PhotoSpec): RenderedPixels {
  const r = derivedRandom(spec.seed, `photo:${photoId(spec.personId, spec.variant)}`);
  const base = personTraits(spec.seed, spec.personId);
  const outcome = applyVariant(spec, base, r);
  const { scene, traits } = outcome;
  const raster = drawPortrait(traits, scene, createRandom(scene.noiseSeed));
  const box = faceBox(traits, scene.head);
  return {
    spec,
    traits,
    scene,
    raster,
    encoding: outcome.encoding,
    labels: {
      background: outcome.background,
      sharp: scene.blurSigma === 0,
      exposure: outcome.exposure,
      head: outcome.head,
      eyesOpen: !scene.eyesClosed,
      ornaments: outcome.ornaments,
      dimensionsOk: scene.width === STANDARD_WIDTH && scene.height === STANDARD_HEIGHT,
      face: {
        x: Math.round(box.x),
        y: Math.round(box.y),
        width: Math.round(box.width),
        height: Math.round(box.height),
      },
    },
  };
}

export function encodeJpeg(raster: Raster, quality: number): Uint8Array {
  const encoded = jpeg.encode({ width: raster.width, height: raster.height, data: raster.data }, quality);
  return new Uint8Array(encoded.data.buffer, encoded.data.byteOffset, encoded.data.byteLength);
}

export function decodeJpeg(bytes: Uint8Array): Raster {
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return {
    width: decoded.width,
    height: decoded.height,
    data: new Uint8ClampedArray(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength),
  };
}

/**
 * Chooses a quality for the plan and encodes. Quality is searched rather than fixed because file
 * size depends on the picture (hair texture, clutter), and the size labels must hold for every photo.
 */
function encodeForPlan(raster: Raster, plan: EncodingPlan, r: Random): { jpeg: Uint8Array; quality: number } {
  if (plan === 'large') {
    // Quality 100 keeps every bit of sensor noise: the same picture, just saved at maximum quality,
    // which is how oversized uploads happen in practice (140-160 KB here).
    const quality = 100;
    const bytes = encodeJpeg(raster, quality);
    if (bytes.length < LARGE_MIN_BYTES) throw new Error(`file-too-large photo only ${bytes.length} bytes`);
    return { jpeg: bytes, quality };
  }
  if (plan === 'small') {
    // The best quality that still fits: jpeg-js has no chroma subsampling, so at 358x441 this is
    // around quality 15-20, where 8x8 blocks are plainly visible.
    let quality = VISIBLE_BLOCKS_MAX_QUALITY;
    let bytes = encodeJpeg(raster, quality);
    while (bytes.length > SMALL_MAX_BYTES && quality > 2) {
      quality -= 2;
      bytes = encodeJpeg(raster, quality);
    }
    if (bytes.length > SMALL_MAX_BYTES) throw new Error(`file-too-small photo still ${bytes.length} bytes`);
    return { jpeg: bytes, quality };
  }
  let quality = r.int(84, 90);
  let bytes = encodeJpeg(raster, quality);
  while (bytes.length > NORMAL_SIZE_BAND.maxBytes && quality > 50) {
    quality -= 5;
    bytes = encodeJpeg(raster, quality);
  }
  while (bytes.length < NORMAL_SIZE_BAND.minBytes && quality < 97) {
    quality += 3;
    bytes = encodeJpeg(raster, quality);
  }
  return { jpeg: bytes, quality };
}

export function renderPhoto(spec: PhotoSpec): RenderedPhoto {
  const pixels = renderPixels(spec);
  const id = photoId(spec.personId, spec.variant);
  const { jpeg: bytes, quality } = encodeForPlan(
    pixels.raster,
    pixels.encoding,
    derivedRandom(spec.seed, `encode:${id}`),
  );
  const { face, ...rest } = pixels.labels;
  // Spelled out so the manifest's JSON keys follow the PhotoLabels declaration order.
  const labels: PhotoLabels = {
    ...rest,
    fileSizeOk:
      bytes.length >= DEFAULT_FILE_SIZE_RULE.minBytes && bytes.length <= DEFAULT_FILE_SIZE_RULE.maxBytes,
    face,
  };
  const checks = deriveChecks(labels, quality <= VISIBLE_BLOCKS_MAX_QUALITY);
  return {
    ...pixels,
    id,
    width: pixels.raster.width,
    height: pixels.raster.height,
    jpeg: bytes,
    quality,
    labels,
    checks,
    compliant: isCompliant(checks, labels),
  };
}
