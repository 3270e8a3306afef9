import { http } from 'msw';
import type { MockBackend } from '../domain/backend';
import { authed, json, param, readJson } from './kit';

export function claimHandlers(backend: MockBackend) {
  return [
    http.post(
      '/api/requests/claim-next',
      authed(backend, ({ actor }) => {
        const detail = backend.claimNext(actor);
        return detail
          ? json(detail, { headers: { 'Cache-Control': 'private, no-store' } })
          : new Response(null, { status: 204 });
      }),
    ),
    http.post(
      '/api/requests/:requestId/claim',
      authed(backend, ({ params, actor }) =>
        json(backend.claim(actor, param(params, 'requestId')), {
          headers: { 'Cache-Control': 'private, no-store' },
        }),
      ),
    ),
    http.delete(
      '/api/requests/:requestId/claim',
      authed(backend, ({ params, actor }) => {
        backend.release(actor, param(params, 'requestId'));
        return new Response(null, { status: 204 });
      }),
    ),
    http.post(
      '/api/requests/:requestId/skip',
      authed(backend, async ({ request, params, actor }) => {
        backend.skip(actor, param(params, 'requestId'), await readJson(request));
        return new Response(null, { status: 204 });
      }),
    ),
    http.post(
      '/api/requests/:requestId/id-number',
      authed(backend, async ({ request, params, actor }) =>
        json(backend.revealIdNumber(actor, param(params, 'requestId'), await readJson(request)), {
          headers: { 'Cache-Control': 'private, no-store' },
        }),
      ),
    ),
    http.post(
      '/api/requests/:requestId/claim/heartbeat',
      authed(backend, async ({ request, params, actor }) =>
        json(backend.heartbeat(actor, param(params, 'requestId'), await readJson(request, true))),
      ),
    ),
    http.post(
      '/api/requests/:requestId/claim/revoke',
      authed(backend, async ({ request, params, actor }) =>
        json(backend.revokeClaim(actor, param(params, 'requestId'), await readJson(request)), {
          headers: { 'Cache-Control': 'no-store' },
        }),
      ),
    ),
    http.get(
      '/api/claims',
      authed(backend, ({ actor }) => json(backend.allClaims(actor))),
    ),
    http.get(
      '/api/me/claims',
      authed(backend, ({ actor }) => json(backend.myClaims(actor))),
    ),
  ];
}
