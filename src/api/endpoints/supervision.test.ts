import { QueryClient } from '@tanstack/react-query';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { ApiError } from '../api-error';
import type { DecisionInput } from '../generated/zod';
import { claimNext, heartbeatClaim, revokeClaim } from './claims';
import { decideRequest } from './decisions';
import { requestListQuery, requestReReview } from './requests';

setupMockServer({ pendingCount: 10 });

const approval: DecisionInput = {
  outcome: 'approved',
  checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: [],
  note: '',
};

async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

async function claimed() {
  const request = await claimNext();
  if (!request) throw new Error('nothing to claim');
  return request;
}

describe('the supervision endpoints', () => {
  it('revokeClaim answers the request as it is now; the former holder hears why, with who', async () => {
    await signInAs('reviewer1');
    const request = await claimed();
    await signInAs('supervisor1');
    const summary = await revokeClaim(request.id, { reason: '转给李伟', reassignTo: 'u-reviewer2' });
    expect(summary).toMatchObject({ id: request.id, status: 'in_review', reReview: false });
    expect(summary.claim?.holder).toEqual({ id: 'u-reviewer2', displayName: '李伟' });

    await signInAs('reviewer1');
    const error = await failureOf(heartbeatClaim(request.id));
    expect(error.is('claim-revoked')).toBe(true);
    expect(error.message).toBe('转给李伟');
    expect(error.problem?.revokedBy).toEqual({ id: 'u-supervisor1', displayName: '王芳' });
  });

  it('requestReReview sends a decision back; the decider may not take it again', async () => {
    await signInAs('reviewer1');
    const request = await claimed();
    await decideRequest(request.id, request.version, 'supervision-client-1', approval);
    await signInAs('supervisor1');
    const detail = await requestReReview(request.id, { note: '请复核' });
    expect(detail).toMatchObject({
      id: request.id,
      status: 'pending',
      reReview: true,
      reReviewNote: '请复核',
    });
    const again = await failureOf(requestReReview(request.id, { note: '请复核' }));
    expect(again.is('not-claimable')).toBe(true);

    await signInAs('reviewer1');
    expect((await claimed()).id).not.toBe(request.id);
  });

  it('the list takes the decision filters', async () => {
    await signInAs('supervisor1');
    const page = await new QueryClient().fetchQuery(
      requestListQuery({
        status: [],
        region: [],
        submittedFrom: null,
        submittedTo: null,
        q: '',
        sort: 'submittedAt',
        page: 1,
        pageSize: 100,
        decidedBy: 'u-reviewer1',
        reason: 'background',
        decidedFrom: null,
        decidedTo: new Date(Date.now() + 86_400_000).toISOString(),
      }),
    );
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((r) => r.status === 'rejected')).toBe(true);
  });
});
