/**
 * Background: the backdrop's colour, and whether the border around the sitter is that colour and
 * nothing else (no cast shadow, no scenery).
 *
 * The backdrop colour is read from the two top corners, the one place a sitter never reaches in an ID
 * photo. Every pixel of a border band (a strip along the top and both sides down to shoulder height) is
 * then sorted against it:
 * - matching: the backdrop itself (allowing the gentle fall-off of studio lighting);
 * - shadow: the backdrop's own hue, darker, and smooth (a cast shadow has no texture, hair does);
 * - bright patch: brighter than the backdrop and not skin-toned (sky, clouds, windows, lamps);
 * - anything else: the sitter's hair or shoulder reaching into the band, which the background check
 *   does not judge, if it is connected to the sitter; otherwise an object standing in the background.
 * The class map also serves the head outline (measure-head.ts) and the exposure measure, which must
 * tell backdrop showing in the face region from a blown-out face.
 */
import { BACKGROUND_THRESHOLDS } from './thresholds';
import { Histogram256, fractionBox, scaleBox, unionBox, type Box, type Plane } from './raster';
import type { PreparedPhoto } from './prepare';
import type { BackgroundColourClass, BackgroundMeasure, BackgroundValues, PhotoRules } from './types';

/** The border band, as fractions of the photo: a top strip, and side strips down to above the shoulders. */
export const BAND = { top: 0.06, side: 0.09, sideBottom: 0.6, corner: 0.12 } as const;

/** How far a pixel's chromaticity may stray from the backdrop's and still be the backdrop (or its shadow). */
const CHROMA_TOLERANCE = 0.06;
/** Brightness band of the backdrop itself, relative: studio backdrops fall off by up to ~5 % to the corners. */
const BACKDROP_LUMA_TOLERANCE = 0.1;
/** A shadow is between these fractions of the backdrop's brightness. */
const SHADOW_RANGE = { min: 0.3, max: 0.9 } as const;
/** Mean |Laplacian| of the smoothed luma over a tile at or below this counts as smooth (no texture). */
const SMOOTH_LAPLACIAN = 2;
/** A bright patch is this much brighter than the backdrop. */
const BRIGHTER_BY = 1.08;
/** Gradient (central difference) above which a band pixel counts as an edge. */
const EDGE_GRADIENT = 20;

export interface Backdrop {
  rgb: [number, number, number];
  luma: number;
  /** Chromaticity: each channel over the mean of the three (+10 so near-black pixels do not explode). */
  chroma: [number, number, number];
}

const chromaOf = (r: number, g: number, b: number): [number, number, number] => {
  const s = (r + g + b) / 3 + 10;
  return [r / s, g / s, b / s];
};

/** The backdrop colour: the per-channel median of the two top corners. */
export function readBackdrop(p: PreparedPhoto): Backdrop {
  const { width, height, data } = p.image;
  const rows = Math.max(1, Math.round(BAND.top * height));
  const cols = Math.max(1, Math.round(BAND.corner * width));
  const channels = [new Histogram256(), new Histogram256(), new Histogram256()] as const;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < width; x++) {
      if (x >= cols && x < width - cols) continue;
      const i = (y * width + x) * 4;
      channels[0].add(data[i] ?? 0);
      channels[1].add(data[i + 1] ?? 0);
      channels[2].add(data[i + 2] ?? 0);
    }
  }
  const rgb: [number, number, number] = [
    channels[0].percentile(0.5),
    channels[1].percentile(0.5),
    channels[2].percentile(0.5),
  ];
  return { rgb, luma: 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2], chroma: chromaOf(...rgb) };
}

/** Hue in degrees (0-360) and HSV saturation (0-1). */
function hueSaturation(r: number, g: number, b: number): { hue: number; saturation: number } {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0 || max === 0) return { hue: 0, saturation: 0 };
  let hue: number;
  if (max === r) hue = 60 * (((g - b) / d + 6) % 6);
  else if (max === g) hue = 60 * ((b - r) / d + 2);
  else hue = 60 * ((r - g) / d + 4);
  return { hue, saturation: d / max };
}

const T = BACKGROUND_THRESHOLDS;

