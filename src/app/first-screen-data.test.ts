import { claimKeys } from '@/api/endpoints/claims';
import { regionKeys } from '@/api/endpoints/regions';
import { requestKeys } from '@/api/endpoints/requests';
import { sessionKeys } from '@/api/endpoints/session';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { requestFirstScreenData } from './first-screen-data';
import { createQueryClient } from './query-client';

setupMockServer();

const queued = (client: ReturnType<typeof createQueryClient>) =>
  client
    .getQueryCache()
    .findAll()
    .map((query) => query.queryKey[0] as string)
    .sort();

describe('asking for the first screen’s data at start-up', () => {
  it('asks for the queue page’s list, regions and claims once the session is known', async () => {
    await signInAs('reviewer1');
    const client = createQueryClient();
    const { answered } = requestFirstScreenData(client, {
      pathname: '/',
      search: '?region=310100&sort=-submittedAt',
    });
    const lists = client.getQueryCache().findAll({ queryKey: requestKeys.lists() });
    expect(lists).toHaveLength(1);
    expect(lists[0]?.queryKey[2]).toMatchObject({ region: ['310100'] });
    // Settled only once everything the page shows first has answered: it then renders once, with it.
    await answered;
    expect(lists[0]?.state.status).toBe('success');
    expect(client.getQueryData(regionKeys.all)).toBeDefined();
    expect(client.getQueryData(claimKeys.mine())).toBeDefined();
  });

  it('asks for the request in a workspace address', async () => {
    await signInAs('reviewer1');
    const client = createQueryClient();
    const { answered } = requestFirstScreenData(client, { pathname: '/review/rq-not-there', search: '' });
    const detail = client.getQueryCache().find({ queryKey: requestKeys.detail('rq-not-there') });
    expect(detail).toBeDefined();
    // A failure settles it too: the page shows the error.
    await answered;
    expect(detail?.state.status).toBe('error');
  });

  it('for someone signed out, the page’s data is refused and the session stays empty', async () => {
    const client = createQueryClient();
    await requestFirstScreenData(client, { pathname: '/', search: '' }).answered;
    const list = client.getQueryCache().findAll({ queryKey: requestKeys.lists() })[0];
    expect(list?.state.status).toBe('error');
    expect(client.getQueryData(sessionKeys.all)).toBeNull();
    // Nothing that needs to know who this is: no claims.
    expect(client.getQueryCache().find({ queryKey: claimKeys.mine() })).toBeUndefined();
    expect(queued(client)).not.toContain('claims');
  });

  it('asks for nothing but the session on pages it does not prefetch', async () => {
    await signInAs('supervisor1');
    const client = createQueryClient();
    await requestFirstScreenData(client, { pathname: '/dashboard', search: '' }).answered;
    expect(queued(client)).toEqual(['session']);
  });
});
