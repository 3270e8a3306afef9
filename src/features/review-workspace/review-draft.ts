import type { CheckName, CheckResult, DecisionInput, RejectionReason } from '@/api/generated/zod';

export const checkNames: readonly CheckName[] = ['background', 'clarity', 'facialFeatures', 'noOrnaments'];

export const rejectionReasons: readonly RejectionReason[] = [
  'background',
  'blurred',
  'exposure',
  'face-not-visible',
  'eyes',
  'ornaments',
  'size-format',
  'different-person',
  'other',
];

/** The reason a failed check pre-selects: the most common way to fail it. */
export const reasonForCheck: Record<CheckName, RejectionReason> = {
  background: 'background',
  clarity: 'blurred',
  facialFeatures: 'face-not-visible',
  noOrnaments: 'ornaments',
};

/** Which check each reason belongs to (null: reasons that no check covers). */
export const checkForReason: Record<RejectionReason, CheckName | null> = {
  background: 'background',
  blurred: 'clarity',
  exposure: 'clarity',
  'face-not-visible': 'facialFeatures',
  eyes: 'facialFeatures',
  ornaments: 'noOrnaments',
  'size-format': null,
  'different-person': null,
  other: null,
};

export const NOTE_MAX = 500;

/** What the reviewer has ticked and written for one request, before deciding. */
export interface ReviewDraft {
  checks: Record<CheckName, CheckResult | null>;
  reasons: RejectionReason[];
  /** Reasons the reviewer removed by hand: a failing check will not add them back. */
  dismissedReasons: RejectionReason[];
  note: string;
  /** Checks whose machine verdict the reviewer marked as wrong (recorded with the decision). */
  disputes: CheckName[];
  /**
   * The decision attempt on its way: one idempotency key, reused on every retry of the same outcome
   * for the same version of the request (see the decision endpoint). Any other attempt gets a new key.
   */
  attempt: DecisionAttempt | null;
}

export interface DecisionAttempt {
  key: string;
  outcome: 'approved' | 'rejected';
  version: number;
}

export const emptyDraft: ReviewDraft = {
  checks: { background: null, clarity: null, facialFeatures: null, noOrnaments: null },
  reasons: [],
  dismissedReasons: [],
  note: '',
  disputes: [],
  attempt: null,
};

export type DraftAction =
  | { type: 'toggleCheck'; check: CheckName }
  | { type: 'setCheck'; check: CheckName; result: CheckResult }
  | { type: 'toggleReason'; reason: RejectionReason }
  | { type: 'setNote'; note: string }
  | { type: 'setAttempt'; attempt: DecisionAttempt | null }
  | { type: 'toggleDispute'; check: CheckName; reason: RejectionReason | null }
  | { type: 'suggestReasons'; reasons: RejectionReason[] }
  | { type: 'reset' };

function withCheck(draft: ReviewDraft, check: CheckName, result: CheckResult): ReviewDraft {
  const reason = reasonForCheck[check];
  let reasons = draft.reasons;
  if (result === 'fail' && !reasons.includes(reason) && !draft.dismissedReasons.includes(reason)) {
    reasons = [...reasons, reason];
  }
  if (result === 'pass' && draft.checks[check] === 'fail') {
    // Passing a check withdraws the reasons that only that check explains.
    reasons = reasons.filter((r) => checkForReason[r] !== check);
  }
  // Any change to what is being decided makes it a new decision attempt.
  return { ...draft, checks: { ...draft.checks, [check]: result }, reasons, attempt: null };
}

export function draftReducer(draft: ReviewDraft, action: DraftAction): ReviewDraft {
  switch (action.type) {
    case 'toggleCheck':
      // Unticked -> pass -> fail -> pass: one key press passes a check, a second fails it.
      return withCheck(draft, action.check, draft.checks[action.check] === 'pass' ? 'fail' : 'pass');
    case 'setCheck':
      return withCheck(draft, action.check, action.result);
    case 'toggleReason': {
      const selected = draft.reasons.includes(action.reason);
      return {
        ...draft,
        reasons: selected
          ? draft.reasons.filter((r) => r !== action.reason)
          : [...draft.reasons, action.reason],
        dismissedReasons: selected
          ? [...draft.dismissedReasons, action.reason]
          : draft.dismissedReasons.filter((r) => r !== action.reason),
        attempt: null,
      };
    }
    case 'setNote':
      return { ...draft, note: action.note, attempt: null };
    case 'setAttempt':
      return { ...draft, attempt: action.attempt };
    case 'toggleDispute': {
      const disputed = draft.disputes.includes(action.check);
      const disputes = disputed
        ? draft.disputes.filter((c) => c !== action.check)
        : [...draft.disputes, action.check];
      // Disputing a likely fail withdraws the reason it suggested, unless the reviewer failed the check.
      const withdraw =
        !disputed && action.reason !== null && draft.checks[action.check] !== 'fail' ? action.reason : null;
      return {
        ...draft,
        disputes,
        reasons: withdraw ? draft.reasons.filter((r) => r !== withdraw) : draft.reasons,
        attempt: null,
      };
    }
    case 'suggestReasons': {
      const added = action.reasons.filter(
        (r) => !draft.reasons.includes(r) && !draft.dismissedReasons.includes(r),
      );
      return added.length === 0 ? draft : { ...draft, reasons: [...draft.reasons, ...added], attempt: null };
    }
    case 'reset':
      return emptyDraft;
  }
}

