import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { renderPage } from '@/testing/render';
import { RequestPanel } from './request-panel';

const mock = setupMockServer();

beforeEach(async () => {
  await signInAs('supervisor1');
});

describe('the request panel’s audit trail', () => {
  it('is a heading with a button that expands and collapses its region, by mouse or keyboard', async () => {
    const user = userEvent.setup();
    const supervisor = mock.backend.world.users.find((u) => u.username === 'supervisor1');
    const waiting = mock.backend.world.requests.find((r) => r.status === 'pending');
    if (!supervisor || !waiting) throw new Error('the seed has no supervisor or no waiting request');
    const detail = mock.backend.getRequest(supervisor, waiting.id);
    renderPage(
      <RequestPanel
        request={detail}
        region={undefined}
        now={Date.now()}
        leaseWarningMs={60_000}
        showHistory
        canRevealId={false}
      />,
    );
    const toggle = screen.getByRole('button', { name: 'Audit trail' });
    const heading = screen.getByRole('heading', { level: 2, name: 'Audit trail' });
    expect(heading).toContainElement(toggle);
    // Valid nesting: no heading inside the button, no heading inside the heading.
    expect(toggle.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')).toBeNull();
    expect(heading.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')).toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Audit trail' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Audit trail' })).toBeVisible();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});
