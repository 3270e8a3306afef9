/**
 * Head size and position, HEURISTIC: no face detector runs here, so this outlines whatever stands in
 * front of a plain backdrop and reads the top of that outline (crown, or hat), its widest extent just
 * below (hair and ears included) and its centre. It cannot see eyes, pose, expression or a second face, and it
 * cannot work in front of scenery; a detector (see the report) would replace it.
 */
import { HEAD_THRESHOLDS, BACKGROUND_THRESHOLDS } from './thresholds';
import { CLASS_MAP_ROWS, backdropMap } from './measure-background';
import { scaleBox } from './raster';
import type { PreparedPhoto } from './prepare';
import type { BackgroundMeasure, ExposureMeasure, HeadGeometryMeasure } from './types';

/** The crown is looked for in the middle of the frame (fractions of the width); the sides may hold hair of an off-centre head. */
const CROWN_SPAN = { from: 0.15, to: 0.85 } as const;
/** A row's outline edges are runs of at least this many sitter pixels: lone noisy pixels are not the sitter. */
const MIN_RUN = 3;
/**
 * The head is measured in a window below the crown (share of the photo height): deep enough to reach
 * the ears of a standard head (about 0.26 below the crown), shallow enough to stop above the shoulders
 * of a small one (about 0.45 below).
 */
const HEAD_WINDOW = 0.3;
/** The centre is read from the top of the outline (hair and skull are symmetric; shoulders and a tilted neck are not). */
const CENTRE_WINDOW = 0.2;
/** Rows searched for the sitter at all: those the backdrop class map covers. */
const HEAD_SEARCH_TO = CLASS_MAP_ROWS;

const round3 = (v: number): number => Math.round(v * 1000) / 1000;
const percent = (share: number): number => Math.round(share * 100);

export interface HeadOutline {
  crownRow: number;
  /** Leftmost and rightmost outline pixel at the widest row of the head window. */
  left: number;
  right: number;
  /** Horizontal centre of the top of the outline, in pixels. */
  centre: number;
  /** Last row of the head window. */
  bottomRow: number;
}

/** Outermost runs of at least MIN_RUN sitter pixels in a row, or null if none. */
function rowExtent(
  mask: Uint8Array,
  width: number,
  y: number,
  from = 0,
  to = width,
): [number, number] | null {
  let left = -1;
  let run = 0;
  for (let x = from; x < to; x++) {
    run = mask[y * width + x] ? run + 1 : 0;
    if (run >= MIN_RUN) {
      left = x - MIN_RUN + 1;
      break;
    }
  }
  if (left < 0) return null;
  let right = left;
  run = 0;
  for (let x = to - 1; x >= from; x--) {
    run = mask[y * width + x] ? run + 1 : 0;
    if (run >= MIN_RUN) {
      right = x + MIN_RUN - 1;
      break;
    }
  }
  return [left, right];
}

/** The sitter mask: 'other' pixels connected to the middle of the frame (see sitterComponent). */
export function sitterMask(p: PreparedPhoto): Uint8Array {
  return backdropMap(p).sitter;
}

export function outlineHead(mask: Uint8Array, width: number, height: number): HeadOutline | null {
  const spanFrom = Math.floor(CROWN_SPAN.from * width);
  const spanTo = Math.ceil(CROWN_SPAN.to * width);
  const lastRow = Math.min(height, Math.ceil(HEAD_SEARCH_TO * height));
  let crownRow = -1;
  for (let y = 0; y < lastRow; y++) {
    if (rowExtent(mask, width, y, spanFrom, spanTo)) {
      crownRow = y;
      break;
    }
  }
  if (crownRow < 0) return null;
  const bottomRow = Math.min(lastRow - 1, crownRow + Math.round(HEAD_WINDOW * height));
  const centreRow = crownRow + Math.round(CENTRE_WINDOW * height);
  let best: [number, number] | null = null;
  let centreSum = 0;
  let centreRows = 0;
  for (let y = crownRow; y <= bottomRow; y++) {
    const extent = rowExtent(mask, width, y);
    if (!extent) continue;
    if (!best || extent[1] - extent[0] > best[1] - best[0]) best = extent;
    if (y <= centreRow) {
      centreSum += (extent[0] + extent[1] + 1) / 2;
      centreRows++;
    }
  }
  if (!best || centreRows === 0) return null;
  return { crownRow, left: best[0], right: best[1], centre: centreSum / centreRows, bottomRow };
}

