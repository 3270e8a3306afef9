/**
 * Hand-built detector output for tests: 68 landmarks in the iBUG layout placed by a few numbers, so a
 * test can say "a head this tall, this far off-centre, eyes this open" without running the model.
 */
import type { DetectedFace, Point } from './face-detector';

export interface FaceShape {
  /** Face centre, pixels. */
  centreX: number;
  /** Brows and chin, pixels from the top. */
  browY: number;
  chinY: number;
  /** Jaw width (landmark 0 to 16), pixels. */
  jawWidth: number;
  /** Eye opening over eye width (the eye aspect ratio the points will have). */
  eyeAspect: number;
  score?: number;
}

export const STANDARD_FACE: FaceShape = {
  centreX: 179,
  browY: 150,
  chinY: 320,
  jawWidth: 205,
  eyeAspect: 0.3,
};

/** Six eye points (outer corner, two upper, inner corner, two lower) with the given aspect ratio. */
export function eyePoints(cx: number, cy: number, width: number, aspect: number): Point[] {
  const half = (width * aspect) / 2;
  const x0 = cx - width / 2;
  return [
    { x: x0, y: cy },
    { x: x0 + width / 3, y: cy - half },
    { x: x0 + (2 * width) / 3, y: cy - half },
    { x: x0 + width, y: cy },
    { x: x0 + (2 * width) / 3, y: cy + half },
    { x: x0 + width / 3, y: cy + half },
  ];
}

export function faceOf(shape: FaceShape): DetectedFace {
  const { centreX: cx, browY, chinY, jawWidth, eyeAspect } = shape;
  const span = chinY - browY;
  const points: Point[] = [];
  // Jaw 0-16: from one ear root round the chin to the other.
  for (let i = 0; i <= 16; i++) {
    const angle = Math.PI * (i / 16);
    points.push({
      x: cx - (jawWidth / 2) * Math.cos(angle),
      y: browY + span * 0.2 + span * 0.8 * Math.sin(angle),
    });
  }
  // Brows 17-26, all at browY.
  for (let i = 0; i < 10; i++) points.push({ x: cx - jawWidth * 0.4 + (jawWidth * 0.8 * i) / 9, y: browY });
  // Nose 27-35: bridge 27-30 down the middle, then the nostrils.
  for (let i = 0; i < 4; i++) points.push({ x: cx, y: browY + span * (0.1 + 0.12 * i) });
  for (let i = 0; i < 5; i++) points.push({ x: cx - 12 + 6 * i, y: browY + span * 0.5 });
  // Eyes 36-41 and 42-47.
  const eyeY = browY + span * 0.15;
  const eyeWidth = jawWidth * 0.18;
  points.push(...eyePoints(cx - jawWidth * 0.22, eyeY, eyeWidth, eyeAspect));
  points.push(...eyePoints(cx + jawWidth * 0.22, eyeY, eyeWidth, eyeAspect));
  // Mouth 48-67.
  for (let i = 0; i < 20; i++) points.push({ x: cx - 25 + (50 * (i % 10)) / 9, y: browY + span * 0.75 });
  return {
    score: shape.score ?? 0.95,
    box: { x: cx - jawWidth / 2, y: browY, width: jawWidth, height: span },
    landmarks: points,
  };
}
