/**
 * `npm run check:size`: fails when the first-screen JavaScript of the queue or the workspace is over
 * the budget by more than the tolerance. Reuses dist/ when it is newer than the sources.
 */
import { budget, judge } from './first-screen';
import { ensureBuild, kb, readBuild } from './build-report';

const how = ensureBuild(process.argv.includes('--build'));
const report = readBuild();
console.log(
  `First-screen JavaScript, gzipped (${how === 'reused' ? 'existing build' : 'fresh build'}; ` +
    `budget ${kb(budget.targetBytes)}, fails above ${kb(judge('', 0).limit)}):`,
);
let failed = false;
for (const screen of report.screens) {
  if (!budget.screens.includes(screen.name)) {
    console.log(`  ${screen.name.padEnd(16)} ${kb(screen.gzipBytes).padStart(10)}  (not budgeted)`);
    continue;
  }
  const verdict = judge(screen.name, screen.gzipBytes);
  const status = verdict.failed ? 'FAIL' : verdict.overTarget ? 'over target, within tolerance' : 'ok';
  console.log(`  ${screen.name.padEnd(16)} ${kb(screen.gzipBytes).padStart(10)}  ${status}`);
  failed ||= verdict.failed;
}
if (failed) {
  console.error('First screen over budget: run `npm run analyze` to see what it costs.');
  process.exit(1);
}
