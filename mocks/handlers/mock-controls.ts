import { http } from 'msw';
import {
  MockAdvanceClockBodySchema,
  MockResetBodySchema,
  MockSettingsPatchSchema,
} from '../../src/api/generated/zod';
import type { MockBackend } from '../domain/backend';
import { problems } from '../domain/problems';
import { json, param, readBody, route } from './kit';

/** Test and demo controls. They exist only on the mock; the bureau's server has no such paths. */
export function mockControlHandlers(backend: MockBackend) {
  const exempt = { faults: false };
  return [
    http.post(
      '/api/__mock/reset',
      route(
        backend,
        async ({ request }) => {
          const body = await readBody(request, MockResetBodySchema, true);
          const at = body.now === undefined ? undefined : Date.parse(body.now);
          return json(
            backend.reset(body.seed, body.pendingCount, body.historyDecisions, at, {
              hostileText: body.hostileText ?? false,
              keepSessions: body.keepSessions ?? false,
            }),
          );
        },
        exempt,
      ),
    ),
    http.get(
      '/api/__mock/settings',
      route(backend, () => json(backend.state()), exempt),
    ),
    http.post(
      '/api/__mock/settings',
      route(
        backend,
        async ({ request }) => json(backend.updateSettings(await readBody(request, MockSettingsPatchSchema))),
        exempt,
      ),
    ),
    http.get(
      '/api/__mock/requests',
      route(
        backend,
        ({ request }) => {
          const variant = new URL(request.url).searchParams.get('variant') ?? '';
          if (!/^[a-z-]{1,40}$/.test(variant)) {
            throw problems.validation([
              { field: 'variant', code: 'pattern', message: 'a library variant name' },
            ]);
          }
          return json(backend.findByVariant(variant));
        },
        exempt,
      ),
    ),
    http.get(
      '/api/__mock/requests/:requestId/card',
      route(backend, ({ params }) => json(backend.cardOf(param(params, 'requestId'))), exempt),
    ),
    http.post(
      '/api/__mock/clock',
      route(
        backend,
        async ({ request }) =>
          json(backend.advanceClock((await readBody(request, MockAdvanceClockBodySchema)).advanceSeconds)),
        exempt,
      ),
    ),
  ];
}
