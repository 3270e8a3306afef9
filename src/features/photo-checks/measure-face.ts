/**
 * Verdicts from the face detector: one face, head size and position (facialFeatures), eyes open and
 * visible (facialFeatures), tinted lenses (noOrnaments). Pure: the detector's output comes in as data,
 * so a detector that could not load or failed is just another input, answered with "unsure" and why.
 */
import type { DetectedFace } from './face-detector';
import {
  eyeAppearance,
  eyeAspectRatio,
  eyes,
  headGeometry,
  mainFace,
  pointsBox,
  type HeadGeometry,
} from './face-geometry';
import type { PhotoCheckMessage, PhotoCheckMessageKey } from './messages';
import type { PreparedPhoto } from './prepare';
import { scaleBox, unionBox, type Box } from './raster';
import { FACE_THRESHOLDS } from './thresholds';
import type { EyesMeasure, EyewearMeasure, FaceMeasure, Verdict } from './types';

/** What the detector made of one photo, as the measures receive it. */
export type FaceDetection =
  /** The detector ran: zero, one or more faces, in the analysis image's pixels. */
  | { status: 'ran'; faces: DetectedFace[]; ms: number }
  /** The detector (library, backend or weights) could not be loaded. */
  | { status: 'unavailable' }
  /** The detector was loaded but threw on this photo. */
  | { status: 'failed' }
  /** Nobody asked it (a caller without a detector). */
  | { status: 'not-run' };

const T = FACE_THRESHOLDS;
const percent = (share: number): number => Math.round(share * 100);
const round3 = (v: number): number => Math.round(v * 1000) / 1000;
const round2 = (v: number): number => Math.round(v * 100) / 100;

const message = (key: PhotoCheckMessageKey, params: Record<string, number> = {}): PhotoCheckMessage => ({
  key,
  params,
});

interface Judgement {
  verdict: Verdict;
  message: PhotoCheckMessage;
}

/** Head size and position against the standard, first failure first (a cut-off crown also makes the head look large). */
export function judgeHead(head: HeadGeometry): Judgement {
  const height = percent(head.headHeight);
  const offset = percent(Math.abs(head.centreOffset));
  if (head.crownY < T.croppedCrownBelow) {
    return {
      verdict: 'likely-fail',
      message: message('precheck.face.cropped', { crown: percent(-head.crownY) }),
    };
  }
  if (head.chinY > 1) return { verdict: 'likely-fail', message: message('precheck.face.chinCropped') };
  if (head.headHeight < T.headTooSmallBelow) {
    return {
      verdict: 'likely-fail',
      message: message('precheck.face.small', { height, limit: percent(T.headTooSmallBelow) }),
    };
  }
  if (head.headHeight > T.headTooLargeAbove) {
    return {
      verdict: 'likely-fail',
      message: message('precheck.face.large', { height, limit: percent(T.headTooLargeAbove) }),
    };
  }
  if (Math.abs(head.centreOffset) > T.offCentreAbove) {
    return {
      verdict: 'likely-fail',
      message: message('precheck.face.offCentre', { offset, limit: percent(T.offCentreAbove) }),
    };
  }
  if (head.crownY < T.croppedUnsureBelow) {
    return { verdict: 'unsure', message: message('precheck.face.croppedBorderline') };
  }
  if (head.headHeight < T.headSmallUnsureBelow || head.headHeight > T.headLargeUnsureAbove) {
    return {
      verdict: 'unsure',
      message: message('precheck.face.sizeBorderline', {
        height,
        low: percent(T.headSmallUnsureBelow),
        high: percent(T.headLargeUnsureAbove),
      }),
    };
  }
  if (Math.abs(head.centreOffset) > T.offCentreUnsureAbove) {
    return { verdict: 'unsure', message: message('precheck.face.offCentreBorderline', { offset }) };
  }
  return {
    verdict: 'likely-pass',
    message: message('precheck.face.ok', { height, width: percent(head.faceWidth) }),
  };
}

