import { requestFirstScreenData, type FirstScreenData } from './first-screen-data';
import { createQueryClient } from './query-client';

/**
 * The first screen's data, asked for while this module is evaluated: main.tsx imports it before
 * anything else, so the requests go out before React, MUI and the pages are set up (about 100 ms of
 * script on the bureau's PCs) and their answers arrive while that runs. Not in the static demo,
 * whose mock API is a service worker that main.tsx must start first (ADR 014).
 */
export const firstScreenData: FirstScreenData | null = import.meta.env.VITE_BROWSER_MOCK
  ? null
  : requestFirstScreenData(createQueryClient(), window.location);
