/**
 * Pure geometry over the face detector's output: head size and position from the 68 landmarks, eye
 * openness (eye aspect ratio) and what the eye regions look like in the pixels (open eyes show a bright
 * white and a dark iris; closed eyes and tinted lenses do not). No model code here: unit-testable.
 */
import type { DetectedFace, Point } from './face-detector';
import { percentileOf, type Box, type Plane } from './raster';

/** Landmark indices (iBUG 300-W 68-point layout). */
export const LANDMARK = {
  jawLeft: 0,
  chin: 8,
  jawRight: 16,
  browsFrom: 17,
  browsTo: 26,
  leftEyeFrom: 36,
  rightEyeFrom: 42,
  noseTip: 30,
  noseBridgeTop: 27,
} as const;

export const LANDMARK_COUNT = 68;

const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

function at(points: readonly Point[], index: number): Point {
  const p = points[index];
  if (!p) throw new Error(`Landmark ${index} missing (got ${points.length} points)`);
  return p;
}

/**
 * Eye aspect ratio (Soukupová and Čech, 2016): the eye's two vertical openings over twice its width,
 * for six points in the order outer corner, two upper lid points, inner corner, two lower lid points.
 * About 0.3 for an open eye, towards 0 as it closes.
 */
export function eyeAspectRatio(eye: readonly Point[]): number {
  if (eye.length !== 6) throw new Error(`An eye has 6 landmarks, got ${eye.length}`);
  const [p1, p2, p3, p4, p5, p6] = eye as [Point, Point, Point, Point, Point, Point];
  const width = distance(p1, p4);
  if (width === 0) return 0;
  return (distance(p2, p6) + distance(p3, p5)) / (2 * width);
}

export function eyes(landmarks: readonly Point[]): { left: Point[]; right: Point[] } {
  if (landmarks.length !== LANDMARK_COUNT) {
    throw new Error(`Expected ${LANDMARK_COUNT} landmarks, got ${landmarks.length}`);
  }
  return {
    left: landmarks.slice(LANDMARK.leftEyeFrom, LANDMARK.leftEyeFrom + 6),
    right: landmarks.slice(LANDMARK.rightEyeFrom, LANDMARK.rightEyeFrom + 6),
  };
}

export interface HeadGeometry {
  /** Estimated top of the head (crown) as a share of the photo height; negative when cut off. */
  crownY: number;
  /** Chin as a share of the photo height. */
  chinY: number;
  /** Estimated crown-to-chin height as a share of the photo height (the standard: about 2/3). */
  headHeight: number;
  /** Jaw width (landmarks 0 to 16, about ear root to ear root) as a share of the photo width. */
  faceWidth: number;
  /** Horizontal offset of the face's centre from the photo's centre, as a share of the width (signed). */
  centreOffset: number;
}

/**
 * Head size and position from the landmarks. The detector sees the face, not the hair: the crown is
 * placed `crownFactor` times the brow-to-chin distance above the chin (see FACE_THRESHOLDS.crownFactor
 * for where that figure comes from).
 */
export function headGeometry(
  landmarks: readonly Point[],
  width: number,
  height: number,
  crownFactor: number,
): HeadGeometry {
  const chin = at(landmarks, LANDMARK.chin);
  let browSum = 0;
  for (let i = LANDMARK.browsFrom; i <= LANDMARK.browsTo; i++) browSum += at(landmarks, i).y;
  const browY = browSum / (LANDMARK.browsTo - LANDMARK.browsFrom + 1);
  const crown = chin.y - crownFactor * (chin.y - browY);
  const left = at(landmarks, LANDMARK.jawLeft);
  const right = at(landmarks, LANDMARK.jawRight);
  return {
    crownY: crown / height,
    chinY: chin.y / height,
    headHeight: (chin.y - crown) / height,
    faceWidth: distance(left, right) / width,
    centreOffset: (left.x + right.x) / 2 / width - 0.5,
  };
}

/** The bounding box of some points, grown by `margin` of its width on every side, clipped to the plane. */
export function pointsBox(
  points: readonly Point[],
  plane: { width: number; height: number },
  margin = 0,
): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const grow = (x1 - x0) * margin;
  const left = Math.max(0, Math.floor(x0 - grow));
  const top = Math.max(0, Math.floor(Math.min(...ys) - grow));
  const right = Math.min(plane.width, Math.ceil(x1 + grow));
  const bottom = Math.min(plane.height, Math.ceil(Math.max(...ys) + grow));
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

function lumaIn(plane: Plane, box: Box): Float32Array {
  const out = new Float32Array(box.width * box.height);
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) out[n++] = plane.data[y * plane.width + x] ?? 0;
  }
  return out.subarray(0, n);
}

export interface EyeAppearance {
  /** Brightest 10 % of the eye region over the cheek's median brightness: the white of an open eye. */
  whiteRatio: number;
  /** Darkest 10 % of the eye region over the cheek's median: the iris and pupil (or a tinted lens). */
  darkRatio: number;
  /** Median of the eye region over the cheek's median: a tinted lens darkens all of it. */
  medianRatio: number;
}

/**
 * How one eye region looks against the cheek below it, from the luma plane the landmarks were found on.
 * The cheek box spans the eye's width, from the bottom of the nose bridge to the nose tip.
 */
export function eyeAppearance(
  luma: Plane,
  eye: readonly Point[],
  landmarks: readonly Point[],
): EyeAppearance {
  const region = pointsBox(eye, luma);
  const bridge = at(landmarks, LANDMARK.noseBridgeTop + 2);
  const tip = at(landmarks, LANDMARK.noseTip);
  const cheek: Box = {
    x: region.x,
    y: Math.round(bridge.y),
    width: region.width,
    height: Math.max(1, Math.round(tip.y - bridge.y)),
  };
  const eyeValues = lumaIn(luma, region);
  const cheekValues = lumaIn(luma, {
    ...cheek,
    height: Math.max(0, Math.min(cheek.height, luma.height - cheek.y)),
  });
  const skin = Math.max(1, percentileOf(cheekValues, 0.5));
  if (eyeValues.length === 0 || cheekValues.length === 0) {
    return { whiteRatio: Number.NaN, darkRatio: Number.NaN, medianRatio: Number.NaN };
  }
  return {
    whiteRatio: percentileOf(eyeValues, 0.9) / skin,
    darkRatio: percentileOf(eyeValues, 0.1) / skin,
    medianRatio: percentileOf(eyeValues, 0.5) / skin,
  };
}

/** The face the checks judge: the most confident one. */
export function mainFace(faces: readonly DetectedFace[]): DetectedFace | null {
  let best: DetectedFace | null = null;
  for (const face of faces) if (!best || face.score > best.score) best = face;
  return best;
}
