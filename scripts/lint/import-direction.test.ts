// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

/**
 * The import-direction rule (eslint.config.js) fails silently if a zone is mistyped: it then simply
 * allows everything. These probes lint imports that cross the fences, as the files that would write
 * them, and expect each to be refused with its message.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function refusals(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

describe('import direction', () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/dashboard/probe.ts',
      "import { QueuePage } from '../review-queue/queue-page';",
      /Features must not import each other/,
    ],
    [
      'a feature importing the app',
      'src/features/claims/probe.ts',
      "import { router } from '../../app/router';",
      /Features must not depend on the app/,
    ],
    [
      'shared code importing a feature',
      'src/components/probe.ts',
      "import { QueuePage } from '../features/review-queue/queue-page';",
      /Shared code must not depend on features/,
    ],
    [
      'shared code importing the app',
      'src/lib/probe.ts',
      "import { router } from '../app/router';",
      /Shared code must not depend on features or the app/,
    ],
    [
      'the app importing the mock',
      'src/app/probe.ts',
      "import { MockBackend } from '../../mocks/domain/backend';",
      /Only src\/main.tsx and tests may import the mock/,
    ],
    [
      'the mock importing a feature',
      'mocks/domain/probe.ts',
      "import { QueuePage } from '../../src/features/review-queue/queue-page';",
      /The mock may use only the API contract/,
    ],
  ])('refuses %s', async (_name, file, source, message) => {
    const found = await refusals(file, `${source}\nexport const probe = 1;\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('allows the directions the architecture wants', async () => {
    expect(
      await refusals(
        'src/features/dashboard/probe.ts',
        "import { mask } from '../../lib/mask';\nexport const probe = 1;\n",
      ),
    ).toEqual([]);
    expect(
      await refusals(
        'src/app/probe.ts',
        "import { QueuePage } from '../features/review-queue/queue-page';\nexport const probe = 1;\n",
      ),
    ).toEqual([]);
    expect(
      await refusals(
        'src/features/review-queue/probe.ts',
        "import { QueuePage } from './queue-page';\nexport const probe = 1;\n",
      ),
    ).toEqual([]);
  });
});
