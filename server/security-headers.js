// @ts-check
import { randomBytes } from 'node:crypto';

/**
 * What `vite build` writes where each response's nonce goes (vite.config.ts `html.cspNonce`): the
 * nonce attributes of index.html's tags and the `<meta property="csp-nonce">` the app reads.
 */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** 128 random bits, base64: a fresh one for every HTML response. */
export function createNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * The Content-Security-Policy of every response. With a nonce (HTML documents), Emotion's <style>
 * elements carrying it are allowed; without one (assets, workers, API answers) no inline style is.
 *
 * - script-src 'self' 'wasm-unsafe-eval': Vite emits external module scripts only; no inline script,
 *   no eval. 'wasm-unsafe-eval' lets the photo-check worker compile the face detector's WebAssembly
 *   (our own .wasm files, served from /assets); it allows no JavaScript eval.
 * - style-src 'self' 'nonce-…': the built CSS file plus Emotion's nonce-carrying <style> elements.
 *   No style-src-attr: React sets `style` props through the CSSOM (element.style), which CSP does not
 *   govern, so `style` attributes in markup stay blocked (style-src-attr falls back to style-src).
 * - img-src 'self' blob:: photos come from /api on this origin; the next request's photos, fetched
 *   ahead while the reviewer works, are shown from in-memory object URLs (blob:, only ever created by
 *   our own script). The difference view reads its photos back (connect-src blob: for those) and
 *   draws into a canvas. No data: (checked by the production-csp
 *   Playwright project).
 * - worker-src 'self': the photo-check worker is a built file under /assets.
 * - connect-src 'self' blob:: the API is proxied (or mocked) on this origin; blob: as above.
 *
 * @param {string} [nonce]
 */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    "img-src 'self' blob:",
    "font-src 'self'",
    "worker-src 'self'",
    "connect-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers set on every response, before anything else writes its own.
 *
 * @param {string} [nonce]
 * @returns {Record<string, string>}
 */
export function securityHeaders(nonce) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // frame-ancestors does the work in current browsers; this is for the old ones.
    'X-Frame-Options': 'DENY',
  };
}

/** Lower-case names of the headers above: an upstream API's own values for them are replaced. */
export const SECURITY_HEADER_NAMES = Object.keys(securityHeaders()).map((name) => name.toLowerCase());
