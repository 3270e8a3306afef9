// @vitest-environment node
import { blockEdgeRatio, measureBlockiness, measureExposure, measureSharpness } from './measure-clarity';
import { pixelsFromNative, preparePhoto } from './prepare';
import { toLuma, type PixelImage } from './raster';
import {
  WHITE,
  blockified,
  blurred,
  flat,
  portrait,
  withExposure,
  withGlare,
  withNoise,
} from './test-images';

const prepared = (image: PixelImage) => preparePhoto(pixelsFromNative(image));
const sharp = withNoise(portrait(), 1.5);

describe('measureSharpness', () => {
  it('finds a crisp drawing sharp', () => {
    const result = measureSharpness(prepared(sharp));
    expect(result.verdict).toBe('likely-pass');
    expect(result.values.edgeBlur).toBeLessThan(1);
    expect(result.check).toBe('clarity');
  });

  it('estimates the blur of a blurred one in pixels', () => {
    const result = measureSharpness(prepared(withNoise(blurred(portrait(), 3), 1.5)));
    expect(result.verdict).toBe('likely-fail');
    // The estimate is of the optical blur (sigma 3), give or take the drawing's own edges.
    expect(result.values.edgeBlur).toBeGreaterThan(2.4);
    expect(result.values.edgeBlur).toBeLessThan(3.6);
    expect(result.message.key).toBe('precheck.sharpness.blurred');
    expect(result.values.laplacianVariance).toBeLessThan(
      measureSharpness(prepared(sharp)).values.laplacianVariance,
    );
  });

  it('does not call a dark photo blurred: the estimate does not depend on contrast', () => {
    const dark = measureSharpness(prepared(withNoise(withExposure(portrait(), 0.35), 0.5)));
    expect(dark.verdict).toBe('likely-pass');
  });

  it('is unsure on a flat image: there are no edges to judge', () => {
    const result = measureSharpness(prepared(flat(WHITE)));
    expect(result.verdict).toBe('unsure');
    expect(result.message.key).toBe('precheck.sharpness.noEdges');
  });

  it('measures a larger upload at the standard scale', () => {
    // The same drawing at double size is as sharp once scaled down.
    const big = pixelsFromNative(withNoise(scaleUp(portrait(), 2), 1.5));
    expect(big.image.width).toBe(358);
    expect(measureSharpness(preparePhoto(big)).verdict).toBe('likely-pass');
  });
});

describe('measureExposure', () => {
  it('passes a well-exposed photo', () => {
    const result = measureExposure(prepared(sharp));
    expect(result.verdict).toBe('likely-pass');
    expect(result.values.darkTone).toBeLessThan(50);
  });

  it('fails a clipped, over-exposed photo: the face blown out to white', () => {
    const result = measureExposure(prepared(withNoise(withExposure(portrait(), 1.9, 40), 1.5)));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values.faceClippedShare).toBeGreaterThan(0.5);
    expect(result.values.darkTone).toBeGreaterThan(50);
    expect(result.message.key).toBe('precheck.exposure.blown');
  });

  it('fails glare: a blown spot inside the face, which the backdrop cannot explain', () => {
    const result = measureExposure(prepared(withNoise(withGlare(portrait()), 1.5)));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values.faceSpotShare).toBeGreaterThan(0.01);
    expect(result.message.key).toBe('precheck.exposure.brightSpots');
  });

  it('does not count the backdrop showing in the face region of an off-centre head', () => {
    const result = measureExposure(
      prepared(withNoise(portrait({ offset: 0.25, backdrop: [255, 255, 255] }), 1.5)),
    );
    expect(result.values.faceClippedShare).toBeGreaterThan(0.01);
    expect(result.values.faceSpotShare).toBe(0);
    expect(result.verdict).not.toBe('likely-fail');
  });

  it('fails an under-exposed photo: a dark face in a dim picture', () => {
    const result = measureExposure(prepared(withNoise(withExposure(portrait(), 0.25), 1.5)));
    expect(result.verdict).toBe('likely-fail');
    expect(result.message.key).toBe('precheck.exposure.tooDark');
  });
});

describe('blockiness', () => {
  it('finds no blocks in a flat or a noisy image', () => {
    expect(blockEdgeRatio(toLuma(flat(WHITE))).ratio).toBe(1);
    expect(measureBlockiness(prepared(sharp)).verdict).toBe('likely-pass');
  });

  it('finds 8 × 8 blocks where each block is flat and steps to the next', () => {
    const result = measureBlockiness(prepared(blockified(withNoise(blurred(portrait(), 1), 1.5))));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values.blockEdgeRatio).toBeGreaterThan(10);
  });
});

function scaleUp(image: PixelImage, factor: number): PixelImage {
  const width = image.width * factor;
  const height = image.height * factor;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (Math.floor(y / factor) * image.width + Math.floor(x / factor)) * 4;
      for (let k = 0; k < 4; k++) data[(y * width + x) * 4 + k] = image.data[from + k] ?? 0;
    }
  }
  return { width, height, data };
}
