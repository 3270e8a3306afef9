import { forgetAllPhotos } from '@/api/endpoints/photos';
import { decisionOutbox } from './decision-outbox';
import { clearAllDrafts } from './draft-storage';
import { giveBackNow } from './next-request';
import { clearRecentDecision } from './recent-decision';

/**
 * The reviewer's work leaves the tab (sign-out, idle sign-out, someone else signing in): the request
 * claimed ahead goes back to the queue (while the session still exists), and drafts, unsent decisions,
 * fetched photos and the Undo offer are dropped.
 */
export async function closeReviewWork(): Promise<void> {
  await giveBackNow();
  decisionOutbox.clear();
  clearAllDrafts();
  forgetAllPhotos();
  clearRecentDecision();
}
