import type {
  CheckName,
  CheckResults,
  DecisionInput,
  DecisionOutcome,
  MachineChecks,
  RejectionReason,
  ReReviewInput,
  RevokeClaimInput,
  SkipInput,
} from '../../src/api/generated/zod';
import type { FieldError } from './problems';

/** How long the reviewer who decided may take the decision back. */
export const UNDO_WINDOW_SECONDS = 60;
/** How long claim-next passes a skipped request over for the reviewer who skipped it. */
export const SKIP_HIDE_SECONDS = 30 * 60;
export const NOTE_MAX_CHARACTERS = 500;
export const REVOKE_REASON_MAX_CHARACTERS = 200;

export const checkNames: readonly CheckName[] = ['background', 'clarity', 'facialFeatures', 'noOrnaments'];

/** The check each rejection reason fails (the contract's RejectionReason); null for those without one. */
export const checkOfReason: Record<RejectionReason, CheckName | null> = {
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

// Line breaks and tabs are text; other C0/C1 controls are not, nor are lone surrogates (no UTF-8 for
// them). Bidi controls (U+202A–U+202E, U+2066–U+2069) are format characters that names and notes in
// some scripts need: accepted, the console renders text inertly.
const controlInNote = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;
const controlInLine = /\p{Cc}|\p{Cs}/u;
// A re-review note may run over several lines, and nothing else.
const controlInParagraphs = /(?![\n\r])\p{Cc}|\p{Cs}/u;

const characters = (text: string) => [...text].length;

function controlCharacterError(field: string, text: string, pattern: RegExp): FieldError[] {
  return pattern.test(text)
    ? [{ field, code: 'control-character', message: 'contains a control character' }]
    : [];
}

/**
 * The rules of a decision beyond its shape: approve only with four passes and no reasons; reject
 * with distinct reasons and a note of 1 to 500 characters after trimming.
 */
export function decisionInputErrors(input: DecisionInput): FieldError[] {
  const errors: FieldError[] = [];
  const note = input.note.trim();
  if (input.outcome === 'approved') {
    for (const name of checkNames) {
      if (input.checks[name] !== 'pass') {
        errors.push({
          field: `checks.${name}`,
          code: 'must-pass',
          message: 'approve only when every check passes',
        });
      }
    }
    if (input.reasonCodes.length > 0) {
      errors.push({ field: 'reasonCodes', code: 'not-allowed', message: 'an approval carries no reasons' });
    }
  } else {
    if (input.reasonCodes.length === 0) {
      errors.push({
        field: 'reasonCodes',
        code: 'required',
        message: 'a rejection needs at least one reason',
      });
    } else if (new Set(input.reasonCodes).size !== input.reasonCodes.length) {
      errors.push({ field: 'reasonCodes', code: 'duplicate', message: 'each reason at most once' });
    }
    if (note === '') {
      errors.push({ field: 'note', code: 'required', message: 'a rejection needs a note to the applicant' });
    }
  }
  if (characters(note) > NOTE_MAX_CHARACTERS) {
    errors.push({ field: 'note', code: 'length', message: `at most ${NOTE_MAX_CHARACTERS} characters` });
  }
  errors.push(...controlCharacterError('note', input.note, controlInNote));
  errors.push(...machineChecksErrors(input.machine ?? {}));
  return errors;
}

/** A reviewer can dispute only a verdict the machine committed to: never an `unsure`. */
export function machineChecksErrors(machine: MachineChecks): FieldError[] {
  return checkNames
    .filter((name) => machine[name]?.verdict === 'unsure' && machine[name].disputed)
    .map((name) => ({
      field: `machine.${name}`,
      code: 'not-allowed',
      message: 'only a likely pass or a likely fail can be disputed',
    }));
}

/** A required text of 1 to `max` characters after trimming. */
function requiredTextErrors(field: string, text: string, max: number): FieldError[] {
  const trimmed = text.trim();
  if (trimmed === '') return [{ field, code: 'required', message: 'must not be empty' }];
  if (characters(trimmed) > max) return [{ field, code: 'length', message: `at most ${max} characters` }];
  return [];
}

/** Why a supervisor takes a claim: one line of 1 to 200 characters. */
/** A reason for revealing an ID number: 5 to 200 printable characters on one line (paragraphs allowed). */
export function revealReasonErrors(reason: string): FieldError[] {
  const trimmed = reason.trim();
  if (trimmed.length < 5) return [{ field: 'reason', code: 'length', message: 'at least 5 characters' }];
  if (controlInParagraphs.test(reason)) {
    return [{ field: 'reason', code: 'control-character', message: 'control characters are not allowed' }];
  }
  return [];
}

export function revokeInputErrors(input: RevokeClaimInput): FieldError[] {
  return [
    ...requiredTextErrors('reason', input.reason, REVOKE_REASON_MAX_CHARACTERS),
    ...controlCharacterError('reason', input.reason, controlInLine),
  ];
}

/** Why a decision goes back for a second review: 1 to 500 characters, line breaks allowed. */
export function reReviewInputErrors(input: ReReviewInput): FieldError[] {
  return [
    ...requiredTextErrors('note', input.note, NOTE_MAX_CHARACTERS),
    ...controlCharacterError('note', input.note, controlInParagraphs),
  ];
}

/** A skip's note is one short line: no control characters at all. */
export function skipInputErrors(input: SkipInput): FieldError[] {
  return controlCharacterError('note', input.note ?? '', controlInLine);
}

/**
 * The version in an If-Match header: `"7"` as sent in ETag, or a bare `7`. A wildcard or a list
 * is refused: a decision must name the one version the reviewer saw.
 */
export function parseIfMatch(header: string | null): number | FieldError {
  const value = header?.trim() ?? '';
  if (value === '') {
    return { field: 'If-Match', code: 'required', message: "send the request's version as If-Match" };
  }
  const match = /^(?:"(\d{1,9})"|(\d{1,9}))$/.exec(value);
  const version = Number(match?.[1] ?? match?.[2]);
  if (!match || version < 1) {
    return { field: 'If-Match', code: 'format', message: 'expected the quoted version, e.g. "7"' };
  }
  return version;
}

export function idempotencyKeyErrors(key: string): FieldError[] {
  return key.length < 8 || key.length > 100
    ? [{ field: 'Idempotency-Key', code: 'length', message: 'from 8 to 100 characters' }]
    : [];
}

/**
 * The decision body in a canonical form, so that retries match whatever the member order. The
 * machine's verdicts count (an omitted `machine` is the same as an empty one).
 */
export function decisionFingerprint(requestId: string, input: DecisionInput): string {
  const checks: CheckResults = {
    background: input.checks.background,
    clarity: input.checks.clarity,
    facialFeatures: input.checks.facialFeatures,
    noOrnaments: input.checks.noOrnaments,
  };
  const machine = checkNames.map((name) => {
    const check = input.machine?.[name];
    return check ? [check.verdict, check.disputed] : null;
  });
  return JSON.stringify([requestId, input.outcome, checks, input.reasonCodes, input.note, machine]);
}

/** What the audit log says of a decision: the outcome and the reasons. */
export function decisionAuditDetail(outcome: DecisionOutcome, reasons: readonly RejectionReason[]): string {
  return reasons.length > 0 ? `${outcome}: ${reasons.join(', ')}` : outcome;
}

/** Check results that fit the reasons: each reason's check fails, the others pass. */
export function checksFor(reasons: readonly RejectionReason[]): CheckResults {
  const failed = new Set(reasons.map((reason) => checkOfReason[reason]));
  const result = (name: CheckName) => (failed.has(name) ? 'fail' : 'pass');
  return {
    background: result('background'),
    clarity: result('clarity'),
    facialFeatures: result('facialFeatures'),
    noOrnaments: result('noOrnaments'),
  };
}