function isNearWhite(r: number, g: number, b: number, luma: number): boolean {
  return luma >= T.whiteMinLuma && Math.max(r, g, b) - Math.min(r, g, b) <= T.whiteMaxChroma;
}

function isNearBlue(r: number, g: number, b: number): boolean {
  const { hue, saturation } = hueSaturation(r, g, b);
  // Below a blue channel of 60 it is navy or black, whatever the hue.
  return hue >= T.blueHueMin && hue <= T.blueHueMax && saturation >= T.blueMinSaturation && b >= 60;
}

/** The backdrop's colour class. A dim neutral backdrop in a dim photo may be white under-exposed: say so. */
export function classifyBackdrop(backdrop: Backdrop, photoBrightness: number): BackgroundColourClass {
  const [r, g, b] = backdrop.rgb;
  if (isNearWhite(r, g, b, backdrop.luma)) return 'white';
  if (isNearBlue(r, g, b)) return 'blue';
  const neutral = Math.max(r, g, b) - Math.min(r, g, b) <= T.whiteMaxChroma;
  if (neutral && photoBrightness < T.tooDarkBelow) return 'too-dark';
  return 'other';
}

export const PIXEL_CLASS = { matching: 0, shadow: 1, brightPatch: 2, other: 3 } as const;
export type PixelClass = (typeof PIXEL_CLASS)[keyof typeof PIXEL_CLASS];

/** Side of the square tiles over which smoothness is judged. */
const TILE = 6;

/**
 * Sorts every pixel of a box against the backdrop, row-major within the box. A pixel with the
 * backdrop's hue but darker is a shadow only if its 6 × 6 tile is smooth on average: a cast shadow has
 * no texture, while grey hair, even where its strands run smooth for a few pixels, has.
 */
export function classifyPixels(p: PreparedPhoto, backdrop: Backdrop, box: Box): Uint8Array {
  const { width, data } = p.image;
  const luma = p.luma.data;
  const out = new Uint8Array(box.width * box.height);
  const [c0, c1, c2] = backdrop.chroma;
  // Brightness limits in grey levels, so the per-pixel test needs no division.
  const refLuma = Math.max(1, backdrop.luma);
  const matchLow = refLuma * (1 - BACKDROP_LUMA_TOLERANCE);
  const matchHigh = refLuma * (1 + BACKDROP_LUMA_TOLERANCE);
  const shadowLow = refLuma * SHADOW_RANGE.min;
  const shadowHigh = refLuma * SHADOW_RANGE.max;
  const brightLow = refLuma * BRIGHTER_BY;
  for (let ty = box.y; ty < box.y + box.height; ty += TILE) {
    const tyEnd = Math.min(ty + TILE, box.y + box.height);
    for (let tx = box.x; tx < box.x + box.width; tx += TILE) {
      const txEnd = Math.min(tx + TILE, box.x + box.width);
      let shadowCandidates = 0;
      for (let y = ty; y < tyEnd; y++) {
        for (let x = tx; x < txEnd; x++) {
          const i = y * width + x;
          const r = data[i * 4] ?? 0;
          const g = data[i * 4 + 1] ?? 0;
          const b = data[i * 4 + 2] ?? 0;
          const l = luma[i] ?? 0;
          // Chromaticity distance <= tolerance, multiplied through by the pixel's scale s.
          const scale = (r + g + b) / 3 + 10;
          const limit = CHROMA_TOLERANCE * scale;
          const sameHue =
            Math.abs(r - c0 * scale) <= limit &&
            Math.abs(g - c1 * scale) <= limit &&
            Math.abs(b - c2 * scale) <= limit;
          let kind: PixelClass = PIXEL_CLASS.other;
          if (sameHue && l >= matchLow && l <= matchHigh) {
            kind = PIXEL_CLASS.matching;
          } else if (sameHue && l >= shadowLow && l < shadowHigh) {
            kind = PIXEL_CLASS.shadow;
            shadowCandidates++;
          } else if (l > brightLow && b >= r - 5) {
            // Skin is warm (red above blue); sky, clouds and lamps are not.
            kind = PIXEL_CLASS.brightPatch;
          }
          out[(y - box.y) * box.width + (x - box.x)] = kind;
        }
      }
      // Texture is only needed where a shadow is possible, which is rarely anywhere.
      if (shadowCandidates === 0) continue;
      let texture = 0;
      for (let y = ty; y < tyEnd; y++) {
        for (let x = tx; x < txEnd; x++) texture += laplacianAt(p.smoothLuma, x, y);
      }
      if (texture / ((tyEnd - ty) * (txEnd - tx)) > SMOOTH_LAPLACIAN) {
        for (let y = ty; y < tyEnd; y++) {
          for (let x = tx; x < txEnd; x++) {
            const j = (y - box.y) * box.width + (x - box.x);
            if (out[j] === PIXEL_CLASS.shadow) out[j] = PIXEL_CLASS.other;
          }
        }
      }
    }
  }
  return out;
}

