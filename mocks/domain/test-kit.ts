/**
 * Shared fixtures for the mock's rule tests: a tiny hand-made photo library, a backend on a fixed
 * clock, and helpers to read refusals. Only test files import this.
 */
import type { Problem } from '../../src/api/generated/zod';
import { MockBackend, type BackendOptions } from './backend';
import { createClock } from './clock';
import { ProblemError } from './problems';
import type { UserRecord } from './records';
import type { PhotoLibraryIndex } from './world';

/** 2026-11-26 10:00 in Shanghai: a fixed instant, so that worlds built in different runs agree. */
export const T0 = Date.parse('2026-11-26T02:00:00Z');
export const TTL_SECONDS = 600;

/** Three people, each with a card photo and two new photos. */
export function smallLibrary(): PhotoLibraryIndex {
  const people = ['p1', 'p2', 'p3'].map((personId) => ({
    personId,
    cardPhotoId: `${personId}-card`,
    newPhotoIds: [`${personId}-new-ok`, `${personId}-new-blur`],
  }));
  const photos = new Map<string, { width: number; height: number; bytes: number; variant: string }>();
  for (const person of people) {
    photos.set(person.cardPhotoId, { width: 358, height: 441, bytes: 20_000, variant: 'compliant' });
    photos.set(`${person.personId}-new-ok`, { width: 358, height: 441, bytes: 21_000, variant: 'compliant' });
    photos.set(`${person.personId}-new-blur`, { width: 358, height: 441, bytes: 18_000, variant: 'blurred' });
  }
  return { people, photos };
}

export const library = smallLibrary();

/** A backend for rule tests: 40 waiting requests, no history, the clock stopped at T0. */
export function makeBackend(options: Partial<BackendOptions> = {}): MockBackend {
  return new MockBackend({
    library,
    seed: 7,
    pendingCount: 40,
    historyDecisions: 0,
    clock: createClock(() => T0),
    ...options,
  });
}

export function user(backend: MockBackend, username: string): UserRecord {
  const found = backend.world.users.find((u) => u.username === username);
  if (!found) throw new Error(`no user ${username}`);
  return found;
}

/** Runs a call that must break a rule and returns the problem document it was refused with. */
export function problemOf(call: () => unknown): Problem {
  try {
    call();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected the call to be refused with a problem');
}

export const urn = (slug: string) => `urn:photo-review:problem:${slug}`;
