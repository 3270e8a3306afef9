// @vitest-environment node
import { STANDARD_FACE, faceOf, type FaceShape } from './face-test-faces';
import { headGeometry } from './face-geometry';
import { judgeEyes, judgeEyewear, judgeHead, measureFace, type FaceDetection } from './measure-face';
import { measurePhoto, summariseFacialFeatures, summariseNoOrnaments } from './measure-photo';
import { DEFAULT_PHOTO_RULES } from './photo-rules';
import { pixelsFromNative, preparePhoto } from './prepare';
import { portrait, withNoise } from './test-images';
import { FACE_THRESHOLDS } from './thresholds';
import type { PhotoFileFacts } from './types';

const W = 358;
const H = 441;
const head = (shape: Partial<FaceShape>) =>
  headGeometry(faceOf({ ...STANDARD_FACE, ...shape }).landmarks, W, H, FACE_THRESHOLDS.crownFactor);

describe('head size and position verdicts', () => {
  it('passes a head about two thirds of the photo, centred', () => {
    // Brow to chin 170 px: crown to chin 292 px, 66 % of 441.
    expect(judgeHead(head({}))).toMatchObject({
      verdict: 'likely-pass',
      message: { key: 'precheck.face.ok' },
    });
  });

  it('fails a small head and says how small', () => {
    const small = head({ browY: 200, chinY: 300 });
    expect(small.headHeight).toBeLessThan(FACE_THRESHOLDS.headTooSmallBelow);
    expect(judgeHead(small)).toMatchObject({
      verdict: 'likely-fail',
      message: { key: 'precheck.face.small', params: { height: 39, limit: 50 } },
    });
  });

  it('calls a head between the limits unsure rather than guessing', () => {
    const smallish = head({ browY: 190, chinY: 330 });
    expect(smallish.headHeight).toBeGreaterThan(FACE_THRESHOLDS.headTooSmallBelow);
    expect(smallish.headHeight).toBeLessThan(FACE_THRESHOLDS.headSmallUnsureBelow);
    expect(judgeHead(smallish).verdict).toBe('unsure');
  });

  it('fails a crown cut off by the frame before anything else', () => {
    expect(judgeHead(head({ browY: 120, chinY: 420, centreX: 100 }))).toMatchObject({
      verdict: 'likely-fail',
      message: { key: 'precheck.face.cropped' },
    });
  });

  it('fails an off-centre face and lets a slightly off-centre one through as unsure', () => {
    expect(judgeHead(head({ centreX: 179 + 0.2 * W }))).toMatchObject({
      verdict: 'likely-fail',
      message: { key: 'precheck.face.offCentre', params: { offset: 20, limit: 10 } },
    });
    expect(judgeHead(head({ centreX: 179 - 0.08 * W })).verdict).toBe('unsure');
  });
});

describe('eye verdicts', () => {
  const open = { leftAspect: 0.3, rightAspect: 0.29, leftSkinLikeness: 0.6, rightSkinLikeness: 0.7 };

  it('passes two open eyes', () => {
    expect(judgeEyes(open)).toMatchObject({ verdict: 'likely-pass', message: { key: 'precheck.eyes.open' } });
  });

  it('fails when both eye regions look like skin', () => {
    expect(judgeEyes({ ...open, leftSkinLikeness: 0.99, rightSkinLikeness: 1.02 })).toMatchObject({
      verdict: 'likely-fail',
      message: { key: 'precheck.eyes.likeSkin' },
    });
  });

  it('does not fail when only one eye region looks like skin (a reflection, a lash)', () => {
    expect(judgeEyes({ ...open, rightSkinLikeness: 1.0 }).verdict).toBe('likely-pass');
  });

  it('fails a shut lid outline and is unsure in between', () => {
    expect(judgeEyes({ ...open, rightAspect: 0.1 }).message.key).toBe('precheck.eyes.closedShape');
    expect(judgeEyes({ ...open, leftSkinLikeness: 0.9, rightSkinLikeness: 0.9 }).verdict).toBe('unsure');
  });
});

describe('eyewear verdicts', () => {
  it('fails dark eye regions as tinted lenses, passes clear ones, and cannot judge without a face', () => {
    expect(judgeEyewear(0.25).verdict).toBe('likely-fail');
    expect(judgeEyewear(0.6).verdict).toBe('likely-pass');
    expect(judgeEyewear(Number.NaN).verdict).toBe('unsure');
  });
});

