// @vitest-environment node
import { buildReport, measurePhoto, rejudge, summariseChecks, PHOTO_CHECKS_VERSION } from './measure-photo';
import { DEFAULT_PHOTO_RULES, photoRulesFor } from './photo-rules';
import { pixelsFromNative } from './prepare';
import { ID_BLUE, blurred, portrait, withNoise } from './test-images';
import type { PhotoFileFacts } from './types';

const facts: PhotoFileFacts = { format: 'jpeg', width: 358, height: 441, bytes: 30 * 1024, jpegQuality: 88 };

describe('measurePhoto and the check summaries', () => {
  it('runs every measure and times the pixel work', () => {
    const { measures, fingerprint } = measurePhoto(
      pixelsFromNative(withNoise(portrait(), 1.5)),
      facts,
      DEFAULT_PHOTO_RULES,
    );
    expect(Object.keys(measures).sort()).toEqual(
      [
        'background',
        'blockiness',
        'exposure',
        'eyes',
        'eyewear',
        'face',
        'file',
        'headGeometry',
        'pixelMs',
        'sharpness',
      ].sort(),
    );
    expect(measures.pixelMs).toBeGreaterThan(0);
    expect(fingerprint.hash).toHaveLength(16);
  });

  it('never passes facial features or ornaments without the face detector, and says it did not run', () => {
    const { measures } = measurePhoto(
      pixelsFromNative(withNoise(portrait(), 1.5)),
      facts,
      DEFAULT_PHOTO_RULES,
    );
    const checks = summariseChecks(measures);
    expect(checks.background.verdict).toBe('likely-pass');
    expect(checks.clarity.verdict).toBe('likely-pass');
    expect(checks.file.verdict).toBe('likely-pass');
    expect(checks.facialFeatures).toMatchObject({
      verdict: 'unsure',
      measures: ['face', 'head-geometry'],
      notMeasured: ['face-count', 'eyes-open', 'pose', 'expression'],
      message: { key: 'precheck.face.notRun' },
    });
    expect(measures.face).toMatchObject({ verdict: 'unsure', values: null });
    expect(checks.noOrnaments).toMatchObject({
      verdict: 'unsure',
      measures: ['eyewear'],
      notMeasured: ['headwear', 'jewellery', 'tinted-glasses'],
    });
  });

  it('lets the first failing clarity measure explain the clarity verdict', () => {
    const { measures } = measurePhoto(
      pixelsFromNative(withNoise(blurred(portrait(), 3), 1.5)),
      facts,
      DEFAULT_PHOTO_RULES,
    );
    const { clarity } = summariseChecks(measures);
    expect(clarity.verdict).toBe('likely-fail');
    expect(clarity.measures).toEqual(['sharpness', 'exposure', 'blockiness']);
    expect(clarity.message.key).toBe('precheck.sharpness.blurred');
  });

  it('re-judges a measured photo under another region’s rules without its pixels', () => {
    const measured = measurePhoto(
      pixelsFromNative(withNoise(portrait({ backdrop: ID_BLUE }), 1.5)),
      facts,
      DEFAULT_PHOTO_RULES,
    );
    expect(measured.measures.background.verdict).toBe('likely-pass');
    const whiteOnly = photoRulesFor({
      photoBytes: { min: 0, max: 20 * 1024 },
      acceptedBackgrounds: ['white'],
    });
    const again = rejudge(measured, facts, whiteOnly);
    expect(again.measures.background.verdict).toBe('likely-fail');
    expect(again.measures.file.message.key).toBe('precheck.file.tooLarge');
    expect(again.measures.sharpness).toBe(measured.measures.sharpness);
  });

  it('builds a versioned report with the card comparison', () => {
    const newPhoto = measurePhoto(
      pixelsFromNative(withNoise(portrait(), 1.5, 1)),
      facts,
      DEFAULT_PHOTO_RULES,
    );
    const report = buildReport(newPhoto, newPhoto);
    expect(report.version).toBe(PHOTO_CHECKS_VERSION);
    expect(report.change?.message.key).toBe('precheck.change.sameImage');
    expect(buildReport(newPhoto, null)).toMatchObject({ cardPhoto: null, change: null });
  });
});
