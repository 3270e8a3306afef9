import { QueryClient } from '@tanstack/react-query';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { ApiError } from '../api-error';
import type { DecisionInput } from '../generated/zod';
import { claimNext } from './claims';
import { decideRequest, requestHistoryQuery, skipRequest, undoDecision } from './decisions';
import { requestKeys } from './requests';

setupMockServer({ pendingCount: 10 });

const approval: DecisionInput = {
  outcome: 'approved',
  checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: [],
  note: '',
};

async function claimed() {
  const request = await claimNext();
  if (!request) throw new Error('nothing to claim');
  return request;
}

async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('the decision endpoints', () => {
  beforeEach(() => signInAs('reviewer1'));

  it('decide sends the version and the key: a retry gets the same decision, and undo gives the request back', async () => {
    const request = await claimed();
    const decision = await decideRequest(request.id, request.version, 'client-key-1', approval);
    expect(decision).toMatchObject({ requestId: request.id, outcome: 'approved' });
    expect(await decideRequest(request.id, request.version, 'client-key-1', approval)).toEqual(decision);
    const restored = await undoDecision(decision.id);
    expect(restored).toMatchObject({ id: request.id, status: 'in_review', decision: null });
    expect(restored.version).toBe(request.version + 2);
  });

  it('a stale version and a reused key come back as the contract’s problems', async () => {
    const request = await claimed();
    const stale = await failureOf(decideRequest(request.id, request.version - 1, 'client-key-2', approval));
    expect(stale.is('version-mismatch')).toBe(true);
    await decideRequest(request.id, request.version, 'client-key-3', approval);
    const reused = await failureOf(
      decideRequest(request.id, request.version, 'client-key-3', { ...approval, note: '合格' }),
    );
    expect(reused.is('idempotency-key-reused')).toBe(true);
  });

  it('skip answers nothing; the history is kept under the request’s detail key', async () => {
    const request = await claimed();
    const history = requestHistoryQuery(request.id);
    expect(history.queryKey).toEqual([...requestKeys.detail(request.id), 'history']);
    const items = await new QueryClient().fetchQuery(history);
    expect(items.map((e) => e.action)).toEqual(['claim']);
    await expect(skipRequest(request.id, { reason: 'unsure' })).resolves.toBeUndefined();
    expect((await claimed()).id).not.toBe(request.id);
  });
});