/** Rows of the photo the class map covers (share of the height): the border band and the head search. */
export const CLASS_MAP_ROWS = 0.8;

export interface BackdropMap {
  backdrop: Backdrop;
  /** PIXEL_CLASS per pixel for the top `rows` rows, row-major over the full width. */
  classes: Uint8Array;
  /** 1 where a pixel belongs to the sitter: 'other' pixels connected to the middle of the frame. */
  sitter: Uint8Array;
  /**
   * 1 where a pixel is backdrop seen from the frame: 'matching' pixels connected to its top or sides.
   * Backdrop-coloured pixels inside the sitter (blown-out highlights on a face) are not.
   */
  openBackdrop: Uint8Array;
  rows: number;
}

/** Every sitter reaches this vertical strip of the frame (fractions of the width), even an off-centre one. */
const SITTER_STRIP = { from: 0.4, to: 0.6 } as const;

/**
 * The sitter: 'other' pixels 4-connected to the middle strip of the frame. What is left over in the
 * border, not the backdrop, not its shadow and not attached to the sitter, is something else standing
 * there: clutter. (Scenery touching the sitter joins the sitter; it is then caught as bright patches
 * or as a backdrop of the wrong colour.)
 */
export function sitterComponent(classes: Uint8Array, width: number, rows: number): Uint8Array {
  const seeds: number[] = [];
  const from = Math.floor(SITTER_STRIP.from * width);
  const to = Math.ceil(SITTER_STRIP.to * width);
  for (let y = 0; y < rows; y++) for (let x = from; x < to; x++) seeds.push(y * width + x);
  return connectedComponent(classes, width, rows, PIXEL_CLASS.other, seeds);
}

/** The backdrop seen from the frame: 'matching' pixels 4-connected to the top row or the side columns. */
export function openBackdropComponent(classes: Uint8Array, width: number, rows: number): Uint8Array {
  const seeds: number[] = [];
  for (let x = 0; x < width; x++) seeds.push(x);
  for (let y = 1; y < rows; y++) seeds.push(y * width, y * width + width - 1);
  return connectedComponent(classes, width, rows, PIXEL_CLASS.matching, seeds);
}

/** Pixels of one class 4-connected to any of the seeds (seeds of another class are skipped). */
function connectedComponent(
  classes: Uint8Array,
  width: number,
  rows: number,
  kind: PixelClass,
  seeds: readonly number[],
): Uint8Array {
  const member = new Uint8Array(classes.length);
  const stack = new Int32Array(classes.length);
  let top = 0;
  for (const i of seeds) {
    if (classes[i] === kind && member[i] === 0) {
      member[i] = 1;
      stack[top++] = i;
    }
  }
  const end = rows * width;
  while (top > 0) {
    const i = stack[--top] ?? 0;
    const x = i % width;
    // The four neighbours, written out: this loop runs for every member pixel.
    let j = i - 1;
    if (x > 0 && classes[j] === kind && member[j] === 0) {
      member[j] = 1;
      stack[top++] = j;
    }
    j = i + 1;
    if (x < width - 1 && classes[j] === kind && member[j] === 0) {
      member[j] = 1;
      stack[top++] = j;
    }
    j = i - width;
    if (j >= 0 && classes[j] === kind && member[j] === 0) {
      member[j] = 1;
      stack[top++] = j;
    }
    j = i + width;
    if (j < end && classes[j] === kind && member[j] === 0) {
      member[j] = 1;
      stack[top++] = j;
    }
  }
  return member;
}

