import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

/**
 * The workspace's dialogs are loaded on demand, not with the page: with their forms (TextField and
 * MUI's Select and Menu stack) they would cost the first screen about a tenth of its budget. They are
 * fetched right after the page has rendered, so a reviewer pressing R or S does not wait for them.
 */
const load = {
  reject: () => import('./reject-dialog'),
  skip: () => import('./skip-dialog'),
  help: () => import('./shortcut-help-dialog'),
  reReview: () => import('./re-review-dialog'),
};

export const RejectDialog = lazy(() => load.reject().then((m) => ({ default: m.RejectDialog })));
export const SkipDialog = lazy(() => load.skip().then((m) => ({ default: m.SkipDialog })));
export const ShortcutHelpDialog = lazy(() => load.help().then((m) => ({ default: m.ShortcutHelpDialog })));
export const ReReviewDialog = lazy(() => load.reReview().then((m) => ({ default: m.ReReviewDialog })));

/** Fetches every dialog's code once the page is on screen. */
export function usePrefetchDialogs(): void {
  useEffect(() => {
    for (const fetchDialog of Object.values(load)) void fetchDialog().catch(() => undefined);
  }, []);
}

/**
 * Mounts a lazy dialog the first time it opens and keeps it mounted afterwards, so closing it still
 * plays its exit transition and returns focus as before.
 */
export function WhenOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened ? <Suspense fallback={null}>{children}</Suspense> : null;
}
