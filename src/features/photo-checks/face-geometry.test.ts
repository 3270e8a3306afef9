// @vitest-environment node
import { eyeAppearance, eyeAspectRatio, eyes, headGeometry, mainFace } from './face-geometry';
import { STANDARD_FACE, eyePoints, faceOf } from './face-test-faces';
import type { Plane } from './raster';

describe('eye aspect ratio', () => {
  it('is the two lid openings over twice the eye width', () => {
    expect(eyeAspectRatio(eyePoints(100, 100, 30, 0.3))).toBeCloseTo(0.3, 6);
    expect(eyeAspectRatio(eyePoints(100, 100, 30, 0.05))).toBeCloseTo(0.05, 6);
  });

  it('does not depend on where the eye is or how large it is', () => {
    expect(eyeAspectRatio(eyePoints(10, 300, 60, 0.25))).toBeCloseTo(
      eyeAspectRatio(eyePoints(200, 50, 12, 0.25)),
      6,
    );
  });

  it('refuses anything but six points', () => {
    expect(() => eyeAspectRatio(eyePoints(0, 0, 10, 0.3).slice(0, 5))).toThrow(/6 landmarks/);
  });

  it('finds both eyes among the 68 landmarks', () => {
    const face = faceOf({ ...STANDARD_FACE, eyeAspect: 0.12 });
    const { left, right } = eyes(face.landmarks);
    expect(eyeAspectRatio(left)).toBeCloseTo(0.12, 6);
    expect(eyeAspectRatio(right)).toBeCloseTo(0.12, 6);
    expect(left[0]?.x).toBeLessThan(right[0]?.x ?? 0);
    expect(() => eyes(face.landmarks.slice(0, 60))).toThrow(/68 landmarks/);
  });
});

describe('head geometry from landmarks', () => {
  it('puts the crown a fixed number of brow-to-chin distances above the chin', () => {
    const face = faceOf({ ...STANDARD_FACE, browY: 150, chinY: 320 });
    const g = headGeometry(face.landmarks, 358, 441, 1.72);
    expect(g.chinY).toBeCloseTo(320 / 441, 6);
    expect(g.crownY).toBeCloseTo((320 - 1.72 * 170) / 441, 6);
    expect(g.headHeight).toBeCloseTo((1.72 * 170) / 441, 6);
    expect(g.faceWidth).toBeCloseTo(205 / 358, 6);
    expect(g.centreOffset).toBeCloseTo(0, 6);
  });

  it('signs the centre offset: left of centre is negative', () => {
    const g = headGeometry(faceOf({ ...STANDARD_FACE, centreX: 100 }).landmarks, 358, 441, 1.72);
    expect(g.centreOffset).toBeCloseTo(100 / 358 - 0.5, 6);
  });

  it('places the crown above the frame when the head is too large for it', () => {
    const g = headGeometry(faceOf({ ...STANDARD_FACE, browY: 120, chinY: 420 }).landmarks, 358, 441, 1.72);
    expect(g.crownY).toBeLessThan(0);
  });
});

describe('eye appearance', () => {
  /** A flat skin-coloured plane with the two eye regions painted. */
  function planeWithEyes(paint: (x: number, y: number) => number | null): {
    plane: Plane;
    face: ReturnType<typeof faceOf>;
  } {
    const face = faceOf(STANDARD_FACE);
    const { left, right } = eyes(face.landmarks);
    const inside = (x: number, y: number) =>
      [left, right].some((eye) => {
        const xs = eye.map((p) => p.x);
        const ys = eye.map((p) => p.y);
        return x >= Math.min(...xs) && x <= Math.max(...xs) && y >= Math.min(...ys) && y <= Math.max(...ys);
      });
    const data = new Float32Array(358 * 441);
    for (let y = 0; y < 441; y++) {
      for (let x = 0; x < 358; x++) data[y * 358 + x] = inside(x, y) ? (paint(x, y) ?? 180) : 180;
    }
    return { plane: { width: 358, height: 441, data }, face };
  }

  it('reads an open eye as darker than the cheek, with a white brighter than it', () => {
    // Iris in the middle third of each eye, white on either side.
    const { plane, face } = planeWithEyes((x) => (Math.floor(x / 6) % 3 === 1 ? 40 : 235));
    const look = eyeAppearance(plane, eyes(face.landmarks).left, face.landmarks);
    expect(look.whiteRatio).toBeGreaterThan(1.2);
    expect(look.darkRatio).toBeLessThan(0.3);
  });

  it('reads a closed eye (skin) as about 1 and a tinted lens as dark', () => {
    const closed = planeWithEyes(() => 178);
    expect(
      eyeAppearance(closed.plane, eyes(closed.face.landmarks).right, closed.face.landmarks).medianRatio,
    ).toBeCloseTo(178 / 180, 2);
    const tinted = planeWithEyes(() => 45);
    expect(
      eyeAppearance(tinted.plane, eyes(tinted.face.landmarks).right, tinted.face.landmarks).medianRatio,
    ).toBeCloseTo(0.25, 2);
  });
});

describe('main face', () => {
  it('is the most confident one, or none', () => {
    const weak = faceOf({ ...STANDARD_FACE, score: 0.4 });
    const strong = faceOf({ ...STANDARD_FACE, centreX: 60, score: 0.9 });
    expect(mainFace([weak, strong])).toBe(strong);
    expect(mainFace([])).toBeNull();
  });
});
