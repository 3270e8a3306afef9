import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { claimNext } from '@/api/endpoints/claims';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { renderPage } from '@/testing/render';
import { ClaimsPage } from './claims-page';

setupMockServer({ pendingCount: 5 });
const reviewPath = (id: string) => `/review/${id}`;

function renderClaims() {
  return renderPage(<ClaimsPage reviewPath={reviewPath} />, {
    path: '/claims',
    routes: [{ path: '/review/:requestId', element: <h1>read-only request</h1> }],
  });
}

describe('the active claims page', () => {
  it('says so when nobody holds a request', async () => {
    await signInAs('supervisor1');
    renderClaims();
    expect(await screen.findByText('Nobody holds a request right now.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows how long each claim has been held and opens the request read-only', async () => {
    await signInAs('reviewer1');
    const request = await claimNext();
    if (!request) throw new Error('nothing to claim');
    await signInAs('supervisor1');
    const { history } = renderClaims();

    const table = await screen.findByRole('table', { name: 'Active claims' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Request number',
      'Region',
      'Holder',
      'Held for',
      'Claimed at',
      'Lease left',
      'Actions',
    ]);
    const row = await within(table).findByRole('row', { name: new RegExp(request.number) });
    const cells = within(row).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent('张敏');
    // Held since the claim, by the server's clock: seconds after claiming.
    expect(cells[3]?.textContent).toMatch(/^\d{1,2} s$/);

    await userEvent.click(within(row).getByRole('link', { name: request.number }));
    expect(await screen.findByRole('heading', { name: 'read-only request' })).toBeInTheDocument();
    expect(history.location.pathname).toBe(`/review/${request.id}`);
  });
});
