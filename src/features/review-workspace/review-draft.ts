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
  /** One key per decision attempt, reused on every retry of it (see the decision endpoint). */
  idempotencyKey: string | null;
}

export const emptyDraft: ReviewDraft = {
  checks: { background: null, clarity: null, facialFeatures: null, noOrnaments: null },
  reasons: [],
  dismissedReasons: [],
  note: '',
  idempotencyKey: null,
};

export type DraftAction =
  | { type: 'toggleCheck'; check: CheckName }
  | { type: 'setCheck'; check: CheckName; result: CheckResult }
  | { type: 'toggleReason'; reason: RejectionReason }
  | { type: 'setNote'; note: string }
  | { type: 'setIdempotencyKey'; key: string | null }
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
  return { ...draft, checks: { ...draft.checks, [check]: result }, reasons, idempotencyKey: null };
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
        idempotencyKey: null,
      };
    }
    case 'setNote':
      return { ...draft, note: action.note, idempotencyKey: null };
    case 'setIdempotencyKey':
      return { ...draft, idempotencyKey: action.key };
    case 'reset':
      return emptyDraft;
  }
}

export function canApprove(draft: ReviewDraft): boolean {
  return checkNames.every((check) => draft.checks[check] === 'pass');
}

// Control characters other than tab and line breaks have no place in a note to a citizen.
// eslint-disable-next-line no-control-regex
const forbiddenControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export type NoteProblem = 'required' | 'too-long' | 'control-characters';

export function noteProblem(note: string): NoteProblem | null {
  const trimmed = note.trim();
  if (trimmed.length === 0) return 'required';
  if (trimmed.length > NOTE_MAX) return 'too-long';
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
      note: typeof value.note === 'string' ? value.note.slice(0, NOTE_MAX * 2) : '',
      idempotencyKey:
        typeof value.idempotencyKey === 'string' && /^[\w-]{8,100}$/.test(value.idempotencyKey)
          ? value.idempotencyKey
          : null,
    };
  } catch {
    return null;
  }
}
