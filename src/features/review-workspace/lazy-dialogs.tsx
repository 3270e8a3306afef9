import { onDemand, usePrefetch } from '@/components/on-demand';

export { WhenOpened } from '@/components/on-demand';

/**
 * The workspace's dialogs are loaded on demand, not with the page: with their forms (TextField and
 * MUI's Select and Menu stack) and MUI's Modal they would cost the first screen about a tenth of its
 * budget. They are fetched right after the page has rendered, so a reviewer pressing R or S does not
 * wait for them.
 */
const reject = onDemand(() => import('./reject-dialog').then((m) => m.RejectDialog));
const skip = onDemand(() => import('./skip-dialog').then((m) => m.SkipDialog));
const help = onDemand(() => import('./shortcut-help-dialog').then((m) => m.ShortcutHelpDialog));
const reReview = onDemand(() => import('./re-review-dialog').then((m) => m.ReReviewDialog));
const reveal = onDemand(() => import('./reveal-dialog').then((m) => m.RevealDialog));

export const RejectDialog = reject.Component;
export const SkipDialog = skip.Component;
export const ShortcutHelpDialog = help.Component;
export const ReReviewDialog = reReview.Component;
export const RevealDialog = reveal.Component;

/** Fetches every dialog's code once the page is on screen. */
export function usePrefetchDialogs(): void {
  usePrefetch(reject.prefetch, skip.prefetch, help.prefetch, reReview.prefetch, reveal.prefetch);
}
