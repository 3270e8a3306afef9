// @vitest-environment node
import jpeg from 'jpeg-js';
import { measureHeadGeometry } from './measure-head';
import { measureBackground } from './measure-background';
import { measureExposure } from './measure-clarity';
import { fingerprintPhoto, hammingDistance, measureChange, perceptualHash, rgbToLab } from './measure-change';
import { DEFAULT_PHOTO_RULES } from './photo-rules';
import { pixelsFromNative, preparePhoto } from './prepare';
import { toLuma, type PixelImage } from './raster';
import { ID_BLUE, WHITE, flat, portrait, withExposure, withNoise, withSideLight } from './test-images';

function fingerprint(image: PixelImage) {
  const p = preparePhoto(pixelsFromNative(image));
  const head = measureHeadGeometry(p, measureBackground(p, DEFAULT_PHOTO_RULES), measureExposure(p));
  return fingerprintPhoto(p, head);
}

describe('perceptual hash', () => {
  it('is 16 hex digits, identical for identical images', () => {
    const image = withNoise(portrait(), 1.5);
    const hash = perceptualHash(toLuma(image));
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(hash, perceptualHash(toLuma(image)))).toBe(0);
  });

  it('barely moves for a re-saved copy (re-compressed, slightly darker)', () => {
    const image = withNoise(withSideLight(portrait()), 1.5);
    const encoded = jpeg.encode({ width: image.width, height: image.height, data: image.data }, 60);
    const decoded = jpeg.decode(encoded.data, { useTArray: true, formatAsRGBA: true });
    const resaved = withExposure({ width: decoded.width, height: decoded.height, data: decoded.data }, 0.97);
    const distance = hammingDistance(perceptualHash(toLuma(image)), perceptualHash(toLuma(resaved)));
    expect(distance).toBeLessThanOrEqual(4);
  });

  it('is far apart for very different images', () => {
    const a = perceptualHash(toLuma(withNoise(portrait(), 1.5)));
    const b = perceptualHash(toLuma(withNoise(portrait({ offset: 0.25, headHeight: 0.4, crown: 0.3 }), 1.5)));
    expect(hammingDistance(a, b)).toBeGreaterThan(16);
  });

  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('000000000000000f', '0000000000000001')).toBe(3);
  });
});

describe('measureChange', () => {
  it('flags two identical photos as the same picture: not a new photo', () => {
    const image = withNoise(portrait(), 1.5);
    const result = measureChange(fingerprint(image), fingerprint(image));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values).toMatchObject({
      hashDistance: 0,
      pixelDifference: 0,
      faceColourDelta: 0,
      headShift: 0,
    });
    expect(result.message.key).toBe('precheck.change.sameImage');
  });

  it('calls a new photo of the same layout a new photo', () => {
    const card = fingerprint(withNoise(portrait(), 1.5, 1));
    const fresh = fingerprint(withNoise(portrait({ backdrop: ID_BLUE, offset: 0.02 }), 1.5, 2));
    const result = measureChange(fresh, card);
    expect(result.verdict).toBe('likely-pass');
    expect(result.message.key).toBe('precheck.change.newPhoto');
  });

  it('asks for a close look when the face region’s colour differs a lot', () => {
    const result = measureChange(fingerprint(flat(WHITE)), fingerprint(withNoise(portrait(), 1.5)));
    expect(result.verdict).toBe('unsure');
    expect(result.values.faceColourDelta).toBeGreaterThan(12);
    expect(result.message.key).toBe('precheck.change.veryDifferent');
  });
});

describe('rgbToLab', () => {
  it('maps white and black to the ends of the lightness scale', () => {
    const [l1, a1, b1] = rgbToLab(255, 255, 255);
    expect(l1).toBeCloseTo(100, 0);
    expect(Math.abs(a1) + Math.abs(b1)).toBeLessThan(0.5);
    expect(rgbToLab(0, 0, 0)[0]).toBeCloseTo(0, 5);
  });
});