export function canApprove(draft: ReviewDraft): boolean {
  return checkNames.every((check) => draft.checks[check] === 'pass');
}

// Control characters other than tab and line breaks have no place in a note to a citizen: C0, DEL
// and C1, and lone surrogates, exactly what the server refuses (mocks/domain/decision-rules.ts).
const forbiddenControl = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;

export type NoteProblem = 'required' | 'too-long' | 'control-characters';

/**
 * The note's length as the server counts it (mocks/domain/decision-rules.ts): characters (code points)
 * after trimming, not UTF-16 units, so that an emoji or a rare CJK character (U+20000) counts once.
 */
export function noteLength(note: string): number {
  return [...note.trim()].length;
}

export function noteProblem(note: string): NoteProblem | null {
  const length = noteLength(note);
  if (length === 0) return 'required';
  if (length > NOTE_MAX) return 'too-long';
  if (forbiddenControl.test(note)) return 'control-characters';
  return null;
}

export interface RejectionProblems {
  reasons: 'required' | null;
  note: NoteProblem | null;
}

export function rejectionProblems(draft: ReviewDraft): RejectionProblems {
  return { reasons: draft.reasons.length === 0 ? 'required' : null, note: noteProblem(draft.note) };
}

/** The body of the decision call. Unticked checks are sent as failed: only passes approve. */
export function toDecisionInput(draft: ReviewDraft, outcome: 'approved' | 'rejected'): DecisionInput {
  const checks = Object.fromEntries(
    checkNames.map((c) => [c, draft.checks[c] ?? 'fail']),
  ) as DecisionInput['checks'];
  if (outcome === 'approved') return { outcome, checks, reasonCodes: [], note: '' };
  const reasonCodes = rejectionReasons.filter((r) => draft.reasons.includes(r));
  return { outcome, checks, reasonCodes, note: draft.note.trim() };
}

function parseAttempt(value: unknown): DecisionAttempt | null {
  const attempt = value as Partial<DecisionAttempt> | null | undefined;
  if (
    typeof attempt?.key === 'string' &&
    /^[\w-]{8,100}$/.test(attempt.key) &&
    (attempt.outcome === 'approved' || attempt.outcome === 'rejected') &&
    Number.isInteger(attempt.version)
  ) {
    return { key: attempt.key, outcome: attempt.outcome, version: attempt.version as number };
  }
  return null;
}

/** The key for sending this outcome now: the pending attempt's when it is the same decision, else new. */
export function attemptFor(
  draft: ReviewDraft,
  outcome: 'approved' | 'rejected',
  version: number,
  newKey: () => string,
): DecisionAttempt {
  const pending = draft.attempt;
  if (pending && pending.outcome === outcome && pending.version === version) return pending;
  return { key: newKey(), outcome, version };
}

/** Drafts from storage are untrusted input: anything malformed becomes an empty draft. */
export function parseStoredDraft(text: string | null): ReviewDraft | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ReviewDraft>;
    const checks = { ...emptyDraft.checks };
    for (const check of checkNames) {
      const result = value.checks?.[check];
      checks[check] = result === 'pass' || result === 'fail' ? result : null;
    }
    const reasonsOf = (list: unknown) =>
      Array.isArray(list) ? rejectionReasons.filter((r) => (list as unknown[]).includes(r)) : [];
    return {
      checks,
      reasons: reasonsOf(value.reasons),
      dismissedReasons: reasonsOf(value.dismissedReasons),
      note: typeof value.note === 'string' ? [...value.note].slice(0, NOTE_MAX * 2).join('') : '',
      disputes: Array.isArray(value.disputes)
        ? checkNames.filter((c) => (value.disputes as unknown[]).includes(c))
        : [],
      attempt: parseAttempt(value.attempt),
    };
  } catch {
    return null;
  }
}