/**
 * The outline is only meaningful in front of a plain backdrop (of any colour) and in a photo exposed well
 * enough for the face to differ from a white backdrop: scenery has outlines of its own, a cast shadow
 * joins the outline, and a washed-out face merges with the backdrop. `background` and `exposure` are this
 * photo's own measures.
 */
export function measureHeadGeometry(
  p: PreparedPhoto,
  background: BackgroundMeasure,
  exposure: ExposureMeasure,
): HeadGeometryMeasure {
  const { width, height } = p.image;
  const T = HEAD_THRESHOLDS;
  const thresholds = {
    maxCentreOffset: T.maxCentreOffset,
    minHeadWidth: T.minHeadWidth,
    maxCrownY: T.maxCrownY,
  };
  const mask = sitterMask(p);
  const outline = outlineHead(mask, width, height);
  const bg = background.values;
  // Scenery: bright patches on a white or blue backdrop, or a backdrop of another colour that does not
  // fill the border (a plain grey or red one does, and the outline works in front of it).
  const busy =
    bg.brightPatchShare > BACKGROUND_THRESHOLDS.brightPatchUnsureAbove ||
    bg.shadowShare > BACKGROUND_THRESHOLDS.shadowUnsureAbove ||
    (bg.colour === 'other' && bg.matchingShare < HEAD_THRESHOLDS.minPlainBackdropShare);
  const overExposed =
    exposure.verdict === 'likely-fail' &&
    (exposure.message.key === 'precheck.exposure.blown' ||
      exposure.message.key === 'precheck.exposure.brightSpots');
  const unmeasurable = (): HeadGeometryMeasure => ({
    measure: 'head-geometry',
    check: 'facialFeatures',
    verdict: 'unsure',
    values: { crownY: 0, headWidth: 0, centreOffset: 0, touchesTop: false },
    thresholds,
    message: { key: 'precheck.head.unmeasurable', params: {} },
    region: null,
    heuristic: true,
  });
  // In front of scenery the outline would be the scenery's; a shadow or a blown-out face would bend it.
  if (!outline || busy || overExposed) return unmeasurable();

  const values = {
    crownY: round3(outline.crownRow / height),
    headWidth: round3((outline.right - outline.left + 1) / width),
    centreOffset: round3(outline.centre / width - 0.5),
    touchesTop: outline.crownRow <= 1,
  };
  const region = scaleBox(
    {
      x: outline.left,
      y: outline.crownRow,
      width: outline.right - outline.left + 1,
      height: Math.max(1, outline.bottomRow - outline.crownRow + 1),
    },
    p.scale,
  );
  const base = {
    measure: 'head-geometry',
    check: 'facialFeatures',
    values,
    thresholds,
    region,
    heuristic: true,
  } as const;
  const fail = (key: HeadGeometryMeasure['message']['key'], params: Record<string, number> = {}) =>
    ({ ...base, verdict: 'likely-fail', message: { key, params } }) as const;

  if (values.touchesTop) return fail('precheck.head.cropped');
  if (Math.abs(values.centreOffset) > T.maxCentreOffset) {
    return fail('precheck.head.offCentre', {
      offset: percent(Math.abs(values.centreOffset)),
      limit: percent(T.maxCentreOffset),
    });
  }
  if (values.headWidth < T.minHeadWidth) {
    return fail('precheck.head.small', { width: percent(values.headWidth), limit: percent(T.minHeadWidth) });
  }
  if (values.crownY > T.maxCrownY) {
    return fail('precheck.head.low', { crown: percent(values.crownY), limit: percent(T.maxCrownY) });
  }
  return {
    ...base,
    verdict: 'likely-pass',
    message: {
      key: 'precheck.head.ok',
      params: { width: percent(values.headWidth), crown: percent(values.crownY) },
    },
  };
}
