// @vitest-environment node
import { createClock } from './clock';
import { SIGN_IN_POLICY } from './sign-in-guard';
import { makeBackend, problemOf, T0, urn } from './test-kit';

function backendAt() {
  let now = T0;
  const backend = makeBackend({ clock: createClock(() => now) });
  return {
    backend,
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

const wrong = (backend: ReturnType<typeof makeBackend>, username = 'reviewer1') =>
  problemOf(() => backend.signIn(username, 'wrong'));

describe('sign-in throttling and lockout', () => {
  it('locks a username at the fifth failure in 15 minutes, answering that attempt 429 already', () => {
    const { backend } = backendAt();
    for (let i = 0; i < SIGN_IN_POLICY.maxFailures - 1; i++) {
      expect(wrong(backend)).toMatchObject({ status: 401, type: urn('invalid-credentials') });
    }
    expect(wrong(backend)).toMatchObject({
      status: 429,
      type: urn('account-locked'),
      retryAfterSeconds: 15 * 60,
    });
  });

  it('refuses even the right password while locked, with the time left, and lets it in after', () => {
    const { backend, advance } = backendAt();
    for (let i = 0; i < 5; i++) wrong(backend);
    advance(10 * 60);
    expect(problemOf(() => backend.signIn('reviewer1', 'demo'))).toMatchObject({
      status: 429,
      type: urn('account-locked'),
      retryAfterSeconds: 5 * 60,
    });
    // Attempts during the lock do not make it longer.
    wrong(backend);
    advance(5 * 60 - 1);
    expect(problemOf(() => backend.signIn('reviewer1', 'demo')).retryAfterSeconds).toBe(1);
    advance(1);
    expect(backend.signIn('reviewer1', 'demo').user.username).toBe('reviewer1');
  });

  it('forgets failures older than the window', () => {
    const { backend, advance } = backendAt();
    for (let i = 0; i < 4; i++) wrong(backend);
    advance(15 * 60 + 1);
    for (let i = 0; i < 4; i++) expect(wrong(backend).status).toBe(401);
    expect(wrong(backend).status).toBe(429);
  });

  it('a successful sign-in resets the count', () => {
    const { backend } = backendAt();
    for (let i = 0; i < 4; i++) wrong(backend);
    backend.signIn('reviewer1', 'demo');
    for (let i = 0; i < 4; i++) expect(wrong(backend).status).toBe(401);
    expect(wrong(backend).status).toBe(429);
  });

  it('counts per username, whatever its case and spaces, and unknown usernames alike', () => {
    const { backend } = backendAt();
    for (let i = 0; i < 4; i++) wrong(backend, ' Reviewer1 ');
    expect(wrong(backend, 'reviewer2').status).toBe(401);
    expect(wrong(backend, 'reviewer1').status).toBe(429);
    expect(backend.signIn('reviewer2', 'demo').user.username).toBe('reviewer2');
    // A made-up name locks just as a real one does: a lock does not tell which accounts exist.
    for (let i = 0; i < 4; i++) expect(wrong(backend, 'nobody').status).toBe(401);
    expect(wrong(backend, 'nobody')).toMatchObject({ status: 429, type: urn('account-locked') });
  });

  it('slows every attempt for a username from the third failure on, up to a limit', () => {
    const { backend } = backendAt();
    const delays = [backend.signInDelayMs('reviewer1')];
    for (let i = 0; i < 4; i++) {
      wrong(backend);
      delays.push(backend.signInDelayMs('reviewer1'));
    }
    expect(delays).toEqual([0, 0, 0, 500, 1000]);
    expect(backend.signInDelayMs('reviewer2')).toBe(0);
    const slow = makeBackend({ signInPolicy: { maxFailures: 100, slowStepMs: 700 } });
    for (let i = 0; i < 20; i++) wrong(slow);
    expect(slow.signInDelayMs('reviewer1')).toBe(SIGN_IN_POLICY.maxDelayMs);
  });

  it('a reset of the world forgets every lock', () => {
    const { backend } = backendAt();
    for (let i = 0; i < 5; i++) wrong(backend);
    backend.reset();
    expect(backend.signIn('reviewer1', 'demo').user.username).toBe('reviewer1');
  });
});
