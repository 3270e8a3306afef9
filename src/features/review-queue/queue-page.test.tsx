import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import type { User } from '@/api/generated/zod';
import { signInAs, setupMockServer } from '@/testing/mock-server';
import { renderPage } from '@/testing/render';
import { QueuePage } from './queue-page';

const mock = setupMockServer({ pendingCount: 40 });
const reviewer: User = { id: 'u-reviewer1', username: 'reviewer1', displayName: '张敏', role: 'reviewer' };
const reviewPath = (id: string) => `/review/${id}`;

function renderQueue(path = '/') {
  return renderPage(<QueuePage user={reviewer} reviewPath={reviewPath} />, {
    path,
    routes: [{ path: '/review/:requestId', element: <h1>review page</h1> }],
  });
}

describe('the review queue', () => {
  beforeEach(() => signInAs('reviewer1'));

  it('lists waiting requests oldest first with their region and status', async () => {
    renderQueue();
    expect(await screen.findByText('1–25 of 40')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Photo requests' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(26); // header + 25
    const oldest = mock.backend.world.requests.find((r) => r.status === 'pending');
    expect(rows[1]).toHaveTextContent(oldest?.number ?? 'missing');
    expect(within(rows[1] as HTMLElement).getByText('Pending')).toBeInTheDocument();
  });

  it('pages with named buttons and a rows-per-page choice, keeping the focus on the pager', async () => {
    const user = userEvent.setup();
    const { history } = renderQueue();
    expect(await screen.findByText('1–25 of 40')).toBeInTheDocument();
    const previous = screen.getByRole('button', { name: 'Go to previous page' });
    const next = screen.getByRole('button', { name: 'Go to next page' });
    expect(previous).toBeDisabled();
    await user.click(next);
    expect(await screen.findByText('26–40 of 40')).toBeInTheDocument();
    expect(history.location.search).toContain('page=2');
    // The last page disables "next" under the focus: the focus goes to "previous", not to the page.
    expect(next).toBeDisabled();
    expect(previous).toHaveFocus();
    await user.click(previous);
    expect(await screen.findByText('1–25 of 40')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(await screen.findByText('1–40 of 40')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('50');
  });

  it('claims the next request and opens it', async () => {
    const { history } = renderQueue();
    await userEvent.click(await screen.findByRole('button', { name: 'Claim next' }));
    expect(await screen.findByRole('heading', { name: 'review page' })).toBeInTheDocument();
    const oldest = mock.backend.world.requests.find((r) => r.status === 'pending');
    expect(history.location.pathname).toBe(`/review/${oldest?.id}`);
    expect(oldest?.claim?.holderId).toBe('u-reviewer1');
  });

  it('says who holds a request another reviewer claimed first', async () => {
    renderQueue();
    expect(await screen.findByText('1–25 of 40')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Photo requests' });
    const row = within(table).getAllByRole('row')[2] as HTMLElement;
    const target = mock.backend.world.requests.filter((r) => r.status === 'pending')[1];
    if (!target) throw new Error('seed too small');
    const other = mock.backend.world.users.find((u) => u.username === 'reviewer2');
    if (!other) throw new Error('no reviewer2');
    mock.backend.claim(other, target.id);
    await userEvent.click(within(row).getByRole('button', { name: `Claim ${target.number}` }));
    expect(await screen.findByText('李伟 is already reviewing this request.')).toBeInTheDocument();
  });

  it('opens a request the reviewer holds by its link, and names who holds the others', async () => {
    const [mine, theirs] = mock.backend.world.requests.filter((r) => r.status === 'pending');
    const me = mock.backend.world.users.find((u) => u.username === 'reviewer1');
    const other = mock.backend.world.users.find((u) => u.username === 'reviewer2');
    if (!mine || !theirs || !me || !other) throw new Error('seed too small');
    mock.backend.claim(me, mine.id);
    mock.backend.claim(other, theirs.id);
    const { history } = renderQueue();
    expect(await screen.findByText('1–25 of 40')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Photo requests' });
    const [, first, second, third] = within(table).getAllByRole('row') as HTMLElement[];
    // Held: in review, by whom; no claim button on either.
    expect(within(first as HTMLElement).getByText('In review')).toBeInTheDocument();
    expect(within(second as HTMLElement).getByText('李伟')).toBeInTheDocument();
    expect(within(second as HTMLElement).queryByRole('button')).toBeNull();
    expect(within(third as HTMLElement).getByRole('button', { name: /^Claim PR/ })).toBeEnabled();
    await userEvent.click(within(first as HTMLElement).getByRole('link', { name: `Open ${mine.number}` }));
    expect(await screen.findByRole('heading', { name: 'review page' })).toBeInTheDocument();
    expect(history.location.pathname).toBe(`/review/${mine.id}`);
  });

  it('says so when the queue is empty', async () => {
    mock.backend.reset(undefined, 0);
    await signInAs('reviewer1');
    renderQueue();
    expect(
      await screen.findByText('The queue is empty: no request is waiting for review.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Claim next' }));
    expect(await screen.findByText('Nothing to claim: the queue is empty.')).toBeInTheDocument();
  });

  it('shows a clear error with a retry when the list breaks the contract', async () => {
    server.use(http.get('/api/requests', () => HttpResponse.json({ items: [{ id: 1 }], page: 1 })));
    renderQueue();
    expect(await screen.findByText(/sent data this console does not understand/)).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(screen.getAllByRole('button', { name: 'Try again' })[0] as HTMLElement);
    expect(await screen.findByText('1–25 of 40')).toBeInTheDocument();
  });
});
