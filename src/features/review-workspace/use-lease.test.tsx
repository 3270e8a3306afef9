import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { claimNext, revokeClaim } from '@/api/endpoints/claims';
import type { RequestDetail } from '@/api/generated/zod';
import { serverNow } from '@/api/server-clock';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { decisionOutbox, type OutboxEntry } from './decision-outbox';
import { loadDraft, saveDraft } from './draft-storage';
import { emptyDraft, type ReviewDraft } from './review-draft';
import { useLease } from './use-lease';

setupMockServer({ pendingCount: 5 });

const reviewer = 'u-reviewer1';

const typed: ReviewDraft = {
  ...emptyDraft,
  checks: { ...emptyDraft.checks, background: 'pass', clarity: 'fail' },
  reasons: ['blurred'],
  note: 'almost done',
  attempt: { key: 'attempt-key-12345', outcome: 'rejected', version: 1 },
};

function failedEntry(requestId: string): OutboxEntry {
  return {
    requestId,
    number: `PR-${requestId}`,
    version: 1,
    key: `key-${requestId}-000`,
    input: { outcome: 'approved', checks: { ...emptyDraft.checks }, reasonCodes: [], note: '' },
    queuedAt: 0,
    state: 'failed',
    attempts: 1,
    lastError: null,
  } as unknown as OutboxEntry;
}

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

afterEach(() => {
  decisionOutbox.clear();
  sessionStorage.clear();
});

describe('a lease taken away by a supervisor', () => {
  it('drops the draft, its idempotency key and its outbox entry, and nothing of other requests', async () => {
    await signInAs('reviewer1');
    const request = await claimNext();
    if (!request) throw new Error('nothing to claim');
    saveDraft(reviewer, request.id, typed);
    saveDraft(reviewer, 'other-request', typed);
    sessionStorage.setItem(
      `photo-review.outbox.${reviewer}`,
      JSON.stringify([failedEntry(request.id), failedEntry('other-request')]),
    );
    const detach = decisionOutbox.attach(reviewer, {
      confirmed: () => undefined,
      failed: () => undefined,
      unauthorized: () => undefined,
    });
    onTestFinished(detach);
    expect(decisionOutbox.snapshot()).toHaveLength(2);

    await signInAs('supervisor1');
    await revokeClaim(request.id, { reason: 'Urgent: reassigned', reassignTo: 'u-reviewer2' });
    await signInAs('reviewer1');

    // The next heartbeat is due soon: a lease with a few seconds left is renewed after two.
    const nearlyDue: RequestDetail = {
      ...request,
      claim: request.claim && { ...request.claim, expiresAt: new Date(serverNow() + 5000).toISOString() },
    };
    const onRevoked = vi.fn();
    const { result } = renderHook(() => useLease(nearlyDue, reviewer, { onRevoked }), { wrapper });
    expect(result.current.state).toBe('held');

    await waitFor(() => expect(result.current.state).toBe('lost'), { timeout: 6000 });
    expect(result.current.revocation).toEqual({ by: '王芳', reason: 'Urgent: reassigned' });
    expect(onRevoked).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem(`photo-review.draft.${reviewer}.${request.id}`)).toBeNull();
    expect(loadDraft(reviewer, request.id)).toEqual(emptyDraft);
    expect(decisionOutbox.get(request.id)).toBeUndefined();
    // Other requests' work is untouched.
    expect(loadDraft(reviewer, 'other-request')).toEqual(typed);
    expect(decisionOutbox.get('other-request')).toBeDefined();
    expect(sessionStorage.getItem(`photo-review.outbox.${reviewer}`)).toContain('other-request');
  }, 15_000);
});

describe('a page being closed or reloaded', () => {
  const secondsLeft = async (requestId: string) => {
    const mine = (await (await fetch('/api/me/claims')).json()) as {
      items: Array<{ id: string; claim: { expiresAt: string } }>;
    };
    const claim = mine.items.find((item) => item.id === requestId)?.claim;
    return claim ? (Date.parse(claim.expiresAt) - serverNow()) / 1000 : 0;
  };

  it('shortens the lease to a minute as the page goes, and the reloaded page renews it at once', async () => {
    await signInAs('reviewer1');
    const request = await claimNext();
    if (!request) throw new Error('nothing to claim');
    const first = renderHook(() => useLease(request, reviewer), { wrapper });
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await secondsLeft(request.id)).toBeLessThanOrEqual(60));
    expect(sessionStorage.getItem(`photo-review.leaving.${request.id}`)).toBe('1');
    first.unmount();

    // The reloaded page: its lease has a minute left, so the usual schedule would renew in 20 s.
    const reloaded: RequestDetail = {
      ...request,
      claim: request.claim && { ...request.claim, expiresAt: new Date(serverNow() + 60_000).toISOString() },
    };
    renderHook(() => useLease(reloaded, reviewer), { wrapper });
    await waitFor(async () => expect(await secondsLeft(request.id)).toBeGreaterThan(500), { timeout: 3000 });
    expect(sessionStorage.getItem(`photo-review.leaving.${request.id}`)).toBeNull();
  });
});
