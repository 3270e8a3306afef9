import createCache, { type EmotionCache } from '@emotion/cache';

/**
 * Where the production server puts each response's CSP nonce: the meta tag Vite emits for
 * `html.cspNonce` (its own preload helper reads the same tag). Browsers hide a `nonce` attribute's value
 * from getAttribute once a CSP applies, so the `nonce` property is read first.
 */
export const CSP_NONCE_SELECTOR = 'meta[property="csp-nonce"]';

export function readCspNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>(CSP_NONCE_SELECTOR);
  return meta?.nonce || meta?.getAttribute('nonce') || undefined;
}

/**
 * Emotion (MUI's style engine) writes its CSS into <style> elements; under the production CSP
 * (style-src 'self' 'nonce-…', no 'unsafe-inline') those elements must carry the response's nonce.
 */
export function createEmotionCache(doc: Document = document): EmotionCache {
  return createCache({ key: 'css', nonce: readCspNonce(doc) });
}
