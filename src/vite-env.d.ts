/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the bureau's API; empty for the same origin. */
  readonly VITE_API_BASE_URL?: string;
  /** Set by vite.config.ts: true in browser-mock mode only. */
  readonly VITE_BROWSER_MOCK: boolean;
}
