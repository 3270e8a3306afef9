/**
 * `npm run analyze`: builds the production bundle and prints what each package costs, gzipped, in
 * every chunk and in each route's first screen. Options: `--no-build` reuses dist/ as it is;
 * `--modules` lists source files instead of packages; `--top=N` shows N rows per table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { budget } from './first-screen';
import { ensureBuild, kb, readBuild, root, type ChunkReport } from './build-report';
import { gzipBytes } from './sourcemap-costs';

const topN = Number(process.argv.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 12);
if (!process.argv.includes('--no-build')) ensureBuild(true);
const report = readBuild({ byModule: process.argv.includes('--modules') });

const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);
const bar = (share: number) => '█'.repeat(Math.round(share * 20)).padEnd(20, '·');

function printPackages(title: string, total: number, packages: ChunkReport['packages'], limit = topN) {
  console.log(`\n${title}  ${kb(total)} gz`);
  const shown = packages.slice(0, limit);
  for (const part of shown) {
    const share = total > 0 ? part.gzipBytes / total : 0;
    console.log(
      `  ${pad(part.name, 48)} ${padLeft(kb(part.gzipBytes), 10)} ${padLeft(`${(share * 100).toFixed(1)}%`, 6)} ${bar(share)}`,
    );
  }
  const rest = packages.slice(limit);
  if (rest.length > 0) {
    const restBytes = rest.reduce((sum, part) => sum + part.gzipBytes, 0);
    console.log(`  ${pad(`… ${rest.length} more`, 48)} ${padLeft(kb(restBytes), 10)}`);
  }
}

console.log('First screens (entry + its static imports + the route chunk and its static imports):');
for (const screen of report.screens) {
  const inBudget = budget.screens.includes(screen.name);
  const mark = !inBudget
    ? ''
    : screen.gzipBytes <= budget.targetBytes
      ? '  ✓ within budget'
      : '  ✗ over budget';
  console.log(
    `  ${pad(screen.name, 16)} ${padLeft(kb(screen.gzipBytes), 10)}  ${screen.files.length} chunks${mark}`,
  );
}

for (const screen of report.screens) {
  printPackages(`== First screen: ${screen.name}`, screen.gzipBytes, screen.packages);
  console.log(`  chunks: ${screen.files.map((file) => path.basename(file)).join(', ')}`);
}

console.log('\n== Chunks (largest first)');
const chunks = [...report.chunks.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
for (const chunk of chunks) {
  const top = chunk.packages
    .slice(0, 4)
    .map((part) => `${part.name} ${kb(part.gzipBytes)}`)
    .join(', ');
  console.log(`  ${pad(path.basename(chunk.file), 44)} ${padLeft(kb(chunk.gzipBytes), 10)}  ${top}`);
}

// Workers are not chunks of the page: they load when the page starts one.
const manifestFiles = new Set([...report.chunks.keys()].map((file) => path.basename(file)));
const assetsDir = path.join(root, 'dist/assets');
const others = readdirSync(assetsDir).filter((name) => name.endsWith('.js') && !manifestFiles.has(name));
if (others.length > 0) {
  console.log('\n== Other scripts (workers; loaded when started)');
  for (const name of others) {
    console.log(
      `  ${pad(name, 44)} ${padLeft(kb(gzipBytes(readFileSync(path.join(assetsDir, name), 'utf8'))), 10)}`,
    );
  }
}
console.log(
  '\nPackage figures are estimates (each part gzipped alone, scaled to the chunk); chunk and screen totals are exact.',
);