const maps = new WeakMap<PreparedPhoto, BackdropMap>();

/** The backdrop and the class of every pixel against it, computed once per photo (background and head share it). */
export function backdropMap(p: PreparedPhoto): BackdropMap {
  const cached = maps.get(p);
  if (cached) return cached;
  const { width, height } = p.image;
  const backdrop = readBackdrop(p);
  const rows = Math.min(height, Math.ceil(CLASS_MAP_ROWS * height));
  const classes = classifyPixels(p, backdrop, { x: 0, y: 0, width, height: rows });
  const map = {
    backdrop,
    classes,
    sitter: sitterComponent(classes, width, rows),
    openBackdrop: openBackdropComponent(classes, width, rows),
    rows,
  };
  maps.set(p, map);
  return map;
}

/** |Laplacian| of a plane at an inner pixel (0 on the frame). */
export function laplacianAt(plane: Plane, x: number, y: number): number {
  const { width: w, height: h, data } = plane;
  if (x <= 0 || y <= 0 || x >= w - 1 || y >= h - 1) return 0;
  const i = y * w + x;
  return Math.abs(
    4 * (data[i] ?? 0) - (data[i - 1] ?? 0) - (data[i + 1] ?? 0) - (data[i - w] ?? 0) - (data[i + w] ?? 0),
  );
}

/** The band's three strips in analysis pixels. */
export function bandBoxes(width: number, height: number): Box[] {
  return [
    fractionBox(width, height, 0, 0, 1, BAND.top),
    fractionBox(width, height, 0, BAND.top, BAND.side, BAND.sideBottom - BAND.top),
    fractionBox(width, height, 1 - BAND.side, BAND.top, BAND.side, BAND.sideBottom - BAND.top),
  ];
}

const percent = (share: number): number => Math.round(share * 100);
const round3 = (v: number): number => Math.round(v * 1000) / 1000;

export function measureBackground(p: PreparedPhoto, rules: PhotoRules): BackgroundMeasure {
  const { values, areas } = backgroundValues(p);
  return judgeBackground(values, areas, rules);
}

/** What the border shows, independent of any region's rules (so the worker can cache it per photo). */
export function backgroundValues(p: PreparedPhoto): { values: BackgroundValues; areas: Box[] } {
  const { width, height, data } = p.image;
  const luma = p.luma.data;
  const { backdrop, classes, sitter } = backdropMap(p);
  const photoBrightness = p.histogram.percentile(0.99);
  const colour = classifyBackdrop(backdrop, photoBrightness);

  const boxes = bandBoxes(width, height);
  let total = 0;
  let matching = 0;
  let shadow = 0;
  let bright = 0;
  let detached = 0;
  let white = 0;
  let blue = 0;
  let edges = 0;
  for (const box of boxes) {
    for (let y = box.y; y < box.y + box.height; y++) {
      for (let x = box.x; x < box.x + box.width; x++) {
        const i = y * width + x;
        const r = data[i * 4] ?? 0;
        const g = data[i * 4 + 1] ?? 0;
        const b = data[i * 4 + 2] ?? 0;
        const l = luma[i] ?? 0;
        total++;
        const kind = classes[i];
        if (kind === PIXEL_CLASS.matching) matching++;
        else if (kind === PIXEL_CLASS.shadow) shadow++;
        else if (kind === PIXEL_CLASS.brightPatch) bright++;
        else if (!sitter[i]) detached++;
        if (isNearWhite(r, g, b, l)) white++;
        else if (isNearBlue(r, g, b)) blue++;
        if (x > 0 && y > 0 && x < width - 1 && y < height - 1) {
          const gx = ((luma[i + 1] ?? 0) - (luma[i - 1] ?? 0)) / 2;
          const gy = ((luma[i + width] ?? 0) - (luma[i - width] ?? 0)) / 2;
          if (gx * gx + gy * gy > EDGE_GRADIENT * EDGE_GRADIENT) edges++;
        }
      }
    }
  }
  const share = (n: number): number => (total > 0 ? n / total : 0);
  const values: BackgroundValues = {
    colour,
    rgb: backdrop.rgb,
    matchingShare: round3(share(matching)),
    nearWhiteShare: round3(share(white)),
    nearBlueShare: round3(share(blue)),
    shadowShare: round3(share(shadow)),
    brightPatchShare: round3(share(bright)),
    detachedShare: round3(share(detached)),
    edgeDensity: round3(share(edges)),
    photoBrightness,
  };
  return { values, areas: boxes.map((b) => scaleBox(b, p.scale)) };
}

