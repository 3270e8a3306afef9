// @vitest-environment node
import { firstScreenGroups, type ModuleGraph } from './chunk-groups';

const root = '/app';
const f = (path: string) => `${root}/${path}`;
const mui = (path: string) => `${root}/node_modules/@mui/material/${path}`;

/** main -> app -> (button, styles barrel -> input classes -> input); two lazy pages sharing a chip. */
const imports: Record<string, string[]> = {
  [f('src/main.tsx')]: [f('src/app/app.tsx')],
  [f('src/app/app.tsx')]: [mui('Button/index.mjs'), mui('styles/index.mjs')],
  [mui('Button/index.mjs')]: [],
  [mui('styles/index.mjs')]: [mui('styles/ThemeProvider.mjs'), mui('FilledInput/filledInputClasses.mjs')],
  [mui('styles/ThemeProvider.mjs')]: [],
  [mui('FilledInput/filledInputClasses.mjs')]: [mui('InputBase/index.mjs')],
  [mui('InputBase/index.mjs')]: [],
  [f('src/app/routes/queue.tsx')]: [f('src/features/queue.tsx')],
  [f('src/features/queue.tsx')]: [mui('Chip/index.mjs'), mui('InputBase/index.mjs'), mui('Button/index.mjs')],
  [f('src/app/routes/review.tsx')]: [f('src/features/review.tsx')],
  [f('src/features/review.tsx')]: [mui('Chip/index.mjs'), mui('Slider/index.mjs')],
  [mui('Chip/index.mjs')]: [],
  [mui('Slider/index.mjs')]: [],
  [f('src/features/dialog.tsx')]: [mui('Dialog/index.mjs')],
};
const graph: ModuleGraph = { getModuleInfo: (id) => ({ importedIds: imports[id] ?? [] }) };

describe('first-screen chunk groups', () => {
  const group = firstScreenGroups(root);

  it('puts what the entry imports in core and leaves the route modules alone', () => {
    expect(group(f('src/app/app.tsx'), graph)).toBe('core');
    expect(group(mui('Button/index.mjs'), graph)).toBe('core');
    expect(group(f('src/app/routes/queue.tsx'), graph)).toBeNull();
    expect(group(f('src/app/routes/review.tsx'), graph)).toBeNull();
  });

  it('does not walk through the MUI styles barrel into components only a page uses', () => {
    expect(group(mui('InputBase/index.mjs'), graph)).toBe('queue-page');
  });

  it('separates what both reviewer pages share from what each page alone needs', () => {
    expect(group(mui('Chip/index.mjs'), graph)).toBe('reviewer');
    expect(group(f('src/features/queue.tsx'), graph)).toBe('queue-page');
    expect(group(mui('Slider/index.mjs'), graph)).toBe('review-page');
    expect(group(mui('Dialog/index.mjs'), graph)).toBeNull();
  });
});
