/**
 * `npm run bench`: builds the production bundle, serves it with the production server and the HTTP mock, drives
 * headless Chromium through the budgets of issue 7 and prints one table (also written as JSON).
 * A benchmark, not a test: it reports what it measured, over budget or not. See README "Benchmark".
 *
 *   npm run bench                 full run (about 10 minutes on 2 busy cores)
 *   npm run bench -- --quick      fewer runs, for developing the harness; writes .bench/quick.json
 *   npm run bench -- --no-build   serve the dist/ already there
 *   BENCH_PORT=4471 npm run bench (or --port 4471; default 4470)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright';
import type { MeasureId } from './budgets';
import { launchBrowser } from './browser';
import { cleanUp, installSignalHandlers, isStopping } from './cleanup';
import { machineInfo } from './machine';
import { measureDashboard } from './measures/dashboard';
import { measureDecisions, measureHeap } from './measures/decisions';
import { coldLoad, type FirstScreenRun } from './measures/first-screen';
import { measureMetricsApi } from './measures/metrics-api';
import { measureQueue } from './measures/queue';
import { failedResult, resultFor, type MeasureResult } from './results';
import {
  buildProduction,
  mockControls,
  startProductionServer,
  type MockControls,
  type WorldOptions,
} from './servers';
import { median } from './stats';
import { formatNotes, formatTable } from './table';

const root = new URL('../../', import.meta.url).pathname;

const plans = {
  full: {
    coldRuns: 5,
    queueRuns: 5,
    dashboardRuns: 5,
    metricsCalls: 5,
    decisions: 30,
    heapEarly: 10,
    heapLate: 300,
  },
  quick: {
    coldRuns: 2,
    queueRuns: 2,
    dashboardRuns: 2,
    metricsCalls: 2,
    decisions: 8,
    heapEarly: 10,
    heapLate: 30,
  },
};
type Plan = (typeof plans)['full'];

/** The large world every measure runs in, built at a fixed instant so each run sees the same one. */
const world: WorldOptions = {
  seed: 20261126,
  pendingCount: 100_000,
  historyDecisions: 100_000,
  now: '2026-11-26T08:00:00Z',
};
const DECISION_LATENCY_MS = 150;

const log = (message: string) => console.error(`bench: ${message}`);
const kb = (bytes: number) => bytes / 1000;
const round = (value: number) => Math.round(value);

async function firstScreens(browser: Browser, origin: string, plan: Plan): Promise<MeasureResult[]> {
  const results: MeasureResult[] = [];
  for (const screen of ['queue', 'workspace'] as const) {
    const jsId: MeasureId = screen === 'queue' ? 'js.queue' : 'js.workspace';
    const lcpId: MeasureId = screen === 'queue' ? 'lcp.queue' : 'lcp.workspace';
    try {
      const runs: FirstScreenRun[] = [];
      for (let i = 0; i < plan.coldRuns; i++) {
        log(`cold load of the ${screen} ${i + 1}/${plan.coldRuns}`);
        runs.push(await coldLoad(browser, origin, screen));
      }
      const last = runs.at(-1) as FirstScreenRun;
      const largest = [...last.scripts].sort((a, b) => b.bytes - a.bytes)[0];
      results.push(
        resultFor(
          jsId,
          runs.map((r) => kb(r.jsBytes)),
          `${last.scripts.length} scripts asked for before the content was up (gzip on the wire, headers ` +
            `included)` +
            (largest ? `; largest ${path.basename(largest.url)} ${kb(largest.bytes).toFixed(1)} KB` : '') +
            (last.aheadBytes > 0
              ? `; ${kb(last.aheadBytes).toFixed(1)} KB asked for after the content, before the screen was complete, not counted`
              : ''),
        ),
        resultFor(
          lcpId,
          runs.map((r) => r.lcpMs),
          `new context, empty cache, mock latency 0 ms; LCP element ${last.lcpElement ?? 'unknown'}; ` +
            `screen complete at median ${round(median(runs.map((r) => r.shownMs)))} ms`,
        ),
      );
      details[screen] = runs;
    } catch (error) {
      results.push(failedResult(jsId, error), failedResult(lcpId, error));
    }
  }
  return results;
}