/** The verdict on measured values under a region's rules (which backdrop colours it accepts). */
export function judgeBackground(
  values: BackgroundValues,
  areas: Box[],
  rules: PhotoRules,
): BackgroundMeasure {
  const { colour } = values;
  const thresholds = {
    whiteMinLuma: T.whiteMinLuma,
    whiteMaxChroma: T.whiteMaxChroma,
    blueHueMin: T.blueHueMin,
    blueHueMax: T.blueHueMax,
    blueMinSaturation: T.blueMinSaturation,
    tooDarkBelow: T.tooDarkBelow,
    minMatchingShare: T.minMatchingShare,
    maxShadowShare: T.maxShadowShare,
    maxBrightPatchShare: T.maxBrightPatchShare,
    maxDetachedShare: T.maxDetachedShare,
    acceptedColours: rules.acceptedBackgrounds,
  };
  const base = {
    measure: 'background',
    check: 'background',
    values,
    thresholds,
    region: unionBox(areas),
    areas,
    heuristic: false,
  } as const;
  const verdict = (
    v: BackgroundMeasure['verdict'],
    key: BackgroundMeasure['message']['key'],
    params: Record<string, number> = {},
  ): BackgroundMeasure => ({ ...base, verdict: v, message: { key, params } });

  if (colour === 'too-dark') return verdict('unsure', 'precheck.background.tooDark');
  if (colour === 'other') {
    const [red, green, blueChannel] = values.rgb;
    return verdict('likely-fail', 'precheck.background.wrongColour', { red, green, blue: blueChannel });
  }
  if (!rules.acceptedBackgrounds.includes(colour)) {
    return verdict(
      'likely-fail',
      colour === 'blue' ? 'precheck.background.blueNotAccepted' : 'precheck.background.whiteNotAccepted',
    );
  }
  if (values.shadowShare > T.maxShadowShare) {
    return verdict('likely-fail', 'precheck.background.shadow', {
      share: percent(values.shadowShare),
      limit: percent(T.maxShadowShare),
    });
  }
  if (values.brightPatchShare > T.maxBrightPatchShare) {
    return verdict('likely-fail', 'precheck.background.clutter', {
      share: percent(values.brightPatchShare),
      limit: percent(T.maxBrightPatchShare),
    });
  }
  if (values.detachedShare > T.maxDetachedShare) {
    return verdict('likely-fail', 'precheck.background.objects', {
      share: percent(values.detachedShare),
      limit: percent(T.maxDetachedShare),
    });
  }
  if (values.shadowShare > T.shadowUnsureAbove) {
    return verdict('unsure', 'precheck.background.shadow', {
      share: percent(values.shadowShare),
      limit: percent(T.maxShadowShare),
    });
  }
  if (values.brightPatchShare > T.brightPatchUnsureAbove) {
    return verdict('unsure', 'precheck.background.clutter', {
      share: percent(values.brightPatchShare),
      limit: percent(T.maxBrightPatchShare),
    });
  }
  if (values.detachedShare > T.detachedUnsureAbove) {
    return verdict('unsure', 'precheck.background.objects', {
      share: percent(values.detachedShare),
      limit: percent(T.maxDetachedShare),
    });
  }
  if (values.matchingShare < T.minMatchingShare) {
    return verdict('unsure', 'precheck.background.littleVisible', { share: percent(values.matchingShare) });
  }
  return verdict(
    'likely-pass',
    colour === 'white' ? 'precheck.background.okWhite' : 'precheck.background.okBlue',
    { share: percent(colour === 'white' ? values.nearWhiteShare : values.nearBlueShare) },
  );
}
