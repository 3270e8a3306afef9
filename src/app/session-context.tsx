import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, Suspense, useContext, useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { sessionKeys, sessionQuery } from '@/api/endpoints/session';
import type { Role, Session } from '@/api/generated/zod';
import { ErrorAlert } from '@/components/error-alert';
import { useNotify } from '@/components/notifier';
import { onDemand, schedulePrefetch } from '@/components/on-demand';
import { PageLoader } from '@/components/page-loader';
import { closeReviewWork } from '@/features/review-workspace/close-work';
import { useI18n } from '@/i18n/i18n';
import { paths } from './paths';

/**
 * The form that renews an expired session is not part of the first screen (its TextField bundles MUI's
 * Select and Menu stack); it is fetched once the signed-in app is on screen, so it opens at once later.
 */
const signInAgain = onDemand(() =>
  import('@/features/auth/sign-in-again-dialog').then((m) => m.SignInAgainDialog),
);
const SignInAgainDialog = signInAgain.Component;

/** Set while the app signs out on purpose, so that the end of the session is not taken for an expiry. */
let endingOnPurpose = false;
export function markSigningOut(): void {
  endingOnPurpose = true;
}

const SessionContext = createContext<{ session: Session; expired: boolean } | null>(null);

/** The signed-in session (the last one while signing in again). Only valid below <RequireSession>. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession used outside RequireSession');
  return value.session;
}

/** Whether the session has ended and the reviewer is signing in again over the page. */
export function useSessionExpired(): boolean {
  return useContext(SessionContext)?.expired ?? false;
}

/**
 * Shows its children to signed-in users; everyone else goes to sign-in and comes back after. A session
 * that ends while the app is open (a 401 from any call) is renewed in place: sign-in opens over the
 * page, which stays as it is with its draft, and carries on for the same person. Someone else signing
 * in there starts afresh on the queue.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t } = useI18n();
  const session = useQuery(sessionQuery());
  const signedIn = session.data != null;
  useEffect(() => {
    if (signedIn) schedulePrefetch(signInAgain.prefetch);
  }, [signedIn]);
  const [last, setLast] = useState<Session | null>(null);
  if (session.data && session.data !== last) setLast(session.data);
  // A new signed-in stretch starts with each mount (sign-out leaves through the sign-in page).
  useEffect(() => {
    endingOnPurpose = false;
  }, []);

  if (session.isPending) return <PageLoader />;
  // A failed background refresh keeps the signed-in app on screen; only a first load that fails shows the error.
  if (session.isError && session.data === undefined) {
    return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) {
    if (last && !endingOnPurpose) {
      const signedInAgain = (next: Session) => {
        if (next.user.id === last.user.id) {
          queryClient.setQueryData(sessionKeys.all, next);
          // Everything is fetched again under the new session; nothing on the page is thrown away.
          void queryClient.invalidateQueries({
            predicate: (query) => query.queryKey[0] !== sessionKeys.all[0],
          });
          return;
        }
        void closeReviewWork();
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
        queryClient.setQueryData(sessionKeys.all, next);
        setLast(next);
        notify(t('session.otherUser'), 'info');
        void navigate(paths.queue, { replace: true });
      };
      return (
        <SessionContext.Provider value={{ session: last, expired: true }}>
          {children}
          <Suspense fallback={null}>
            <SignInAgainDialog username={last.user.username} onSignedIn={signedInAgain} />
          </Suspense>
        </SessionContext.Provider>
      );
    }
    // The return address stays in router state, never in the URL.
    return <Navigate to={paths.signIn} replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <SessionContext.Provider value={{ session: session.data, expired: false }}>
      {children}
    </SessionContext.Provider>
  );
}

/** Pages for some roles only: the rest see the not-authorised page. The API enforces the same rule. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const session = useSession();
  if (session.user.role !== role) return <Navigate to={paths.notAuthorised} replace />;
  return children;
}