export interface EyeFigures {
  leftAspect: number;
  rightAspect: number;
  leftSkinLikeness: number;
  rightSkinLikeness: number;
}

/** Eyes open and visible: both eye regions must not look like skin, and neither lid outline may be shut. */
export function judgeEyes(e: EyeFigures): Judgement {
  const likeness = Math.min(e.leftSkinLikeness, e.rightSkinLikeness);
  const aspect = Math.min(e.leftAspect, e.rightAspect);
  if (!Number.isFinite(likeness)) return { verdict: 'unsure', message: message('precheck.eyes.noFace') };
  if (likeness > T.eyesLikeSkinAbove) {
    return {
      verdict: 'likely-fail',
      message: message('precheck.eyes.likeSkin', { likeness: round2(likeness), limit: T.eyesLikeSkinAbove }),
    };
  }
  if (aspect < T.closedEyeAspectBelow) {
    return {
      verdict: 'likely-fail',
      message: message('precheck.eyes.closedShape', {
        aspect: round2(aspect),
        limit: T.closedEyeAspectBelow,
      }),
    };
  }
  if (likeness > T.eyesUnsureAbove) {
    return {
      verdict: 'unsure',
      message: message('precheck.eyes.borderline', { likeness: round2(likeness) }),
    };
  }
  return {
    verdict: 'likely-pass',
    message: message('precheck.eyes.open', {
      left: round2(e.leftAspect),
      right: round2(e.rightAspect),
      limit: T.closedEyeAspectBelow,
    }),
  };
}

/** Tinted lenses: only a fail or a pass for the lenses themselves; headwear and jewellery are not measured. */
export function judgeEyewear(eyeBrightness: number): Judgement {
  if (!Number.isFinite(eyeBrightness))
    return { verdict: 'unsure', message: message('precheck.eyewear.noFace') };
  const brightness = round2(eyeBrightness);
  if (eyeBrightness < T.tintedLensBelow) {
    return {
      verdict: 'likely-fail',
      message: message('precheck.eyewear.tinted', { brightness, limit: T.tintedLensBelow }),
    };
  }
  return { verdict: 'likely-pass', message: message('precheck.eyewear.clear', { brightness }) };
}

export interface FaceMeasures {
  face: FaceMeasure;
  eyes: EyesMeasure;
  eyewear: EyewearMeasure;
}

const faceThresholds = {
  croppedCrownBelow: T.croppedCrownBelow,
  headTooSmallBelow: T.headTooSmallBelow,
  headTooLargeAbove: T.headTooLargeAbove,
  offCentreAbove: T.offCentreAbove,
  secondFaceScore: T.secondFaceScore,
};
const eyesThresholds = {
  eyesLikeSkinAbove: T.eyesLikeSkinAbove,
  closedEyeAspectBelow: T.closedEyeAspectBelow,
};
const eyewearThresholds = { tintedLensBelow: T.tintedLensBelow };

const unavailableKeys = {
  unavailable: 'precheck.face.unavailable',
  failed: 'precheck.face.failed',
  'not-run': 'precheck.face.notRun',
} as const;

function withoutFace(
  faceMessage: PhotoCheckMessage,
  faceValues: FaceMeasure['values'],
  reason: 'noFace' | 'noDetector',
): FaceMeasures {
  return {
    face: {
      measure: 'face',
      check: 'facialFeatures',
      verdict: 'unsure',
      values: faceValues,
      thresholds: faceThresholds,
      message: faceMessage,
      region: null,
      heuristic: false,
    },
    eyes: {
      measure: 'eyes',
      check: 'facialFeatures',
      verdict: 'unsure',
      values: null,
      thresholds: eyesThresholds,
      message: message(`precheck.eyes.${reason}`),
      region: null,
      heuristic: false,
    },
    eyewear: {
      measure: 'eyewear',
      check: 'noOrnaments',
      verdict: 'unsure',
      values: null,
      thresholds: eyewearThresholds,
      message: message(`precheck.eyewear.${reason}`),
      region: null,
      heuristic: false,
    },
  };
}

