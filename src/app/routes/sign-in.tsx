import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { sessionQuery } from '@/api/endpoints/session';
import { PageLoader } from '@/components/page-loader';
import { SignInPage } from '@/features/auth/sign-in-page';
import { paths } from '../paths';

function returnAddress(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : paths.queue;
}

export function SignInRoute() {
  const session = useQuery(sessionQuery());
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  if (session.data) return <Navigate to={returnAddress(location.state)} replace />;
  return <SignInPage />;
}
