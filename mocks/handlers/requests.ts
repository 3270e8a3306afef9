import { http } from 'msw';
import type { MockBackend } from '../domain/backend';
import { parseListQuery } from '../domain/list-query';
import { authed, json, param } from './kit';

export function requestHandlers(backend: MockBackend) {
  return [
    http.get(
      '/api/regions',
      authed(backend, () => json(backend.listRegions())),
    ),
    http.get(
      '/api/requests',
      authed(backend, ({ request, actor }) => {
        const query = parseListQuery(new URL(request.url).searchParams);
        return json(backend.listRequests(actor, query));
      }),
    ),
    http.get(
      '/api/requests/:requestId',
      authed(backend, ({ params, actor }) => {
        const detail = backend.getRequest(actor, param(params, 'requestId'));
        return json(detail, {
          headers: { ETag: `"${detail.version}"`, 'Cache-Control': 'private, no-store' },
        });
      }),
    ),
    http.get(
      '/api/requests/:requestId/history',
      authed(backend, ({ params, actor }) =>
        json(backend.history(actor, param(params, 'requestId')), {
          headers: { 'Cache-Control': 'private, no-store' },
        }),
      ),
    ),
  ];
}
