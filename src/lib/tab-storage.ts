/**
 * The tab's sessionStorage, or null where the browser refuses it (disabled storage, some private
 * modes throw on access): what the workspace keeps per tab (drafts, the outbox, leaving marks) then
 * lives only as long as the page.
 */
export function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