async function queue(browser: Browser, origin: string, plan: Plan): Promise<MeasureResult[]> {
  try {
    log(`queue over ${world.pendingCount.toLocaleString('en-US')} requests, ${plan.queueRuns} runs`);
    const runs = await measureQueue(browser, origin, plan.queueRuns);
    details.queueChanges = runs.changes;
    return [
      resultFor(
        'queue.firstPage',
        runs.firstPageMs,
        "from the click on the queue link in a request's workspace to the rows; the list fetched, not cached; mock latency 0 ms",
      ),
      resultFor(
        'queue.firstPageLoad',
        runs.firstPageLoadMs,
        'from navigation start to the rows, cache warm, mock latency 0 ms; a page load is budgeted by LCP',
      ),
      resultFor(
        'queue.change',
        runs.changes.map((c) => c.ms),
        'click to new rows shown: sort newest first, sort by number, one region (mock latency 0 ms)',
      ),
    ];
  } catch (error) {
    return [
      failedResult('queue.firstPage', error),
      failedResult('queue.firstPageLoad', error),
      failedResult('queue.change', error),
    ];
  }
}

async function dashboard(browser: Browser, origin: string, plan: Plan): Promise<MeasureResult> {
  try {
    log(
      `dashboard over ${world.historyDecisions.toLocaleString('en-US')} decisions, ${plan.dashboardRuns} runs`,
    );
    return resultFor(
      'dashboard.allWidgets',
      await measureDashboard(browser, origin, plan.dashboardRuns),
      'from navigation start to every widget drawn, cache warm, mock latency 0 ms',
    );
  } catch (error) {
    return failedResult('dashboard.allWidgets', error);
  }
}

async function metricsApi(origin: string, plan: Plan): Promise<MeasureResult> {
  try {
    log(`metrics API: each endpoint, two queries, ${plan.metricsCalls} calls after a warm-up`);
    const run = await measureMetricsApi(origin, plan.metricsCalls);
    details.metricsApi = run.medians;
    const slowest = [...run.medians].sort((a, b) => b.ms - a.ms)[0];
    return resultFor(
      'metrics.endpoints',
      run.samples,
      `every call of 7 endpoints × 2 queries over HTTP, ${world.historyDecisions.toLocaleString('en-US')} decisions and ` +
        `${world.pendingCount.toLocaleString('en-US')} waiting` +
        (slowest
          ? `; slowest median ${slowest.endpoint} (${slowest.query}) ${slowest.ms.toFixed(1)} ms`
          : ''),
    );
  } catch (error) {
    return failedResult('metrics.endpoints', error);
  }
}

async function decisions(
  browser: Browser,
  origin: string,
  mock: MockControls,
  plan: Plan,
): Promise<MeasureResult[]> {
  try {
    log(`${plan.decisions} approvals at mock latency ${DECISION_LATENCY_MS} ms`);
    await mock.setLatency(DECISION_LATENCY_MS);
    const run = await measureDecisions(browser, origin, 'reviewer2', plan.decisions);
    details.decisions = run;
    const titles = run.timings.flatMap((t) => (t.titleMs === null ? [] : [t.titleMs]));
    const longest = run.longTasksMs.length > 0 ? Math.max(...run.longTasksMs) : 0;
    return [
      resultFor(
        'decision.next',
        run.timings.map((t) => t.ms),
        `mock latency ${DECISION_LATENCY_MS} ms; next title alone at median ${titles.length > 0 ? round(median(titles)) : '?'} ms`,
      ),
      resultFor(
        'decision.longestTask',
        [longest],
        run.longTasksMs.length > 0
          ? `${run.longTasksMs.length} long task(s) over 50 ms in ${plan.decisions} decisions`
          : `no task over 50 ms (the Long Tasks API threshold) in ${plan.decisions} decisions`,
      ),
    ];
  } catch (error) {
    return [failedResult('decision.next', error), failedResult('decision.longestTask', error)];
  } finally {
    await mock.setLatency(0).catch(() => undefined);
  }
}

