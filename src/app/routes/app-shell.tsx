import { useEffect, useState, type ChangeEvent } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NavLink, Outlet, useNavigate, useSearchParams } from 'react-router';
import { sessionKeys, signOut } from '@/api/endpoints/session';
import { useNotify } from '@/components/notifier';
import { WhenOpened } from '@/components/on-demand';
import { isLocale, localeNames, locales, useI18n } from '@/i18n/i18n';
import { closeReviewWork } from '@/features/review-workspace/close-work';
import { useOutbox } from '@/features/review-workspace/decision-outbox';
import { clearDraftsNotOwnedBy } from '@/features/review-workspace/draft-storage';
import { OutboxChip, OutboxStatus, useDecisionOutboxRunner } from '@/features/review-workspace/outbox-runner';
import { IDLE_TIMEOUT_MS, IdleSignOut } from '../idle-sign-out';
import { paths } from '../paths';
import { markSigningOut, useSession, useSessionExpired } from '../session-context';
import { SignOutPendingDialog } from '../shell-dialogs-on-demand';
import { Tag } from '@/components/tag';

export function AppShell() {
  const { t, locale, setLocale } = useI18n();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  // Another person signing in on this tab must not inherit the previous reviewer's drafts.
  const userId = session.user.id;
  useEffect(() => clearDraftsNotOwnedBy(userId), [userId]);
  const expired = useSessionExpired();
  const notify = useNotify();
  useDecisionOutboxRunner({ userId, signedIn: !expired, reviewPath: paths.review });
  const unsent = useOutbox().length;
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  const signOutMutation = useMutation({
    mutationFn: async (reason: 'asked' | 'idle') => {
      // The request claimed ahead goes back while the session still exists.
      await closeReviewWork();
      await signOut().catch(() => undefined);
      return reason;
    },
    onSettled: (reason) => {
      markSigningOut();
      // Nothing of this user's stays behind: cached requests, photos' metadata, claims, drafts.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
      queryClient.setQueryData(sessionKeys.all, null);
      void navigate(paths.signIn, { replace: true });
      if (reason === 'idle') notify(t('idle.signedOut', { minutes: IDLE_TIMEOUT_MS / 60_000 }), 'info');
    },
  });
  const askSignOut = () => {
    if (unsent > 0) setConfirmSignOut(true);
    else signOutMutation.mutate('asked');
  };
  const nav = [
    { to: paths.queue, label: t('nav.queue'), roles: ['reviewer', 'supervisor'] },
    { to: paths.dashboard, label: t('nav.dashboard'), roles: ['supervisor'] },
    { to: paths.claims, label: t('nav.claims'), roles: ['supervisor'] },
  ].filter((item) => item.roles.includes(session.user.role));

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 },
        }}
      >
        {t('app.skipToContent')}
      </Box>
      <AppBar
        position="static"
        color="primary"
        elevation={0}
        // The app's focus ring is the primary colour: on the bar it must be white to be seen.
        sx={{
          '& .Mui-focusVisible, & a:focus-visible, & button:focus-visible': {
            outline: '3px solid #fff',
            outlineOffset: 2,
          },
          '& .MuiOutlinedInput-root.Mui-focused .MuiOutlinedInput-notchedOutline': {
            borderColor: '#fff',
            borderWidth: 2,
          },
        }}
      >
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
          <Typography component="span" variant="h6" sx={{ fontWeight: 600, mr: 2 }}>
            {t('app.title')}
          </Typography>
          <Box component="nav" aria-label={t('nav.main')} sx={{ display: 'flex', gap: 1, flexGrow: 1 }}>
            {nav.map((item) => (
              <Button
                key={item.to}
                component={NavLink}
                to={item.to}
                end
                color="inherit"
                sx={{ '&.active': { bgcolor: 'rgba(255,255,255,0.18)' } }}
              >
                {item.label}
              </Button>
            ))}
          </Box>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            {session.user.role === 'reviewer' ? <OutboxChip /> : null}
            {/* A plain native select: MUI's Select (or even its input components) would bring menu,
                popover, modal and input code into every first screen for a control used once in a
                while (docs/decisions/008-first-screen-budget.md). */}
            <Box
              component="select"
              value={locale}
              onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                if (!isLocale(event.target.value)) return;
                setLocale(event.target.value);
                // The choice is remembered; a ?lang= left in the address would override it on reload.
                if (searchParams.has('lang')) {
                  const next = new URLSearchParams(searchParams);
                  next.delete('lang');
                  setSearchParams(next, { replace: true });
                }
              }}
              aria-label={t('shell.language')}
              sx={{
                font: 'inherit',
                fontSize: '0.875rem',
                color: 'inherit',
                bgcolor: 'transparent',
                border: '1px solid rgba(255,255,255,0.5)',
                borderRadius: 1,
                px: 1,
                py: 0.75,
                cursor: 'pointer',
                '&:hover': { borderColor: '#fff' },
                '&:focus-visible': { outline: '3px solid #fff', outlineOffset: 2 },
                // The open list is drawn by the browser on a light background.
                '& option': { color: 'text.primary', bgcolor: 'background.paper' },
              }}
            >
              {locales.map((code) => (
                <option key={code} value={code} lang={code}>
                  {localeNames[code]}
                </option>
              ))}
            </Box>
            <Typography
              component="span"
              variant="body2"
              title={t('shell.signedInAs', { name: session.user.displayName })}
            >
              {session.user.displayName}
            </Typography>
            <Tag
              label={t(`role.${session.user.role}`)}
              sx={{ bgcolor: 'rgba(255,255,255,0.9)', color: 'primary.dark', fontWeight: 600 }}
            />
            <Button
              color="inherit"
              variant="outlined"
              size="small"
              onClick={askSignOut}
              disabled={signOutMutation.isPending}
            >
              {t('shell.signOut')}
            </Button>
          </Stack>
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, p: { xs: 1.5, md: 3 }, outline: 'none' }}
      >
        <OutboxStatus reviewPath={paths.review} />
        <Outlet />
      </Box>
      {expired ? null : (
        <IdleSignOut
          onStay={() => void queryClient.invalidateQueries({ queryKey: sessionKeys.all })}
          onSignOut={() => signOutMutation.mutate('idle')}
        />
      )}
      <WhenOpened open={confirmSignOut}>
        <SignOutPendingDialog
          open={confirmSignOut}
          count={unsent}
          onStay={() => setConfirmSignOut(false)}
          onSignOut={() => {
            setConfirmSignOut(false);
            signOutMutation.mutate('asked');
          }}
        />
      </WhenOpened>
    </Box>
  );
}
