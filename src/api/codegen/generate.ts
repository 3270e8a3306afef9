/**
 * Generates the client's contract code from src/api/openapi.yaml:
 *   - generated/schema.ts: TypeScript types (openapi-typescript)
 *   - generated/zod.ts:    runtime validators for every schema and every inline request or response body
 *
 * `--check` regenerates in memory and fails when the committed files are out of date, so the contract
 * and the code can never drift apart unnoticed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { prettierFormat } from './format';
import { generateZod, type OpenApiDocument } from './zod-from-openapi';

const apiDir = new URL('../', import.meta.url);
const specUrl = new URL('openapi.yaml', apiDir);
const outputs = {
  types: new URL('generated/schema.ts', apiDir),
  zod: new URL('generated/zod.ts', apiDir),
};
const banner = '// Generated from src/api/openapi.yaml by `npm run api:generate`. Do not edit.\n';

async function generate(): Promise<Record<keyof typeof outputs, string>> {
  const specText = await readFile(specUrl, 'utf8');
  const document = parse(specText) as OpenApiDocument;
  const types =
    banner + '/* eslint-disable */\n' + astToString(await openapiTS(document as unknown as OpenAPI3));
  const zod = banner + generateZod(document);
  return {
    types: await prettierFormat(types, fileURLToPath(outputs.types)),
    zod: await prettierFormat(zod, fileURLToPath(outputs.zod)),
  };
}

const check = process.argv.includes('--check');
const generated = await generate();
let stale = 0;
for (const key of Object.keys(outputs) as (keyof typeof outputs)[]) {
  const path = fileURLToPath(outputs[key]);
  if (check) {
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current !== generated[key]) {
      stale++;
      console.error(`${path} is out of date with openapi.yaml: run \`npm run api:generate\`.`);
    }
  } else {
    await writeFile(path, generated[key]);
    console.log(`wrote ${path}`);
  }
}
if (stale > 0) process.exit(1);
if (check) console.log('generated API code is current');
