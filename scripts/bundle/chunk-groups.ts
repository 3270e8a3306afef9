/**
 * Chunk groups for the first screens (docs/decisions/008-first-screen-budget.md), used as
 * `build.rolldownOptions.output.codeSplitting.groups[].name` in vite.config.ts:
 *
 * - `core`: what the entry (src/main.tsx) imports statically;
 * - `reviewer`: what the queue page and the workspace page both import, beyond the core;
 * - `queue-page`, `review-page`: the rest of each of those pages.
 *
 * Left to itself, rolldown cuts one chunk per set of importers: once the sign-in page and the
 * workspace dialogs became lazy, the queue's first screen was 27 small chunks, paying each one's
 * import and export lists and a fresh gzip window (+10 kB). Anything else (dialogs, supervisors'
 * pages, the other language) keeps rolldown's own chunking.
 */
import path from 'node:path';

export interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * Barrels not to walk through: `@mui/material/styles` re-exports dozens of modules, one of which
 * (enhanceHighContrast) reaches InputBase, so walking through it would claim for the core input code
 * that only the pages use. What the entry really takes from it still lands in the entry's chunk
 * through rolldown's own chunking.
 */
export const opaqueBarrels = [/[\\/]@mui[\\/]material[\\/]styles[\\/]index\.m?js$/];

export function staticallyReached(start: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const imported = graph.getModuleInfo(next)?.importedIds ?? [];
    if (!opaqueBarrels.some((barrel) => barrel.test(next))) stack.push(...imported);
  }
  return seen;
}

/** The `name` function of a codeSplitting group, for a project rooted at `root`. */
export function firstScreenGroups(root: string) {
  const main = path.join(root, 'src/main.tsx');
  const queueRoute = path.join(root, 'src/app/routes/queue.tsx');
  const reviewRoute = path.join(root, 'src/app/routes/review.tsx');
  let reach: { core: Set<string>; queue: Set<string>; review: Set<string> } | null = null;
  return (id: string, graph: ModuleGraph): string | null => {
    reach ??= {
      core: staticallyReached(main, graph),
      queue: staticallyReached(queueRoute, graph),
      review: staticallyReached(reviewRoute, graph),
    };
    // Route modules stay chunks of their own: the router loads them by name.
    if (id === queueRoute || id === reviewRoute) return null;
    if (reach.core.has(id)) return 'core';
    if (reach.queue.has(id) && reach.review.has(id)) return 'reviewer';
    if (reach.queue.has(id)) return 'queue-page';
    if (reach.review.has(id)) return 'review-page';
    return null;
  };
}
