import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mock, server } from '../../mocks/node';

/**
 * Runs the mock API (the same handlers and rules as the browser and HTTP modes) inside this test
 * file's process, reset to the default seed before each test.
 */
export function setupMockServer(options: { pendingCount?: number } = {}) {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    mock.backend.reset(undefined, options.pendingCount ?? 40);
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return mock;
}

/** Signs in through the API, as the sign-in form would; MSW keeps the session cookie. */
export async function signInAs(username: string): Promise<void> {
  const response = await fetch(new URL('/api/session', globalThis.location.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
}
