/**
 * A small, strict OpenAPI 3.1 schema -> zod/mini source translator. It supports exactly the schema
 * features the contract uses and throws on anything else, so a new construct in the contract is a
 * loud generation error rather than a silently missing check.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: (string | number)[];
  const?: string | number | boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  oneOf?: JsonSchema[];
  default?: unknown;
  description?: string;
  contentMediaType?: string;
}

interface MediaObject {
  schema?: JsonSchema;
}
interface Operation {
  operationId?: string;
  requestBody?: { content?: Record<string, MediaObject> };
  responses?: Record<string, { $ref?: string; content?: Record<string, MediaObject> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation | unknown>>;
  components: { schemas: Record<string, JsonSchema> };
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
const ignoredKeys = new Set(['description', 'default', 'contentMediaType', 'format', 'type']);

function refName(ref: string): string {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(prefix.length);
}

function refsOf(schema: JsonSchema, into: Set<string>): Set<string> {
  if (schema.$ref) into.add(refName(schema.$ref));
  if (schema.items) refsOf(schema.items, into);
  for (const child of Object.values(schema.properties ?? {})) refsOf(child, into);
  for (const child of schema.oneOf ?? []) refsOf(child, into);
  return into;
}

function checkKnownKeys(schema: JsonSchema, where: string): void {
  const known = new Set([
    '$ref',
    'type',
    'enum',
    'const',
    'format',
    'pattern',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    'items',
    'properties',
    'required',
    'additionalProperties',
    'oneOf',
    'default',
    'description',
    'contentMediaType',
  ]);
  for (const key of Object.keys(schema)) {
    if (!known.has(key)) throw new Error(`${where}: unsupported schema keyword "${key}"`);
  }
  void ignoredKeys;
}

/** `base.check(...)` with the given checks, or `base` alone when there are none (zod/mini style). */
function withChecks(base: string, checks: string[]): string {
  return checks.length > 0 ? `${base}.check(${checks.join(', ')})` : base;
}

function schemaToZod(schema: JsonSchema, where: string): string {
  checkKnownKeys(schema, where);
  if (schema.$ref) return `${refName(schema.$ref)}Schema`;
  if (schema.oneOf) {
    const nonNull = schema.oneOf.filter((s) => s.type !== 'null');
    const hasNull = nonNull.length !== schema.oneOf.length;
    const inner =
      nonNull.length === 1
        ? schemaToZod(nonNull[0] as JsonSchema, where)
        : `z.union([${nonNull.map((s, i) => schemaToZod(s, `${where}.oneOf[${i}]`)).join(', ')}])`;
    return hasNull ? `z.nullable(${inner})` : inner;
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== 'null');
    if (types.length !== 1) throw new Error(`${where}: only [T, "null"] type unions are supported`);
    return `z.nullable(${schemaToZod({ ...schema, type: types[0] }, where)})`;
  }
  switch (schema.type) {
    case 'string': {
      if (schema.enum) return `z.enum(${JSON.stringify(schema.enum)})`;
      if (schema.const !== undefined) return `z.literal(${JSON.stringify(schema.const)})`;
      const checks: string[] = [];
      if (schema.minLength !== undefined) checks.push(`z.minLength(${schema.minLength})`);
      if (schema.maxLength !== undefined) checks.push(`z.maxLength(${schema.maxLength})`);
      if (schema.pattern) checks.push(`z.regex(new RegExp(${JSON.stringify(schema.pattern)}))`);
      const base = schema.format === 'date-time' ? 'z.iso.datetime({ offset: true })' : 'z.string()';
      return withChecks(base, checks);
    }
    case 'integer':
    case 'number': {
      const checks: string[] = [];
      if (schema.minimum !== undefined) checks.push(`z.gte(${schema.minimum})`);
      if (schema.maximum !== undefined) checks.push(`z.lte(${schema.maximum})`);
      return withChecks(schema.type === 'integer' ? 'z.int()' : 'z.number()', checks);
    }
    case 'boolean':
      return 'z.boolean()';
    case 'array': {
      if (!schema.items) throw new Error(`${where}: array without items`);
      const checks: string[] = [];
      if (schema.minItems !== undefined) checks.push(`z.minLength(${schema.minItems})`);
      if (schema.maxItems !== undefined) checks.push(`z.maxLength(${schema.maxItems})`);
      return withChecks(`z.array(${schemaToZod(schema.items, `${where}[]`)})`, checks);
    }
    case 'object': {
      const required = new Set(schema.required ?? []);
      const fields = Object.entries(schema.properties ?? {}).map(([key, child]) => {
        const value = schemaToZod(child, `${where}.${key}`);
        return `${JSON.stringify(key)}: ${required.has(key) ? value : `z.optional(${value})`}`;
      });
      // Responses may gain fields the client does not know yet: unknown members are stripped, not
      // rejected. Open objects (problem documents carry extension members) keep them.
      const factory = schema.additionalProperties === false ? 'z.object' : 'z.looseObject';
      return `${factory}({ ${fields.join(', ')} })`;
    }
    default:
      throw new Error(`${where}: unsupported type ${String(schema.type)}`);
  }
}

function pascal(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function generateZod(document: OpenApiDocument): string {
  const schemas = document.components.schemas;
  // Topological order, so every schema is declared before it is referenced.
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string): void => {
    if (ordered.includes(name)) return;
    if (visiting.has(name)) throw new Error(`recursive schema ${name} is not supported`);
    const schema = schemas[name];
    if (!schema) throw new Error(`unknown schema ${name}`);
    visiting.add(name);
    for (const dependency of refsOf(schema, new Set())) visit(dependency);
    visiting.delete(name);
    ordered.push(name);
  };
  Object.keys(schemas).sort().forEach(visit);

  // zod-config first: it must run before the first schema is built (see that module). zod/mini:
  // functions instead of methods, so the bundler keeps only the checks the contract uses.
  const lines: string[] = ["import '../zod-config';", "import { z } from 'zod/mini';", ''];
  for (const name of ordered) {
    lines.push(`export const ${name}Schema = ${schemaToZod(schemas[name] as JsonSchema, name)};`);
    lines.push(`export type ${name} = z.infer<typeof ${name}Schema>;`);
  }

  // Inline request and response bodies, named after their operation.
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method} ${path} has no operationId`);
      const base = pascal(operation.operationId);
      const body = operation.requestBody?.content?.['application/json']?.schema;
      if (body && !body.$ref) {
        lines.push(`export const ${base}BodySchema = ${schemaToZod(body, `${base}Body`)};`);
        lines.push(`export type ${base}Body = z.infer<typeof ${base}BodySchema>;`);
      }
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const schema = response.content?.['application/json']?.schema;
        if (schema && !schema.$ref) {
          const name = `${base}${status}`;
          lines.push(`export const ${name}Schema = ${schemaToZod(schema, name)};`);
          lines.push(`export type ${name} = z.infer<typeof ${name}Schema>;`);
        }
      }
    }
  }
  return lines.join('\n') + '\n';
}
