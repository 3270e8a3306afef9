import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Feature folders, read at load time so that a new feature is fenced in without editing this file. */
function listFeatures() {
  try {
    return readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * Imports flow one way: shared (components, lib, api, i18n) -> features -> app. Features never import
 * each other. The mock is a separate program that speaks the API contract, so it may use only the
 * contract (src/api) and pure helpers (src/lib), and the app never reaches into it.
 */
const architectureZones = [
  {
    target: ['./src/components', './src/lib', './src/api', './src/i18n'],
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on features or the app.',
  },
  ...listFeatures().map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features must not import each other; move the shared part to src/components or src/lib.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not depend on the app; the app composes features.',
  },
  {
    target: './mocks',
    from: './src',
    except: ['./api', './lib'],
    message: 'The mock may use only the API contract (src/api) and pure helpers (src/lib).',
  },
];

/** The app reaches the mock only through HTTP; main.tsx (browser-mock mode) and tests are the exceptions. */
const appMustNotImportMocks = {
  target: './src',
  from: './mocks',
  message: 'Only src/main.tsx and tests may import the mock.',
};

const restrictedPaths = (zones) => ['error', { basePath: root, zones }];

const typeScriptFiles = ['**/*.{ts,tsx,mts,cts}'];
const srcFiles = ['src/**/*.{ts,tsx}'];
const testFiles = ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'mocks/**/*.test.ts', 'e2e/**'];

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    'node_modules/',
    'coverage/',
    'src/api/generated/',
    'mocks/photos/library/',
    'playwright-report/',
    'blob-report/',
    'test-results/',
    '.bench/',
  ]),

  js.configs.recommended,
  // Not the type-checked presets: on 2 cores they made `eslint .` about four times slower (3 s -> 12 s)
  // while `npm test` already runs `tsc --noEmit`. Revisit if floating promises become a problem.
  tseslint.configs.recommended,

  {
    name: 'project/import-direction',
    files: ['**/*.{js,mjs,ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'],
          tsconfig: { configFile: path.join(root, 'tsconfig.json') },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': restrictedPaths(architectureZones),
    },
  },
  {
    name: 'project/app-without-mocks',
    files: srcFiles,
    ignores: ['src/main.tsx', ...testFiles],
    rules: {
      // Rule options do not merge across config objects, so this repeats the shared zones.
      'import-x/no-restricted-paths': restrictedPaths([...architectureZones, appMustNotImportMocks]),
    },
  },

  {
    name: 'project/browser',
    files: srcFiles,
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Privacy: personal data must never reach the console, so the app logs nothing there.
      'no-console': 'error',
      // Deep imports keep the module graph honest for the first-screen chunking (docs/decisions/008).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@mui/material',
              message: "Import each component from its own path: import Button from '@mui/material/Button'.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/tanstack-query',
    files: srcFiles,
    extends: [pluginQuery.configs['flat/recommended']],
  },

  {
    name: 'project/node',
    files: [
      'mocks/**/*.ts',
      'e2e/**/*.ts',
      'scripts/**/*.{js,ts}',
      'server/**/*.{js,ts}',
      '*.{js,ts,mjs,cjs}',
      'src/api/codegen/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'project/mock-in-the-browser',
    files: ['mocks/browser.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'project/codegen-cli',
    // A command-line tool run with tsx: it reports on the console by design.
    files: ['src/api/codegen/**/*.ts'],
    rules: { 'no-console': 'off' },
  },

  {
    name: 'project/typescript',
    files: typeScriptFiles,
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
);
