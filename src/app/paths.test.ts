import { pageAt, paths } from './paths';

describe('pageAt', () => {
  it('names the page an address opens, with a workspace address’s request', () => {
    expect(pageAt(paths.queue)).toEqual({ page: 'queue' });
    expect(pageAt(paths.review('rq_0a1b2c3d4e5f'))).toEqual({ page: 'review', requestId: 'rq_0a1b2c3d4e5f' });
    expect(pageAt(paths.dashboard)).toEqual({ page: 'dashboard' });
    expect(pageAt(paths.claims)).toEqual({ page: 'claims' });
    expect(pageAt(paths.signIn)).toEqual({ page: 'signIn' });
  });

  it('has no page for other addresses', () => {
    expect(pageAt(paths.notAuthorised)).toBeNull();
    expect(pageAt('/review')).toBeNull();
    expect(pageAt('/review/a/b')).toBeNull();
    expect(pageAt('/nowhere')).toBeNull();
  });
});