async function heap(browser: Browser, origin: string, plan: Plan): Promise<MeasureResult> {
  try {
    log(`heap: ${plan.heapLate} approvals at mock latency 0 ms`);
    const run = await measureHeap(browser, origin, 'reviewer3', plan.heapEarly, plan.heapLate, (done) =>
      log(`heap: ${done}/${plan.heapLate} decisions`),
    );
    details.heap = run;
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    return resultFor(
      'heap.growth',
      [run.lateBytes / run.earlyBytes],
      `${mb(run.earlyBytes)} MB after ${run.earlyDecisions} decisions, ${mb(run.lateBytes)} MB after ${run.lateDecisions} (after GC)`,
    );
  } catch (error) {
    return failedResult('heap.growth', error);
  }
}

/** Raw figures behind the table (per run, per script, per change), written to the JSON file. */
const details: Record<string, unknown> = {};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      port: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const plan = quick ? plans.quick : plans.full;
  const port = Number(values.port ?? process.env.BENCH_PORT ?? 4470);
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(`bad port ${values.port ?? process.env.BENCH_PORT}`);
  const out = path.resolve(root, values.out ?? (quick ? '.bench/quick.json' : 'docs/bench/latest.json'));
  installSignalHandlers();

  const started = Date.now();
  if (!values['no-build']) {
    log('building the production bundle');
    await buildProduction();
  }
  log(`serving dist/ with the HTTP mock on 127.0.0.1:${port}`);
  const server = await startProductionServer(port);
  const mock = mockControls(server.origin);
  log(`resetting the mock: ${world.pendingCount} waiting requests, ${world.historyDecisions} past decisions`);
  await mock.reset(world);
  await mock.setLatency(0);
  const browser = await launchBrowser();
  const machine = machineInfo(browser.version());

  const phases: Array<() => Promise<MeasureResult | MeasureResult[]>> = [
    () => firstScreens(browser, server.origin, plan),
    () => queue(browser, server.origin, plan),
    () => dashboard(browser, server.origin, plan),
    () => metricsApi(server.origin, plan),
    () => decisions(browser, server.origin, mock, plan),
    () => heap(browser, server.origin, plan),
  ];
  const results: MeasureResult[] = [];
  for (const phase of phases) {
    // Interrupted: the signal handler is stopping everything and will exit.
    if (isStopping()) return 130;
    results.push(...[await phase()].flat());
  }
  await cleanUp();

  const date = new Date().toISOString();
  const report = {
    date,
    mode: quick ? 'quick' : 'full',
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine,
    world,
    plan,
    decisionLatencyMs: DECISION_LATENCY_MS,
    results,
    details,
  };
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);

  console.log(
    `\nBenchmark ${date.slice(0, 10)} (${quick ? 'quick' : 'full'}), ${machine.cpus} × ${machine.cpuModel}, ` +
      `load ${machine.loadAverage.join(' ')}, Chromium ${machine.chromium}, commit ${machine.commit ?? '?'}\n`,
  );
  console.log(formatTable(results));
  const notes = formatNotes(results);
  if (notes) console.log(`\n${notes}`);
  console.log(`\nwritten to ${path.relative(root, out)}`);
  // Over budget is a finding, not a failure; a measure that could not run is.
  return results.some((r) => r.verdict === 'no data') ? 1 : 0;
}

main()
  .then((code) => cleanUp().then(() => process.exit(code)))
  .catch(async (error: unknown) => {
    console.error('bench: failed:', error);
    await cleanUp();
    process.exit(1);
  });
