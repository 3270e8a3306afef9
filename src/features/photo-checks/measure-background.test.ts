// @vitest-environment node
import { measureBackground } from './measure-background';
import { DEFAULT_PHOTO_RULES, photoRulesFor } from './photo-rules';
import { pixelsFromNative, preparePhoto } from './prepare';
import type { PixelImage } from './raster';
import {
  GREY,
  ID_BLUE,
  WHITE,
  flat,
  portrait,
  withClutter,
  withExposure,
  withNoise,
  withShadow,
} from './test-images';

const measure = (image: PixelImage, rules = DEFAULT_PHOTO_RULES) =>
  measureBackground(preparePhoto(pixelsFromNative(image)), rules);

describe('measureBackground', () => {
  it('calls a flat white image a plain white background', () => {
    const result = measure(flat(WHITE));
    expect(result.verdict).toBe('likely-pass');
    expect(result.values).toMatchObject({
      colour: 'white',
      matchingShare: 1,
      nearWhiteShare: 1,
      shadowShare: 0,
      brightPatchShare: 0,
      detachedShare: 0,
    });
    expect(result.message).toEqual({ key: 'precheck.background.okWhite', params: { share: 100 } });
  });

  it('calls a flat blue image a plain blue background', () => {
    const result = measure(flat(ID_BLUE));
    expect(result.verdict).toBe('likely-pass');
    expect(result.values).toMatchObject({ colour: 'blue', nearBlueShare: 1 });
    expect(result.message.key).toBe('precheck.background.okBlue');
  });

  it('fails blue where the region accepts white only', () => {
    const whiteOnly = photoRulesFor({ photoBytes: { min: 0, max: 1e6 }, acceptedBackgrounds: ['white'] });
    const result = measure(flat(ID_BLUE), whiteOnly);
    expect(result.verdict).toBe('likely-fail');
    expect(result.message.key).toBe('precheck.background.blueNotAccepted');
  });

  it('passes a sitter on white and looks only at the border band', () => {
    const result = measure(withNoise(portrait(), 1.5));
    expect(result.verdict).toBe('likely-pass');
    expect(result.values.matchingShare).toBeGreaterThan(0.99);
    expect(result.areas).toHaveLength(3);
    expect(result.region).toEqual({ x: 0, y: 0, width: 358, height: 265 });
  });

  it('fails a grey backdrop, naming its colour', () => {
    const result = measure(withNoise(portrait({ backdrop: GREY }), 1.5));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values.colour).toBe('other');
    expect(result.message.key).toBe('precheck.background.wrongColour');
  });

  it('fails a cast shadow: smooth, the backdrop’s own hue, darker', () => {
    const result = measure(withNoise(withShadow(portrait()), 1.5));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values.shadowShare).toBeGreaterThan(0.1);
    expect(result.message.key).toBe('precheck.background.shadow');
  });

  it('fails a noisy, cluttered border: objects not attached to the sitter', () => {
    const result = measure(withClutter(portrait()));
    expect(result.verdict).toBe('likely-fail');
    expect(result.values.detachedShare).toBeGreaterThan(0.05);
    expect(result.message.key).toBe('precheck.background.objects');
  });

  it('does not count a sitter who reaches into the border as clutter', () => {
    const result = measure(withNoise(portrait({ offset: 0.22 }), 1.5));
    expect(result.verdict).toBe('likely-pass');
    expect(result.values.matchingShare).toBeLessThan(0.95);
    expect(result.values.detachedShare).toBe(0);
  });

  it('is unsure, not failing, when the photo is too dark to tell white from grey', () => {
    const result = measure(withNoise(withExposure(portrait(), 0.3), 1.5));
    expect(result.verdict).toBe('unsure');
    expect(result.values.colour).toBe('too-dark');
  });
});
