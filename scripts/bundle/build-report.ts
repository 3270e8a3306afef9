/**
 * Reads a production build (dist/ with its manifest and source maps) into sizes per chunk, per
 * package and per first screen. Builds first when dist/ is missing or older than the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstScreen, screens, type Manifest } from './first-screen';
import { moduleOf, packageCosts, packageOf, type PackageCost, type SourceMap } from './sourcemap-costs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const distDir = path.join(root, 'dist');
const manifestPath = path.join(distDir, '.vite/manifest.json');
/** What a production build is made from: newer than the manifest means the build is stale. */
const buildInputs = [
  'src',
  'index.html',
  'vite.config.ts',
  'scripts/bundle/chunk-groups.ts',
  'package.json',
  'package-lock.json',
  'public',
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target, { withFileTypes: true }).reduce(
    (newest, entry) => Math.max(newest, newestMtime(path.join(target, entry.name))),
    stat.mtimeMs,
  );
}

export function buildIsFresh(): boolean {
  if (!existsSync(manifestPath)) return false;
  const built = statSync(manifestPath).mtimeMs;
  return buildInputs.every((input) => newestMtime(path.join(root, input)) <= built);
}

/** Runs `vite build` unless a fresh production build is there already (`force` always builds). */
export function ensureBuild(force: boolean): 'built' | 'reused' {
  if (!force && buildIsFresh()) return 'reused';
  execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return 'built';
}

export interface ChunkReport {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  packages: PackageCost[];
}

export interface ScreenReport {
  name: string;
  files: string[];
  gzipBytes: number;
  packages: PackageCost[];
}

export interface BuildReport {
  chunks: Map<string, ChunkReport>;
  screens: ScreenReport[];
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

function readChunk(file: string, groupOf: (source: string) => string): ChunkReport {
  const code = readFileSync(path.join(distDir, file), 'utf8');
  const mapPath = path.join(distDir, `${file}.map`);
  const map: SourceMap = existsSync(mapPath)
    ? (JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap)
    : { sources: [], mappings: '' };
  const costs = packageCosts(code, map, groupOf);
  return { file, rawBytes: Buffer.byteLength(code, 'utf8'), ...costs };
}

/** Sums package costs over several chunks (a package split across chunks counts once per chunk). */
export function sumPackages(chunks: ChunkReport[]): PackageCost[] {
  const totals = new Map<string, PackageCost>();
  for (const chunk of chunks) {
    for (const part of chunk.packages) {
      const total = totals.get(part.name) ?? { name: part.name, rawBytes: 0, gzipBytes: 0 };
      total.rawBytes += part.rawBytes;
      total.gzipBytes += part.gzipBytes;
      totals.set(part.name, total);
    }
  }
  return [...totals.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** `byModule` reports each source file instead of each package. */
export function readBuild({ byModule = false } = {}): BuildReport {
  const manifest = readManifest();
  const groupOf = byModule ? moduleOf : packageOf;
  const chunks = new Map<string, ChunkReport>();
  for (const { file } of Object.values(manifest)) {
    if (file.endsWith('.js') && !chunks.has(file)) chunks.set(file, readChunk(file, groupOf));
  }
  const screenReports = screens.map((spec) => {
    const { name, files } = firstScreen(manifest, spec);
    const parts = files.map((file) => chunks.get(file) as ChunkReport);
    return {
      name,
      files,
      gzipBytes: parts.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
      packages: sumPackages(parts),
    };
  });
  return { chunks, screens: screenReports };
}

/** Kilobytes as Vite's build report counts them (1 kB = 1000 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
