import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Which request the workspace shows: the one in the address, except for the moment after a decision
 * when the next one is already shown and the address is catching up.
 *
 * Moving on must not wait for the router: its navigation is a transition (rendered in slices, after
 * the keydown's own updates), which cost 40 to 100 ms on a 2-core office PC. `showRequest` renders the
 * next request synchronously, in the same task as the key press, then updates the address; once the
 * address names it, the address is the truth again. An address that changes to a request we did not
 * move through (Back, a link) is followed at once.
 */
export function useShownRequest(
  addressId: string,
  navigateTo: (requestId: string) => void,
): { shownId: string; showRequest: (requestId: string) => void } {
  // The requests moved through since the address was last followed: [where we were, ..., shown].
  const [trail, setTrail] = useState<string[] | null>(null);
  // The address has caught up: it is the truth again (state adjusted while rendering, not in an effect).
  if (trail !== null && trail.at(-1) === addressId) setTrail(null);
  const shownId = shownFor(addressId, trail);

  // Read when moving on, so that `showRequest` keeps one identity (the page is not re-rendered for it).
  const address = useRef(addressId);
  useEffect(() => {
    address.current = addressId;
  });
  const showRequest = useCallback(
    (requestId: string) => {
      flushSync(() => setTrail((current) => extendTrail(current, address.current, requestId)));
      // The address follows in the next task: updating it (history, router) is work the reviewer
      // does not wait for.
      setTimeout(() => navigateTo(requestId), 0);
    },
    [navigateTo],
  );
  return { shownId, showRequest };
}

/** The request to show for an address, given the trail of requests moved through ahead of it. */
export function shownFor(addressId: string, trail: readonly string[] | null): string {
  if (trail === null || !trail.includes(addressId)) return addressId;
  return trail.at(-1) ?? addressId;
}

/** The trail after moving on to `requestId` while the address names `addressId`. */
export function extendTrail(trail: readonly string[] | null, addressId: string, requestId: string): string[] {
  const base = trail !== null && trail.includes(addressId) ? trail : [addressId];
  return [...base, requestId];
}
