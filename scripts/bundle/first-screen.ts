/**
 * What the browser must load before a route's first screen can render, read from Vite's build
 * manifest (`build.manifest`): the entry chunk and everything it imports statically, plus the chunk
 * the router loads lazily for the route and everything that chunk imports statically.
 */

/** One record of `dist/.vite/manifest.json`, keyed by source path (or a generated `_name.js` key). */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * A first screen: the modules loaded lazily before it can render, as source paths, in load order:
 * a catalog the start-up fetches for a non-default language, then the route module the router loads.
 */
export interface ScreenSpec {
  name: string;
  lazyModules: string[];
}

export interface FirstScreen {
  name: string;
  /** Output files (dist-relative) in load order: entry closure first, then the route closures. */
  files: string[];
}

function chunkOf(manifest: Manifest, key: string): ManifestChunk {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the manifest has no chunk "${key}"`);
  return chunk;
}

/** The manifest key of the single HTML entry (index.html in this app). */
export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry && chunk.file.endsWith('.js'));
  if (entries.length !== 1) {
    throw new Error(`expected exactly one JavaScript entry in the manifest, found ${entries.length}`);
  }
  return (entries[0] as [string, ManifestChunk])[0];
}

/** `key` and every chunk it reaches through static imports, depth first, each once. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const out = [key];
  for (const imported of chunkOf(manifest, key).imports ?? [])
    out.push(...staticClosure(manifest, imported, seen));
  return out;
}

/** Every chunk the given chunks may load lazily (their `dynamicImports`). */
function dynamicImportsOf(manifest: Manifest, keys: string[]): Set<string> {
  return new Set(keys.flatMap((key) => chunkOf(manifest, key).dynamicImports ?? []));
}

export function firstScreen(manifest: Manifest, spec: ScreenSpec): FirstScreen {
  const entry = staticClosure(manifest, entryKey(manifest));
  const seen = new Set(entry);
  const keys = [...entry];
  // A route module is only part of a first screen if the code already loaded can import it lazily;
  // anything else means the spec and the router disagree.
  let lazyReachable = dynamicImportsOf(manifest, keys);
  for (const lazyModule of spec.lazyModules) {
    if (!lazyReachable.has(lazyModule) && !seen.has(lazyModule)) {
      throw new Error(
        `${spec.name}: ${lazyModule} is not loaded lazily by the entry (is the route still lazy?)`,
      );
    }
    const added = staticClosure(manifest, lazyModule, seen);
    keys.push(...added);
    lazyReachable = new Set([...lazyReachable, ...dynamicImportsOf(manifest, added)]);
  }
  return { name: spec.name, files: keys.map((key) => chunkOf(manifest, key).file) };
}

/** Chinese ships with the entry; English start-ups fetch this catalog first (src/i18n/i18n.tsx). */
const englishCatalog = 'src/i18n/en.ts';

/** The screens the budget covers and the ones reported for information. */
export const screens: ScreenSpec[] = [
  { name: 'queue', lazyModules: ['src/app/routes/queue.tsx'] },
  { name: 'queue (en)', lazyModules: [englishCatalog, 'src/app/routes/queue.tsx'] },
  { name: 'workspace', lazyModules: ['src/app/routes/review.tsx'] },
  { name: 'workspace (en)', lazyModules: [englishCatalog, 'src/app/routes/review.tsx'] },
  { name: 'dashboard', lazyModules: ['src/app/routes/dashboard.tsx'] },
  { name: 'claims', lazyModules: ['src/app/routes/claims.tsx'] },
];

export const budget = {
  /** Gzipped bytes (kB = 1000 bytes, as Vite reports) of first-screen JavaScript for the queue and the workspace. */
  targetBytes: 200_000,
  /** `check:size` fails above the target by more than this share. */
  tolerance: 0.1,
  screens: ['queue', 'queue (en)', 'workspace', 'workspace (en)'],
};

export interface BudgetVerdict {
  name: string;
  bytes: number;
  limit: number;
  overTarget: boolean;
  failed: boolean;
}

export function judge(
  name: string,
  bytes: number,
  target = budget.targetBytes,
  tolerance = budget.tolerance,
) {
  const limit = Math.floor(target * (1 + tolerance));
  return { name, bytes, limit, overTarget: bytes > target, failed: bytes > limit } satisfies BudgetVerdict;
}
