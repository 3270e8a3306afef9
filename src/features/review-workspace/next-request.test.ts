import { http } from 'msw';
import { server } from '../../../mocks/node';
import { photoSrc } from '@/api/endpoints/photos';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { giveBackNow, nextRequest, prefetchNext, requestHeldAhead } from './next-request';

const mock = setupMockServer({ pendingCount: 10 });

/** Counts the API's answers to claim-next and to photo downloads. */
function countCalls() {
  const calls = { claimNext: 0, photos: 0 };
  server.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/requests/claim-next') calls.claimNext++;
    if (path.startsWith('/api/photos/')) calls.photos++;
  });
  return calls;
}

describe('the next request, claimed ahead', () => {
  beforeEach(async () => {
    // jsdom has no object URLs; these stand in for the browser's, one per fetched photo.
    let made = 0;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => `blob:test/${++made}`, revokeObjectURL: () => undefined }),
    );
    server.use(
      http.get(
        '/api/photos/:photoId',
        () => new Response(new Uint8Array([0xff, 0xd8, 0xff]), { headers: { 'Content-Type': 'image/jpeg' } }),
      ),
    );
    await signInAs('reviewer1');
  });
  afterEach(async () => {
    await giveBackNow();
    server.events.removeAllListeners();
  });

  it('is claimed and its photos fetched while the reviewer works; moving on then takes it from memory', async () => {
    const calls = countCalls();
    prefetchNext('u-reviewer1');
    prefetchNext('u-reviewer1'); // a second call while one is on its way asks nothing more
    await vi.waitFor(() => expect(requestHeldAhead()).not.toBeNull());
    expect(calls.claimNext).toBe(1);
    await vi.waitFor(() => expect(calls.photos).toBe(2));
    const heldId = requestHeldAhead();

    const found = nextRequest('u-reviewer1');
    // Synchronously, without asking the server again.
    expect('ready' in found && found.ready.id).toBe(heldId);
    expect(calls.claimNext).toBe(1);
    if (!('ready' in found)) throw new Error('expected the request from memory');
    expect(found.ready.claim?.holder.id).toBe('u-reviewer1');
    // Its photos show from the copies fetched ahead, not from the API.
    expect(photoSrc(found.ready.newPhoto)).toMatch(/^blob:/);
    expect(photoSrc(found.ready.cardPhoto)).toMatch(/^blob:/);
    expect(requestHeldAhead()).toBeNull();
  });

  it('asks the server when nothing was claimed ahead, and when the queue is empty says so', async () => {
    const found = nextRequest('u-reviewer1');
    expect('pending' in found).toBe(true);
    if (!('pending' in found)) throw new Error('expected a server call');
    expect((await found.pending)?.claim?.holder.id).toBe('u-reviewer1');

    mock.backend.reset(undefined, 0);
    await signInAs('reviewer1');
    const empty = nextRequest('u-reviewer1');
    if (!('pending' in empty)) throw new Error('expected a server call');
    expect(await empty.pending).toBeNull();
  });

  it('gives back a request claimed ahead when the reviewer leaves, or for another reviewer', async () => {
    prefetchNext('u-reviewer1');
    await vi.waitFor(() => expect(requestHeldAhead()).not.toBeNull());
    const heldId = requestHeldAhead() ?? '';
    await giveBackNow();
    expect(requestHeldAhead()).toBeNull();
    const request = mock.backend.world.requestsById.get(heldId);
    expect(request?.claim).toBeNull();
  });

  it('a failed claim ahead leaves nothing held, and moving on asks the server itself', async () => {
    server.use(
      http.post('/api/requests/claim-next', () => new Response(null, { status: 503 }), { once: true }),
    );
    prefetchNext('u-reviewer1');
    // Moving on while the claim ahead is still on its way: its failure makes it ask again.
    const found = nextRequest('u-reviewer1');
    if (!('pending' in found)) throw new Error('expected a server call');
    expect((await found.pending)?.claim?.holder.id).toBe('u-reviewer1');
    expect(requestHeldAhead()).toBeNull();
  });
});