describe('the face measures and how they map onto the checks', () => {
  const pixels = pixelsFromNative(withNoise(portrait(), 1.5));
  const prepared = preparePhoto(pixels);
  const facts: PhotoFileFacts = { format: 'jpeg', width: W, height: H, bytes: 30 * 1024, jpegQuality: 88 };
  const measured = (detection: FaceDetection) =>
    measurePhoto(pixels, facts, DEFAULT_PHOTO_RULES, detection).measures;

  it.each([
    ['unavailable', 'precheck.face.unavailable'],
    ['failed', 'precheck.face.failed'],
    ['not-run', 'precheck.face.notRun'],
  ] as const)('answers "unsure" with the reason when the detector is %s', (status, key) => {
    const m = measureFace({ status }, prepared);
    expect(m.face).toMatchObject({ verdict: 'unsure', values: null, message: { key } });
    expect(m.eyes.verdict).toBe('unsure');
    expect(m.eyewear.verdict).toBe('unsure');
    const all = measured({ status });
    expect(summariseFacialFeatures(all).verdict).not.toBe('likely-pass');
    expect(summariseNoOrnaments(all).verdict).toBe('unsure');
  });

  it('is unsure when no face is found, and says so', () => {
    const m = measureFace({ status: 'ran', faces: [], ms: 12 }, prepared);
    expect(m.face).toMatchObject({
      verdict: 'unsure',
      values: { faceCount: 0 },
      message: { key: 'precheck.face.none' },
    });
  });

  it('fails two confident faces and is unsure about a weak second one', () => {
    const one = faceOf(STANDARD_FACE);
    const two = faceOf({ ...STANDARD_FACE, centreX: 60, jawWidth: 80, score: 0.8 });
    const weak = faceOf({ ...STANDARD_FACE, centreX: 60, jawWidth: 80, score: 0.35 });
    expect(measureFace({ status: 'ran', faces: [one, two], ms: 1 }, prepared).face).toMatchObject({
      verdict: 'likely-fail',
      message: { key: 'precheck.face.several', params: { count: 2 } },
    });
    expect(measureFace({ status: 'ran', faces: [one, weak], ms: 1 }, prepared).face.verdict).toBe('unsure');
  });

  it('fails facial features on a failing face measure, and passes only when face and eyes pass', () => {
    const small = measured({
      status: 'ran',
      faces: [faceOf({ ...STANDARD_FACE, browY: 200, chinY: 300 })],
      ms: 1,
    });
    expect(summariseFacialFeatures(small)).toMatchObject({
      verdict: 'likely-fail',
      measures: ['face', 'eyes'],
      message: { key: 'precheck.face.small' },
    });

    const standard = measured({ status: 'ran', faces: [faceOf(STANDARD_FACE)], ms: 1 });
    const passing = { ...standard, eyes: { ...standard.eyes, verdict: 'likely-pass' as const } };
    expect(summariseFacialFeatures(passing)).toMatchObject({
      verdict: 'likely-pass',
      notMeasured: ['pose', 'expression'],
      message: { key: 'precheck.summary.facialFeaturesMeasured' },
    });
    const closed = { ...standard, eyes: { ...standard.eyes, verdict: 'likely-fail' as const } };
    expect(summariseFacialFeatures(closed).verdict).toBe('likely-fail');
    const unsureEyes = { ...standard, eyes: { ...standard.eyes, verdict: 'unsure' as const } };
    expect(summariseFacialFeatures(unsureEyes).verdict).toBe('unsure');
  });

  it('lets tinted lenses fail "no ornaments" but never pass it', () => {
    const m = measured({ status: 'ran', faces: [faceOf(STANDARD_FACE)], ms: 1 });
    const tinted = { ...m, eyewear: { ...m.eyewear, verdict: 'likely-fail' as const } };
    const clear = { ...m, eyewear: { ...m.eyewear, verdict: 'likely-pass' as const } };
    expect(summariseNoOrnaments(tinted).verdict).toBe('likely-fail');
    expect(summariseNoOrnaments(clear)).toMatchObject({
      verdict: 'unsure',
      notMeasured: ['headwear', 'jewellery'],
      message: { key: 'precheck.summary.noOrnamentsPartial' },
    });
  });
});
