import { computeDifference, DEFAULT_DIFFERENCE_THRESHOLD, type RgbaImage } from './difference';

/** A width × height image filled with one colour. */
function solid(width: number, height: number, [r, g, b]: [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([r, g, b, 255], i);
  return { data, width, height };
}

function pixel(image: { data: ArrayLike<number>; width: number }, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!];
}

const isGrey = ([r, g, b]: number[]) => r === g && g === b;

describe('computeDifference', () => {
  it('finds 0 % changed in identical photos and draws them as faint grey', () => {
    const photo = solid(3, 2, [40, 90, 200]);
    const { image, summary } = computeDifference(photo, solid(3, 2, [40, 90, 200]));
    expect(summary).toEqual({
      changedPixels: 0,
      totalPixels: 6,
      changedShare: 0,
      threshold: DEFAULT_DIFFERENCE_THRESHOLD,
    });
    expect(image.width).toBe(3);
    expect(image.height).toBe(2);
    for (let y = 0; y < 2; y++) {
      for (let x = 0; x < 3; x++) {
        const [r, , , a] = pixel(image, x, y);
        expect(isGrey(pixel(image, x, y))).toBe(true);
        // Faint: much lighter than the photo's own grey value (about 88).
        expect(r).toBeGreaterThan(200);
        expect(a).toBe(255);
      }
    }
  });

  it('highlights exactly the one pixel that changed', () => {
    const before = solid(3, 3, [128, 128, 128]);
    const after = solid(3, 3, [128, 128, 128]);
    after.data.set([250, 128, 128, 255], (1 * 3 + 2) * 4); // x = 2, y = 1
    const { image, summary } = computeDifference(after, before);
    expect(summary.changedPixels).toBe(1);
    expect(summary.changedShare).toBeCloseTo(1 / 9);
    const [r, g, b] = pixel(image, 2, 1);
    expect(isGrey(pixel(image, 2, 1))).toBe(false);
    expect(r).toBeGreaterThan(g!);
    expect(r).toBeGreaterThan(b!);
    for (const [x, y] of [
      [0, 0],
      [1, 1],
      [2, 2],
      [2, 0],
    ] as const) {
      expect(isGrey(pixel(image, x, y))).toBe(true);
    }
  });

  it('ignores changes at or below the threshold (JPEG noise) and paints bigger ones redder', () => {
    const base = solid(3, 1, [100, 100, 100]);
    const changed = solid(3, 1, [100, 100, 100]);
    changed.data.set([100 + DEFAULT_DIFFERENCE_THRESHOLD, 100, 100, 255], 0);
    changed.data.set([150, 100, 100, 255], 4);
    changed.data.set([255, 100, 100, 255], 8);
    const { image, summary } = computeDifference(changed, base);
    expect(summary.changedPixels).toBe(2);
    expect(isGrey(pixel(image, 0, 0))).toBe(true);
    // Green falls along the amber-to-red ramp as the difference grows.
    expect(pixel(image, 2, 0)[1]).toBeLessThan(pixel(image, 1, 0)[1]!);
  });

  it('can use another threshold', () => {
    const base = solid(2, 1, [100, 100, 100]);
    const changed = solid(2, 1, [105, 100, 100]);
    expect(computeDifference(changed, base).summary.changedShare).toBe(0);
    expect(computeDifference(changed, base, { threshold: 2 }).summary.changedShare).toBe(1);
  });

  it('refuses photos of different sizes', () => {
    expect(() => computeDifference(solid(2, 2, [0, 0, 0]), solid(2, 3, [0, 0, 0]))).toThrow(RangeError);
  });

  it('handles an empty image', () => {
    expect(computeDifference(solid(0, 0, [0, 0, 0]), solid(0, 0, [0, 0, 0])).summary.changedShare).toBe(0);
  });
});
