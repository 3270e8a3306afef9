import type { z } from 'zod';
import { problems, type FieldError } from './problems';

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/**
 * Checks a parsed JSON body against a contract schema. The contract's bodies allow no extra members:
 * a mistyped field is an error, not silently dropped.
 */
export function validateBody<T>(schema: z.ZodType<T>, value: unknown): Validated<T> {
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
    const allowed = new Set(Object.keys(parsed.data));
    const unknown = Object.keys(value).filter((key) => !allowed.has(key));
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
export function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = validateBody(schema, value);
  if (!result.ok) throw problems.validation(result.errors);
  return result.data;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
