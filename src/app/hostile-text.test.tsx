/**
 * Hostile text from citizens and staff (markup, script, image handlers, bidi overrides) shows as the
 * literal text it is wherever the console puts it, and a name inside a sentence or a cell sits in
 * its own <bdi>. The mock's hostile world (mock control `hostileText`) supplies the text.
 */
import { screen } from '@testing-library/react';
import { hostileNames, hostileNotes, hostileStaffName } from '../../mocks/domain/hostile-text';
import { metricsReviewers, parseMetricsQuery } from '../../mocks/domain/metrics';
import type { User } from '@/api/generated/zod';
import { ReviewersTable } from '@/features/dashboard/reviewers-table';
import { QueuePage } from '@/features/review-queue/queue-page';
import { RequestPanel } from '@/features/review-workspace/request-panel';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { renderPage } from '@/testing/render';

const mock = setupMockServer({ pendingCount: 40 });
const supervisor: User = {
  id: 'u-supervisor1',
  username: 'supervisor1',
  displayName: '王芳',
  role: 'supervisor',
};

beforeEach(async () => {
  mock.backend.reset(undefined, 40, undefined, undefined, { hostileText: true });
  delete (window as { __pwned?: unknown }).__pwned;
  await signInAs('supervisor1');
});

const userNamed = (username: string) => {
  const found = mock.backend.world.users.find((u) => u.username === username);
  if (!found) throw new Error(`no ${username}`);
  return found;
};

/** Nothing the text spelled out became an element, and no handler ran. */
function expectInert(container: HTMLElement) {
  expect(container.querySelector('script, img, b, iframe')).toBeNull();
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}

/** The text is shown literally, in an element of its own that isolates it (a <bdi>). */
function expectIsolated(text: string) {
  const found = screen.getAllByText(text, { normalizer: (s) => s });
  for (const element of found) expect(element.closest('bdi'), text).not.toBeNull();
}

describe('hostile text', () => {
  it('the request panel shows names, earlier notes and the audit trail as inert, isolated text', async () => {
    const world = mock.backend.world;
    // A waiting request of an applicant with an earlier rejection (their notes are hostile).
    const request = world.requests.find(
      (r) =>
        r.status === 'pending' &&
        world.requests.some(
          (o) => o.applicantId === r.applicantId && o.status === 'rejected' && o.submittedAt < r.submittedAt,
        ),
    );
    if (!request) throw new Error('the seed has no resubmission');
    const reviewer5 = userNamed('reviewer5');
    mock.backend.claim(reviewer5, request.id);
    const skipNote = '<img src=x onerror="window.__pwned = 1">\u202Eexe.gpj';
    mock.backend.skip(reviewer5, request.id, { reason: 'other', note: skipNote });
    const detail = mock.backend.getRequest(userNamed('supervisor1'), request.id);
    expect(hostileNames).toContain(detail.applicant.name);
    const note = detail.previousRequests.find((p) => p.note)?.note ?? '';
    expect(hostileNotes).toContain(note);

    const { container } = renderPage(
      <RequestPanel
        request={detail}
        region={undefined}
        now={Date.now()}
        leaseWarningMs={60_000}
        showHistory
        canRevealId={false}
      />,
    );
    const staff = await screen.findAllByText(hostileStaffName, { normalizer: (s) => s });
    expect(staff.map((element) => element.parentElement?.textContent)).toContain(
      `Skipped · ${hostileStaffName}`,
    );
    expectIsolated(detail.applicant.name);
    expectIsolated(note);
    expect(screen.getByText(note, { normalizer: (s) => s }).parentElement).toHaveTextContent(
      `Note sent: ${note}`,
      {
        normalizeWhitespace: false,
      },
    );
    expectIsolated(hostileStaffName);
    expectIsolated(`other: ${skipNote}`);
    expectInert(container);
  });

  it('the queue shows a hostile holder name as inert text in its own <bdi>', async () => {
    const waiting = mock.backend.world.requests.find((r) => r.status === 'pending');
    if (!waiting) throw new Error('nothing waits');
    mock.backend.claim(userNamed('reviewer5'), waiting.id);
    const { container } = renderPage(<QueuePage user={supervisor} reviewPath={(id) => `/review/${id}`} />);
    expect(await screen.findByText('1–25 of 40')).toBeInTheDocument();
    expectIsolated(hostileStaffName);
    expectInert(container);
  });

  it('a dashboard drill-down names the reviewer inertly, isolated, in the filter chip', async () => {
    const { container } = renderPage(<QueuePage user={supervisor} reviewPath={(id) => `/review/${id}`} />, {
      path: '/?decidedBy=u-reviewer5',
    });
    const chipText = await screen.findByText(hostileStaffName, { normalizer: (s) => s });
    expect(chipText.closest('bdi')).not.toBeNull();
    expect(chipText.closest('.MuiChip-root')).toHaveTextContent(`Decided by ${hostileStaffName}`, {
      normalizeWhitespace: false,
    });
    expectInert(container);
  });

  it('the dashboard’s reviewers table shows a hostile name inertly, isolated', () => {
    const view = mock.backend.metricsView(userNamed('supervisor1'));
    const query = parseMetricsQuery(
      new URLSearchParams({
        from: new Date(view.now - 7 * 86_400_000).toISOString(),
        to: new Date(view.now).toISOString(),
      }),
      view.world.regions.map((r) => r.code),
    );
    const rows = metricsReviewers(view, query).items;
    const { container } = renderPage(<ReviewersTable rows={rows} onSelect={() => undefined} />);
    expectIsolated(hostileStaffName);
    expect(screen.getByRole('button', { name: `Decisions by ${hostileStaffName}` })).toBeInTheDocument();
    expectInert(container);
  });
});
