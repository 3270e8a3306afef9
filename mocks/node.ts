import { setupServer } from 'msw/node';
import { createNodeMock } from './node-backend';

/** The mock API inside Vitest's process. Tests reset it with `mock.backend.reset()` between cases. */
export const mock = createNodeMock();
export const server = setupServer(...mock.handlers);
