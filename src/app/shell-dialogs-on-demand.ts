import { onDemand } from '@/components/on-demand';

/** The app shell's dialogs (shell-dialogs.tsx), fetched on demand. */
const load = () => import('./shell-dialogs');
const idle = onDemand(() => load().then((m) => m.IdleWarningDialog));
const signOutPending = onDemand(() => load().then((m) => m.SignOutPendingDialog));

export const IdleWarningDialog = idle.Component;
export const SignOutPendingDialog = signOutPending.Component;
export const prefetchShellDialogs = [idle.prefetch, signOutPending.prefetch];
