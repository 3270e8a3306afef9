import type { CheckName, DecisionInput, RejectionReason } from '@/api/generated/zod';
import type { HighlightBox } from './compare/compare-viewer';

/**
 * What the automatic pre-checks found, as the workspace shows it: evidence beside each check, never a
 * tick. The app fills it from the photo-checks feature; the workspace does not know how it is measured.
 */
export type MachineVerdict = 'likely-pass' | 'likely-fail' | 'unsure';

export interface MachineFinding {
  verdict: MachineVerdict;
  /** One line in plain words, in the reviewer's language. */
  summary: string;
  /** What each measure behind it found. */
  details: string[];
  /** Where in the new photo it looked. */
  areas: HighlightBox[];
  /** The rejection reason a likely fail points to. */
  reason: RejectionReason | null;
  heuristic: boolean;
}

export interface MachineEvidence {
  status: 'running' | 'ready' | 'unavailable' | 'error';
  checks: Partial<Record<CheckName, MachineFinding>>;
  file: MachineFinding | null;
}

export const noMachineEvidence: MachineEvidence = { status: 'unavailable', checks: {}, file: null };

/** The machine's verdicts and the reviewer's disputes, as the decision records them. */
export function machineForDecision(
  evidence: MachineEvidence,
  disputes: readonly CheckName[],
): NonNullable<DecisionInput['machine']> | undefined {
  if (evidence.status !== 'ready') return undefined;
  const machine: NonNullable<DecisionInput['machine']> = {};
  for (const [check, finding] of Object.entries(evidence.checks) as [CheckName, MachineFinding][]) {
    machine[check] = {
      verdict: finding.verdict,
      disputed: finding.verdict !== 'unsure' && disputes.includes(check),
    };
  }
  return machine;
}

/** Reasons the machine's likely fails point to, for pre-selection (checks are never ticked for the reviewer). */
export function suggestedReasons(
  evidence: MachineEvidence,
  disputes: readonly CheckName[],
): RejectionReason[] {
  const reasons: RejectionReason[] = [];
  const findings = [
    ...(Object.entries(evidence.checks) as [CheckName | 'file', MachineFinding][]),
    ...(evidence.file ? [['file', evidence.file] as const] : []),
  ];
  for (const [check, finding] of findings) {
    if (finding.verdict !== 'likely-fail' || !finding.reason) continue;
    if (check !== 'file' && disputes.includes(check)) continue;
    if (!reasons.includes(finding.reason)) reasons.push(finding.reason);
  }
  return reasons;
}
