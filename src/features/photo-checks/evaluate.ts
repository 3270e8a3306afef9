/**
 * Scoring the pre-checks against labelled photos: shared by the accuracy report
 * (mocks/photos/eval-checks.ts) and the held-out guard test, so both count exactly the same way.
 *
 * A "positive" is a photo that FAILS a check: the machine's job is to point the reviewer at faults.
 * Precision = flagged photos that really fail; recall = failing photos that were flagged. An 'unsure'
 * verdict never counts as a flag: on a failing photo it is a miss, on a passing one it costs nothing.
 */
import type { FaceDetector } from './face-detector';
import { measureChange, type PhotoFingerprint } from './measure-change';
import type { FaceDetection } from './measure-face';
import { measurePhoto, summariseChecks } from './measure-photo';
import { readFileFacts } from './measure-file';
import { pixelsFromNative } from './prepare';
import type { PixelImage } from './raster';
import type { ChangeMeasure, PhotoRules, Verdict } from './types';

// What the report prints beside the scores; re-exported so the report reads this one module.
export { DEFAULT_PHOTO_RULES } from './photo-rules';
export { PHOTO_CHECKS_VERSION } from './measure-photo';
export { CHANGE_THRESHOLDS } from './thresholds';
export type { ChangeMeasure as ChangeMeasureResult } from './types';
export type { FaceDetector } from './face-detector';

export const EVALUATED_CHECKS = ['background', 'clarity', 'file', 'facialFeatures', 'noOrnaments'] as const;
export type EvaluatedCheck = (typeof EVALUATED_CHECKS)[number];

/** The targets: held-out precision and recall for detecting a fail. */
export const TARGETS: Partial<Record<EvaluatedCheck, number>> = {
  background: 0.95,
  clarity: 0.95,
  file: 0.95,
};

export interface LabelledPhoto {
  id: string;
  /** True where the photo passes the check (ground truth). */
  truth: Record<EvaluatedCheck, boolean>;
  jpeg: Uint8Array;
  image: PixelImage;
}

export interface PhotoOutcome {
  id: string;
  truth: Record<EvaluatedCheck, boolean>;
  verdicts: Record<EvaluatedCheck, Verdict>;
  pixelMs: number;
  /** The face detector's time on this photo; null when it did not run. */
  detectorMs: number | null;
  /** What the card comparison needs, for the identity figures. */
  fingerprint: PhotoFingerprint;
}

export interface Confusion {
  /** Fails flagged likely-fail. */
  truePositives: number;
  /** Passes flagged likely-fail. */
  falsePositives: number;
  /** Fails called likely-pass. */
  falseNegatives: number;
  /** Passes called likely-pass. */
  trueNegatives: number;
  unsureOnFail: number;
  unsureOnPass: number;
}

/** Scores one photo; `detection` is the face detector's outcome on its analysis image (see evaluatePhotoWithFaces). */
export function evaluatePhoto(
  photo: LabelledPhoto,
  rules: PhotoRules,
  detection: FaceDetection = { status: 'not-run' },
): PhotoOutcome {
  return score(photo, rules, pixelsFromNative(photo.image), detection);
}

/** The same with the face detector run first, on the same analysis image the worker gives it. */
export async function evaluatePhotoWithFaces(
  photo: LabelledPhoto,
  rules: PhotoRules,
  detector: FaceDetector,
): Promise<PhotoOutcome> {
  const pixels = pixelsFromNative(photo.image);
  const started = performance.now();
  let detection: FaceDetection;
  try {
    const faces = await detector.detect(pixels.image);
    detection = { status: 'ran', faces, ms: performance.now() - started };
  } catch {
    detection = { status: 'failed' };
  }
  return score(photo, rules, pixels, detection);
}

function score(
  photo: LabelledPhoto,
  rules: PhotoRules,
  pixels: ReturnType<typeof pixelsFromNative>,
  detection: FaceDetection,
): PhotoOutcome {
  const facts = readFileFacts(photo.jpeg, photo.image.width, photo.image.height);
  const { measures, fingerprint } = measurePhoto(pixels, facts, rules, detection);
  const checks = summariseChecks(measures);
  const verdicts = Object.fromEntries(EVALUATED_CHECKS.map((c) => [c, checks[c].verdict])) as Record<
    EvaluatedCheck,
    Verdict
  >;
  return {
    id: photo.id,
    truth: photo.truth,
    verdicts,
    pixelMs: measures.pixelMs,
    detectorMs: detection.status === 'ran' ? detection.ms : null,
    fingerprint,
  };
}

export function emptyConfusion(): Confusion {
  return {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    trueNegatives: 0,
    unsureOnFail: 0,
    unsureOnPass: 0,
  };
}

export function tally(outcomes: readonly PhotoOutcome[]): Record<EvaluatedCheck, Confusion> {
  const result = Object.fromEntries(EVALUATED_CHECKS.map((c) => [c, emptyConfusion()])) as Record<
    EvaluatedCheck,
    Confusion
  >;
  for (const o of outcomes) {
    for (const check of EVALUATED_CHECKS) {
      const c = result[check];
      const fails = !o.truth[check];
      const verdict = o.verdicts[check];
      if (verdict === 'likely-fail') {
        if (fails) c.truePositives++;
        else c.falsePositives++;
      } else if (verdict === 'likely-pass') {
        if (fails) c.falseNegatives++;
        else c.trueNegatives++;
      } else if (fails) c.unsureOnFail++;
      else c.unsureOnPass++;
    }
  }
  return result;
}

/** Flagged photos that really fail; 1 when nothing was flagged and nothing failed, else 0 for none flagged. */
export function precision(c: Confusion): number {
  const flagged = c.truePositives + c.falsePositives;
  if (flagged === 0) return failing(c) === 0 ? 1 : 0;
  return c.truePositives / flagged;
}

/** Failing photos that were flagged (an 'unsure' is a miss); 1 when nothing failed. */
export function recall(c: Confusion): number {
  const fails = failing(c);
  return fails === 0 ? 1 : c.truePositives / fails;
}

function failing(c: Confusion): number {
  return c.truePositives + c.falseNegatives + c.unsureOnFail;
}

export function meetsTarget(check: EvaluatedCheck, c: Confusion): boolean | null {
  const target = TARGETS[check];
  if (target === undefined) return null;
  return precision(c) >= target && recall(c) >= target;
}

/** The p-th quantile (0-1) of a list of numbers, nearest-rank. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

/** The identity/change measure between two evaluated photos (new, card). */
export function compareOutcomes(newPhoto: PhotoOutcome, cardPhoto: PhotoOutcome): ChangeMeasure {
  return measureChange(newPhoto.fingerprint, cardPhoto.fingerprint);
}
