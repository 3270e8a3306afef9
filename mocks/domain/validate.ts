import { z } from 'zod/mini';
import { problems, type FieldError } from './problems';

// zod/mini loads no messages by default; the mock's 400 problems name each failure in English, as
// the bureau's server does. (The console never shows these texts: it maps problems to its own.)
z.config(z.locales.en());

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/**
 * Checks a parsed JSON body against a contract schema. The contract's bodies allow no extra members,
 * at any depth: a mistyped field is an error, not silently dropped.
 */
export function validateBody<T>(schema: z.ZodMiniType<T>, value: unknown): Validated<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
        code: issue.code,
        message: issue.message,
      })),
    };
  }
  if (isPlainObject(value) && isPlainObject(parsed.data)) {
    const unknown = unknownMembers(value, parsed.data, '');
    if (unknown.length > 0) {
      return {
        ok: false,
        errors: unknown.map((field) => ({
          field,
          code: 'unrecognized_keys',
          message: 'not part of the contract',
        })),
      };
    }
  }
  return { ok: true, data: parsed.data };
}

/** Like validateBody, throwing a 400 problem with the field errors. */
export function parseBody<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = validateBody(schema, value);
  if (!result.ok) throw problems.validation(result.errors);
  return result.data;
}

/** Members of `value` that the schema stripped from `parsed`, as dotted paths, nested objects included. */
function unknownMembers(
  value: Record<string, unknown>,
  parsed: Record<string, unknown>,
  path: string,
): string[] {
  const unknown: string[] = [];
  for (const key of Object.keys(value)) {
    const field = path === '' ? key : `${path}.${key}`;
    const member = value[key];
    const kept = parsed[key];
    if (!Object.hasOwn(parsed, key)) unknown.push(field);
    else if (isPlainObject(member) && isPlainObject(kept))
      unknown.push(...unknownMembers(member, kept, field));
  }
  return unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
