import {
  attemptFor,
  canApprove,
  draftReducer,
  emptyDraft,
  noteLength,
  noteProblem,
  parseStoredDraft,
  rejectionProblems,
  toDecisionInput,
  type DraftAction,
  type ReviewDraft,
} from './review-draft';

const run = (...actions: DraftAction[]): ReviewDraft => actions.reduce(draftReducer, emptyDraft);
const toggle = (check: 'background' | 'clarity' | 'facialFeatures' | 'noOrnaments'): DraftAction => ({
  type: 'toggleCheck',
  check,
});

describe('the review draft', () => {
  it('allows approval only when all four checks pass', () => {
    expect(canApprove(emptyDraft)).toBe(false);
    const three = run(toggle('background'), toggle('clarity'), toggle('facialFeatures'));
    expect(canApprove(three)).toBe(false);
    expect(canApprove(draftReducer(three, toggle('noOrnaments')))).toBe(true);
  });

  it('passes a check on the first toggle and fails it on the second', () => {
    expect(run(toggle('clarity')).checks.clarity).toBe('pass');
    expect(run(toggle('clarity'), toggle('clarity')).checks.clarity).toBe('fail');
    expect(run(toggle('clarity'), toggle('clarity'), toggle('clarity')).checks.clarity).toBe('pass');
  });

  it('pre-selects the matching reason when a check fails and withdraws it when it passes again', () => {
    const failed = run(toggle('background'), toggle('background'));
    expect(failed.reasons).toEqual(['background']);
    expect(draftReducer(failed, toggle('background')).reasons).toEqual([]);
    expect(run(toggle('noOrnaments'), toggle('noOrnaments')).reasons).toEqual(['ornaments']);
  });

  it('does not re-add a reason the reviewer removed by hand', () => {
    const failed = run(toggle('clarity'), toggle('clarity'));
    expect(failed.reasons).toEqual(['blurred']);
    const removed = draftReducer(failed, { type: 'toggleReason', reason: 'blurred' });
    const again = draftReducer(draftReducer(removed, toggle('clarity')), toggle('clarity'));
    expect(again.reasons).toEqual([]);
  });

  it('requires at least one reason and a note to reject', () => {
    expect(rejectionProblems(emptyDraft)).toEqual({ reasons: 'required', note: 'required' });
    const ready = run(
      { type: 'toggleReason', reason: 'other' },
      { type: 'setNote', note: ' Please retake. ' },
    );
    expect(rejectionProblems(ready)).toEqual({ reasons: null, note: null });
  });

  it('checks the note for length and control characters', () => {
    expect(noteProblem('   ')).toBe('required');
    expect(noteProblem('x'.repeat(501))).toBe('too-long');
    expect(noteProblem('ok\u0007')).toBe('control-characters');
    // C1 controls and lone surrogates too, as the server refuses them; tabs, line breaks and bidi
    // marks are text (shown isolated).
    expect(noteProblem('ok\u0085')).toBe('control-characters');
    expect(noteProblem('ok\u009b')).toBe('control-characters');
    expect(noteProblem('ok\ud800')).toBe('control-characters');
    expect(noteProblem('a\tb\r\nc\u202e')).toBeNull();
    expect(noteProblem('line one\nline two')).toBeNull();
  });

  it('counts the note in characters, as the server does, not in UTF-16 units', () => {
    // U+20000 (a rare CJK character) and an emoji are one character each but two UTF-16 units.
    expect(noteLength(' \u{20000}😀 ')).toBe(2);
    expect(noteProblem('\u{20000}'.repeat(500))).toBeNull();
    expect(noteProblem('😀'.repeat(500))).toBeNull();
    expect(noteProblem('😀'.repeat(250) + '𠀀'.repeat(250))).toBeNull();
    expect(noteProblem('\u{20000}'.repeat(501))).toBe('too-long');
  });

  it('builds the decision body in the contract order and trims the note', () => {
    const draft = run(
      toggle('background'),
      toggle('clarity'),
      toggle('clarity'),
      { type: 'toggleReason', reason: 'exposure' },
      { type: 'setNote', note: '  Too dark.  ' },
    );
    expect(toDecisionInput(draft, 'rejected')).toEqual({
      outcome: 'rejected',
      checks: { background: 'pass', clarity: 'fail', facialFeatures: 'fail', noOrnaments: 'fail' },
      reasonCodes: ['blurred', 'exposure'],
      note: 'Too dark.',
    });
    expect(toDecisionInput(draft, 'approved')).toMatchObject({ reasonCodes: [], note: '' });
  });

  it('starts a new decision attempt (a new idempotency key) whenever the content changes', () => {
    const attempt = { key: 'key-12345678', outcome: 'rejected' as const, version: 3 };
    const keyed = draftReducer(run(toggle('background')), { type: 'setAttempt', attempt });
    expect(keyed.attempt).toEqual(attempt);
    expect(draftReducer(keyed, { type: 'setNote', note: 'x' }).attempt).toBeNull();
  });

  it('reuses the key only for the same outcome on the same version', () => {
    const attempt = { key: 'key-12345678', outcome: 'rejected' as const, version: 3 };
    const draft = draftReducer(emptyDraft, { type: 'setAttempt', attempt });
    const fresh = () => 'key-new-000001';
    expect(attemptFor(draft, 'rejected', 3, fresh)).toBe(attempt);
    expect(attemptFor(draft, 'approved', 3, fresh).key).toBe('key-new-000001');
    expect(attemptFor(draft, 'rejected', 4, fresh).key).toBe('key-new-000001');
  });

  it('reads stored drafts defensively', () => {
    expect(parseStoredDraft(null)).toBeNull();
    expect(parseStoredDraft('{not json')).toBeNull();
    const stored = parseStoredDraft(
      JSON.stringify({
        checks: { background: 'pass', clarity: 'maybe' },
        reasons: ['eyes', 'bogus'],
        note: 7,
      }),
    );
    expect(stored).toEqual({
      ...emptyDraft,
      checks: { ...emptyDraft.checks, background: 'pass' },
      reasons: ['eyes'],
    });
  });
});
