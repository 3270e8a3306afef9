/**
 * Runs every measure on a photo and sums them up per check. Pure: the worker, the tests and the
 * accuracy report all call these same functions.
 */
import type { CheckName } from '@/api/generated/zod';
import { judgeBackground, measureBackground } from './measure-background';
import { fingerprintPhoto, measureChange, type PhotoFingerprint } from './measure-change';
import { measureBlockiness, measureExposure, measureSharpness } from './measure-clarity';
import { measureFile } from './measure-file';
import { measureFace, type FaceDetection } from './measure-face';
import { measureHeadGeometry } from './measure-head';
import { preparePhoto, type PhotoPixels } from './prepare';
import type {
  ChangeMeasure,
  CheckSummary,
  MeasureResult,
  PhotoCheckReport,
  PhotoFileFacts,
  PhotoMeasures,
  PhotoRules,
  Verdict,
} from './types';

/**
 * Stored with every report. Bump it whenever a measure or a threshold changes, so that machine
 * verdicts recorded with decisions can be compared like with like.
 */
export const PHOTO_CHECKS_VERSION = '2';

export interface MeasuredPhoto {
  measures: PhotoMeasures;
  fingerprint: PhotoFingerprint;
}

const now = (): number => globalThis.performance?.now() ?? Date.now();

/**
 * `detection` is the face detector's outcome on `pixels.image` (the analysis image): the detector is
 * asynchronous and optional, so the caller runs it and hands the result in; without one, the face
 * measures are "unsure" and say the detector did not run.
 */
export function measurePhoto(
  pixels: PhotoPixels,
  facts: PhotoFileFacts,
  rules: PhotoRules,
  detection: FaceDetection = { status: 'not-run' },
): MeasuredPhoto {
  const started = now();
  const prepared = preparePhoto(pixels);
  const background = measureBackground(prepared, rules);
  const exposure = measureExposure(prepared);
  const headGeometry = measureHeadGeometry(prepared, background, exposure);
  const measures: PhotoMeasures = {
    file: measureFile(facts, rules),
    background,
    sharpness: measureSharpness(prepared),
    exposure,
    blockiness: measureBlockiness(prepared),
    headGeometry,
    ...measureFace(detection, prepared),
    pixelMs: 0,
  };
  const fingerprint = fingerprintPhoto(prepared, headGeometry);
  measures.pixelMs = Math.round((now() - started) * 10) / 10;
  return { measures, fingerprint };
}

/**
 * The same photo under other rules (another region): only the file and background verdicts depend on
 * the rules, and both are re-judged from the measured values without the pixels.
 */
export function rejudge(measured: MeasuredPhoto, facts: PhotoFileFacts, rules: PhotoRules): MeasuredPhoto {
  const { background } = measured.measures;
  return {
    ...measured,
    measures: {
      ...measured.measures,
      file: measureFile(facts, rules),
      background: judgeBackground(background.values, background.areas ?? [], rules),
    },
  };
}

/** Any likely fail decides; all likely pass passes; anything else is unsure. */
function combine(results: readonly MeasureResult[]): { verdict: Verdict; decisive: MeasureResult } {
  const fail = results.find((r) => r.verdict === 'likely-fail');
  if (fail) return { verdict: 'likely-fail', decisive: fail };
  const unsure = results.find((r) => r.verdict === 'unsure');
  if (unsure) return { verdict: 'unsure', decisive: unsure };
  const first = results[0];
  if (!first) throw new Error('combine needs at least one measure');
  return { verdict: 'likely-pass', decisive: first };
}

function summary(
  check: CheckSummary['check'],
  results: readonly MeasureResult[],
  notMeasured: CheckSummary['notMeasured'] = [],
): CheckSummary {
  const { verdict, decisive } = combine(results);
  return { check, verdict, measures: results.map((r) => r.measure), notMeasured, message: decisive.message };
}

/** One machine verdict per check, each naming the measures behind it and what it leaves to the reviewer. */
export function summariseChecks(m: PhotoMeasures): Record<CheckName | 'file', CheckSummary> {
  return {
    file: summary('file', [m.file]),
    background: summary('background', [m.background]),
    // Order matters for the message: a blurred photo says so before mentioning its exposure.
    clarity: summary('clarity', [m.sharpness, m.exposure, m.blockiness]),
    facialFeatures: summariseFacialFeatures(m),
    noOrnaments: summariseNoOrnaments(m),
  };
}

/**
 * With a face found, the detector's measures decide (one face, head size and position, eyes) and a pass
 * leaves pose and expression to the reviewer. Without one (no detector, or no face found), the heuristic
 * head outline may still fail the check, never pass it.
 */
export function summariseFacialFeatures(m: PhotoMeasures): CheckSummary {
  const measured = m.face.values?.head != null;
  if (measured) {
    const found = summary('facialFeatures', [m.face, m.eyes], ['pose', 'expression']);
    return found.verdict === 'likely-pass'
      ? { ...found, message: { key: 'precheck.summary.facialFeaturesMeasured', params: {} } }
      : found;
  }
  const head = m.headGeometry;
  return {
    check: 'facialFeatures',
    verdict: head.verdict === 'likely-fail' ? 'likely-fail' : 'unsure',
    measures: ['face', 'head-geometry'],
    notMeasured: ['face-count', 'eyes-open', 'pose', 'expression'],
    message: head.verdict === 'likely-fail' ? head.message : m.face.message,
  };
}

/** Tinted lenses can fail the check; headwear and jewellery are not measured, so it never passes. */
export function summariseNoOrnaments(m: PhotoMeasures): CheckSummary {
  const lenses = m.eyewear;
  const notMeasured: CheckSummary['notMeasured'] =
    lenses.verdict === 'unsure' ? ['headwear', 'jewellery', 'tinted-glasses'] : ['headwear', 'jewellery'];
  return {
    check: 'noOrnaments',
    verdict: lenses.verdict === 'likely-fail' ? 'likely-fail' : 'unsure',
    measures: ['eyewear'],
    notMeasured,
    message:
      lenses.verdict === 'likely-fail'
        ? lenses.message
        : lenses.verdict === 'likely-pass'
          ? { key: 'precheck.summary.noOrnamentsPartial', params: {} }
          : { key: 'precheck.summary.noOrnamentsNotMeasured', params: {} },
  };
}

export function buildReport(newPhoto: MeasuredPhoto, cardPhoto: MeasuredPhoto | null): PhotoCheckReport {
  const change: ChangeMeasure | null = cardPhoto
    ? measureChange(newPhoto.fingerprint, cardPhoto.fingerprint)
    : null;
  return {
    version: PHOTO_CHECKS_VERSION,
    newPhoto: newPhoto.measures,
    cardPhoto: cardPhoto?.measures ?? null,
    change,
    checks: summariseChecks(newPhoto.measures),
  };
}
