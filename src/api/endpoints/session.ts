import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../api-error';
import { apiRequest } from '../client';
import { SessionSchema, type Session, type SignIn } from '../generated/zod';

export const sessionKeys = {
  all: ['session'] as const,
};

/** The signed-in session, or null when nobody is signed in (401 is an answer here, not an error). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await apiRequest({ operation: 'getSession', path: '/api/session', schema: SessionSchema, signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });

export function signIn(credentials: SignIn): Promise<Session> {
  return apiRequest({
    operation: 'signIn',
    method: 'POST',
    path: '/api/session',
    body: credentials,
    schema: SessionSchema,
  });
}

export function signOut(): Promise<void> {
  return apiRequest({ operation: 'signOut', method: 'DELETE', path: '/api/session' });
}
