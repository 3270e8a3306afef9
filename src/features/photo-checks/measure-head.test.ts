// @vitest-environment node
import { measureBackground } from './measure-background';
import { measureExposure } from './measure-clarity';
import { measureHeadGeometry } from './measure-head';
import { DEFAULT_PHOTO_RULES } from './photo-rules';
import { pixelsFromNative, preparePhoto } from './prepare';
import type { PixelImage } from './raster';
import { GREY, portrait, withClutter, withExposure, withNoise } from './test-images';

function measure(image: PixelImage) {
  const p = preparePhoto(pixelsFromNative(image));
  return measureHeadGeometry(p, measureBackground(p, DEFAULT_PHOTO_RULES), measureExposure(p));
}

describe('measureHeadGeometry (heuristic, no face detector)', () => {
  it('outlines a centred head of standard size and says it is an estimate', () => {
    const result = measure(withNoise(portrait(), 1.5));
    expect(result).toMatchObject({ verdict: 'likely-pass', heuristic: true, check: 'facialFeatures' });
    expect(result.values.crownY).toBeCloseTo(0.07, 2);
    expect(Math.abs(result.values.centreOffset)).toBeLessThan(0.01);
    expect(result.region).not.toBeNull();
  });

  it('works in front of a plain backdrop of another colour', () => {
    expect(measure(withNoise(portrait({ backdrop: GREY }), 1.5)).verdict).toBe('likely-pass');
  });

  it('fails an off-centre head', () => {
    const result = measure(withNoise(portrait({ offset: -0.2 }), 1.5));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values.centreOffset).toBeLessThan(-0.15);
    expect(result.message.key).toBe('precheck.head.offCentre');
  });

  it('fails a head too small for the frame', () => {
    const result = measure(withNoise(portrait({ headHeight: 0.4, crown: 0.17 }), 1.5));
    expect(result.verdict).toBe('likely-fail');
    expect(result.message.key).toBe('precheck.head.small');
  });

  it('fails a head whose crown is cut off', () => {
    const result = measure(withNoise(portrait({ headHeight: 0.8, crown: -0.05 }), 1.5));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values.touchesTop).toBe(true);
    expect(result.message.key).toBe('precheck.head.cropped');
  });

  it('does not guess in a washed-out photo, where the face merges with a white backdrop', () => {
    const result = measure(withNoise(withExposure(portrait(), 1.9, 40), 1.5));
    expect(result.verdict).toBe('unsure');
    expect(result.region).toBeNull();
  });

  it('ignores clutter standing apart from the sitter', () => {
    expect(measure(withClutter(portrait())).verdict).toBe('likely-pass');
  });
});
