import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { regionsQuery } from '@/api/endpoints/regions';
import { requestDetailQuery } from '@/api/endpoints/requests';
import type { CheckName, RejectionReason } from '@/api/generated/zod';
import type { formatPhotoCheckMessage } from '@/features/photo-checks/messages';
import { photoRulesFor } from '@/features/photo-checks/photo-rules';
import type { MeasureName, MeasureResult, PhotoCheckReport } from '@/features/photo-checks/types';
import { usePhotoChecks } from '@/features/photo-checks/use-photo-checks';
import type { MachineEvidence, MachineFinding } from '@/features/review-workspace/machine-evidence';
import { useI18n, type Locale } from '@/i18n/i18n';

const checkNames: CheckName[] = ['background', 'clarity', 'facialFeatures', 'noOrnaments'];

function measureOf(report: PhotoCheckReport, name: MeasureName): MeasureResult | null {
  const photo = report.newPhoto;
  switch (name) {
    case 'file':
      return photo.file;
    case 'background':
      return photo.background;
    case 'sharpness':
      return photo.sharpness;
    case 'exposure':
      return photo.exposure;
    case 'blockiness':
      return photo.blockiness;
    case 'head-geometry':
      return photo.headGeometry;
    case 'face':
      return photo.face;
    case 'eyes':
      return photo.eyes;
    case 'eyewear':
      return photo.eyewear;
    case 'change':
      return report.change;
  }
}

/** The rejection reason a failing measure points to. */
const reasonOfMeasure: Record<MeasureName, RejectionReason | null> = {
  file: 'size-format',
  background: 'background',
  sharpness: 'blurred',
  blockiness: 'blurred',
  exposure: 'exposure',
  'head-geometry': 'face-not-visible',
  face: 'face-not-visible',
  eyes: 'eyes',
  eyewear: 'ornaments',
  change: null,
};

type Format = typeof formatPhotoCheckMessage;

/**
 * The findings' sentences in both languages (about 4 kB gzipped) are fetched with the page, not in its
 * first screen: the worker takes far longer to measure the photos than they take to arrive.
 */
let messages: Promise<Format> | null = null;
function loadMessages(): Promise<Format> {
  messages ??= import('@/features/photo-checks/messages').then(
    (m) => m.formatPhotoCheckMessage,
    (error: unknown) => {
      messages = null;
      throw error;
    },
  );
  return messages;
}

function findingOf(
  report: PhotoCheckReport,
  check: CheckName | 'file',
  locale: Locale,
  formatPhotoCheckMessage: Format,
): MachineFinding {
  const summary = report.checks[check];
  const measures = summary.measures
    .map((name) => measureOf(report, name))
    .filter((m): m is MeasureResult => m !== null);
  const failing = measures.find((m) => m.verdict === 'likely-fail');
  return {
    verdict: summary.verdict,
    summary: formatPhotoCheckMessage(summary.message, locale),
    details: measures.map((m) => formatPhotoCheckMessage(m.message, locale)),
    areas: measures.flatMap((m) => (m.areas && m.areas.length > 0 ? m.areas : m.region ? [m.region] : [])),
    reason: failing ? reasonOfMeasure[failing.measure] : null,
    heuristic: measures.some((m) => m.heuristic),
  };
}

/**
 * Joins two features at the app level: the automatic pre-checks (photo-checks) measure the request's
 * photos in a worker; the workspace shows what they found beside each check.
 */
export function usePhotoEvidence(requestId: string): MachineEvidence {
  const { locale } = useI18n();
  const detail = useQuery(requestDetailQuery(requestId));
  const regions = useQuery(regionsQuery());
  const region = regions.data?.find((r) => r.code === detail.data?.region);
  const rules = useMemo(() => (region ? photoRulesFor(region) : null), [region]);
  const state = usePhotoChecks(detail.data?.newPhoto ?? null, detail.data?.cardPhoto ?? null, rules);
  const [format, setFormat] = useState<{ format: Format } | null>(null);
  const [messagesFailed, setMessagesFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadMessages().then(
      (loaded) => {
        if (current) setFormat({ format: loaded });
      },
      () => {
        if (current) setMessagesFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return useMemo<MachineEvidence>(() => {
    if (state.status === 'ready' && messagesFailed) return { status: 'error', checks: {}, file: null };
    if (state.status === 'ready' && format) {
      const checks: MachineEvidence['checks'] = {};
      for (const check of checkNames) checks[check] = findingOf(state.report, check, locale, format.format);
      return { status: 'ready', checks, file: findingOf(state.report, 'file', locale, format.format) };
    }
    if (state.status === 'ready') return { status: 'running', checks: {}, file: null };
    if (state.status === 'error') return { status: 'error', checks: {}, file: null };
    if (state.status === 'unavailable') return { status: 'unavailable', checks: {}, file: null };
    return { status: 'running', checks: {}, file: null };
  }, [state, locale, format, messagesFailed]);
}