/** Every face measure of one photo, from the detector's outcome on its analysis image. */
export function measureFace(detection: FaceDetection, p: PreparedPhoto): FaceMeasures {
  if (detection.status !== 'ran') {
    return withoutFace(message(unavailableKeys[detection.status]), null, 'noDetector');
  }
  const { width, height } = p.image;
  const confident = detection.faces.filter((f) => f.score >= T.secondFaceScore).length;
  const face = mainFace(detection.faces);
  const ms = Math.round(detection.ms);
  if (!face) {
    return withoutFace(
      message('precheck.face.none'),
      { faceCount: 0, score: 0, detectorMs: ms, head: null },
      'noFace',
    );
  }
  const geometry = headGeometry(face.landmarks, width, height, T.crownFactor);
  const head = {
    crownY: round3(geometry.crownY),
    chinY: round3(geometry.chinY),
    headHeight: round3(geometry.headHeight),
    faceWidth: round3(geometry.faceWidth),
    centreOffset: round3(geometry.centreOffset),
  };
  const count = detection.faces.length;
  let faceJudgement: Judgement;
  if (confident >= 2) {
    faceJudgement = { verdict: 'likely-fail', message: message('precheck.face.several', { count }) };
  } else if (count >= 2) {
    const second = [...detection.faces].sort((a, b) => b.score - a.score)[1];
    faceJudgement = {
      verdict: 'unsure',
      message: message('precheck.face.secondUnsure', { score: round2(second?.score ?? 0) }),
    };
  } else {
    faceJudgement = judgeHead(geometry);
  }
  const toPhoto = (box: Box): Box => scaleBox(box, p.scale);
  const faceBox: Box = {
    x: Math.round(face.box.x),
    y: Math.max(0, Math.round(geometry.crownY * height)),
    width: Math.round(face.box.width),
    height: Math.max(
      1,
      Math.round(Math.min(geometry.chinY, 1) * height - Math.max(0, geometry.crownY * height)),
    ),
  };

  const { left, right } = eyes(face.landmarks);
  const leftLook = eyeAppearance(p.luma, left, face.landmarks);
  const rightLook = eyeAppearance(p.luma, right, face.landmarks);
  const figures: EyeFigures = {
    leftAspect: round3(eyeAspectRatio(left)),
    rightAspect: round3(eyeAspectRatio(right)),
    leftSkinLikeness: round3(leftLook.medianRatio),
    rightSkinLikeness: round3(rightLook.medianRatio),
  };
  const eyeBoxes = [pointsBox(left, p.luma, 0.25), pointsBox(right, p.luma, 0.25)].map(toPhoto);
  const eyeJudgement = judgeEyes(figures);
  const eyeBrightness = round3(Math.max(leftLook.medianRatio, rightLook.medianRatio));
  const eyewearJudgement = judgeEyewear(eyeBrightness);

  return {
    face: {
      measure: 'face',
      check: 'facialFeatures',
      ...faceJudgement,
      values: { faceCount: count, score: round3(face.score), detectorMs: ms, head },
      thresholds: faceThresholds,
      region: toPhoto(faceBox),
      heuristic: false,
    },
    eyes: {
      measure: 'eyes',
      check: 'facialFeatures',
      ...eyeJudgement,
      values: Number.isFinite(figures.leftSkinLikeness) ? figures : null,
      thresholds: eyesThresholds,
      region: unionBox(eyeBoxes),
      areas: eyeBoxes,
      heuristic: false,
    },
    eyewear: {
      measure: 'eyewear',
      check: 'noOrnaments',
      ...eyewearJudgement,
      values: Number.isFinite(eyeBrightness) ? { eyeBrightness } : null,
      thresholds: eyewearThresholds,
      region: unionBox(eyeBoxes),
      areas: eyeBoxes,
      heuristic: false,
    },
  };
}
