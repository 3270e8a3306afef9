import { screen, waitFor } from '@testing-library/react';
import { claimNext } from '@/api/endpoints/claims';
import type { DecisionInput } from '@/api/generated/zod';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { renderPage } from '@/testing/render';
import { decisionOutbox } from './decision-outbox';
import { useDecisionOutboxRunner } from './outbox-runner';

const mock = setupMockServer({ pendingCount: 5 });

const approval: DecisionInput = {
  outcome: 'approved',
  checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: [],
  note: '',
};

function Runner({ userId }: { userId: string }) {
  useDecisionOutboxRunner({ userId, signedIn: true, reviewPath: (id) => `/review/${id}` });
  return null;
}

async function claimAsReviewer() {
  await signInAs('reviewer1');
  const reviewer = mock.backend.world.users.find((u) => u.username === 'reviewer1');
  const claimed = await claimNext();
  if (!reviewer || !claimed) throw new Error('the seed has no reviewer1 or nothing to claim');
  return { userId: reviewer.id, request: claimed };
}

afterEach(() => decisionOutbox.clear());

describe('the decision outbox runner', () => {
  it('announces a confirmed decision through the lasting live region', async () => {
    const { userId, request } = await claimAsReviewer();
    renderPage(<Runner userId={userId} />);
    // The one live region there is before anything happens: the page's, not a toast's.
    const liveRegion = screen.getByRole('status');
    expect(liveRegion).toBeEmptyDOMElement();

    decisionOutbox.enqueue({
      requestId: request.id,
      number: request.number,
      version: request.version,
      key: crypto.randomUUID(),
      input: approval,
    });

    await waitFor(() => expect(liveRegion).toHaveTextContent(`Approved ${request.number}.`));
  });

  it('says a refused decision once, as an alert (not again in the live region)', async () => {
    const { userId, request } = await claimAsReviewer();
    renderPage(<Runner userId={userId} />, { locale: 'zh-CN' });
    const liveRegion = screen.getByRole('status');

    // A stale version is refused for good (412): the reviewer must hear that it was not recorded.
    decisionOutbox.enqueue({
      requestId: request.id,
      number: request.number,
      version: request.version - 1,
      key: crypto.randomUUID(),
      input: approval,
    });

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(`${request.number} 的决定未被记录`);
    expect(liveRegion).not.toHaveTextContent('未被记录');
  });
});
