import { config } from 'zod/mini';

/**
 * Zod compiles object parsers with `new Function` when it may; the production CSP (script-src 'self',
 * no 'unsafe-eval') refuses that, and even zod's probe for it is reported as a CSP violation. Jitless
 * parsing skips the probe and parses the same way the CSP would force anyway. Zod reads the setting when
 * a schema is built, so the generated validators import this module before they build any.
 */
config({ jitless: true });
