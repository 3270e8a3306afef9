/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the bureau's API; empty for the same origin. */
  readonly VITE_API_BASE_URL?: string;
  /** Minutes without activity before the app signs the user out (default 15). */
  readonly VITE_IDLE_MINUTES?: string;
  /** Set by vite.config.ts: true in browser-mock mode only. */
  readonly VITE_BROWSER_MOCK: boolean;
}
