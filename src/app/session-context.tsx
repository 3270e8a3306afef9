import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { sessionQuery } from '@/api/endpoints/session';
import type { Role, Session } from '@/api/generated/zod';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { paths } from './paths';

/** The signed-in session. Only valid below <RequireSession>. */
export function useSession(): Session {
  const { data } = useQuery(sessionQuery());
  if (!data) throw new Error('useSession used outside RequireSession');
  return data;
}

/** Shows its children to signed-in users; everyone else goes to sign-in and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useQuery(sessionQuery());
  if (session.isPending) return <PageLoader />;
  // A failed background refresh keeps the signed-in app on screen; only a first load that fails shows the error.
  if (session.isError && session.data === undefined) {
    return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) {
    // The return address stays in router state, never in the URL.
    return <Navigate to={paths.signIn} replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}

/** Pages for some roles only: the rest see the not-authorised page. The API enforces the same rule. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const session = useSession();
  if (session.user.role !== role) return <Navigate to={paths.notAuthorised} replace />;
  return children;
}
