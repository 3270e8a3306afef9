import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { sessionKeys } from '@/api/endpoints/session';

/**
 * One QueryClient for the app. A 401 from any call means the session is gone: the cached session
 * becomes null and the router's guard shows the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && error.operation !== 'signIn') {
      queryClient.setQueryData(sessionKeys.all, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Retry only what may succeed on retry; a 4xx will not.
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.retryable),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
