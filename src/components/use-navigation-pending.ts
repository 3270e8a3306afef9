import { createContext, useContext } from 'react';

/**
 * True while the app is moving to another address whose page is not ready yet (its code is still
 * loading): the page on screen is the one being left. Provided by the app's routes.
 */
export const NavigationPendingContext = createContext(false);

export function useNavigationPending(): boolean {
  return useContext(NavigationPendingContext);
}
