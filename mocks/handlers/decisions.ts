import { http } from 'msw';
import type { MockBackend } from '../domain/backend';
import { authed, json, param, readJson } from './kit';

export function decisionHandlers(backend: MockBackend) {
  return [
    http.post(
      '/api/requests/:requestId/decision',
      authed(backend, async ({ request, params, actor }) => {
        const body = await readJson(request);
        const { decision, replayed } = backend.decide(
          actor,
          param(params, 'requestId'),
          {
            idempotencyKey: request.headers.get('Idempotency-Key'),
            ifMatch: request.headers.get('If-Match'),
          },
          body,
        );
        // A retry gets the first answer again, as 200: the decision was not made twice.
        return json(decision, { status: replayed ? 200 : 201, headers: { 'Cache-Control': 'no-store' } });
      }),
    ),
    http.post(
      '/api/requests/:requestId/re-review',
      authed(backend, async ({ request, params, actor }) =>
        json(backend.reReview(actor, param(params, 'requestId'), await readJson(request)), {
          headers: { 'Cache-Control': 'private, no-store' },
        }),
      ),
    ),
    http.post(
      '/api/decisions/:decisionId/undo',
      authed(backend, ({ params, actor }) =>
        json(backend.undo(actor, param(params, 'decisionId')), {
          headers: { 'Cache-Control': 'private, no-store' },
        }),
      ),
    ),
  ];
}
