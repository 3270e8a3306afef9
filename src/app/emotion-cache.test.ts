import { createEmotionCache, readCspNonce } from './emotion-cache';

function documentWith(head: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body></body></html>`,
    'text/html',
  );
}

describe('the Emotion cache under a CSP', () => {
  it('reads the nonce the server put into the csp-nonce meta tag', () => {
    const doc = documentWith('<meta property="csp-nonce" nonce="bm9uY2UtMTIz">');
    expect(readCspNonce(doc)).toBe('bm9uY2UtMTIz');
    expect(createEmotionCache(doc).sheet.nonce).toBe('bm9uY2UtMTIz');
  });

  it('has no nonce where the page has none (development, tests)', () => {
    const doc = documentWith('<meta charset="utf-8">');
    expect(readCspNonce(doc)).toBeUndefined();
    expect(createEmotionCache(doc).sheet.nonce).toBeUndefined();
  });
});
