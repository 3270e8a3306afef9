import { http } from 'msw';
import type { MockBackend } from '../domain/backend';
import { problems } from '../domain/problems';
import { claimHandlers } from './claims';
import { decisionHandlers } from './decisions';
import { exportHandlers } from './exports';
import { problemResponse } from './kit';
import { metricsHandlers } from './metrics';
import { mockControlHandlers } from './mock-controls';
import { photoHandlers, type PhotoStore } from './photos';
import { requestHandlers } from './requests';
import { sessionHandlers } from './session';

export type { PhotoStore } from './photos';

/** Every handler of the mock API, in match order, bound to one backend. */
export function createHandlers(backend: MockBackend, photos: PhotoStore) {
  return [
    ...mockControlHandlers(backend),
    ...sessionHandlers(backend),
    // claim-next must precede /api/requests/:requestId.
    ...claimHandlers(backend),
    ...decisionHandlers(backend),
    ...exportHandlers(backend),
    ...requestHandlers(backend),
    ...metricsHandlers(backend),
    ...photoHandlers(backend, photos),
    http.all('/api/*', () => problemResponse(problems.notFound('This API path'), backend)),
  ];
}
