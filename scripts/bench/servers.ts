import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { onCleanup } from './cleanup';

const root = new URL('../../', import.meta.url).pathname;
const bin = (name: string) => `${root}node_modules/.bin/${name}`;

function describeExit(child: ChildProcess, output: string): string {
  return `exit code ${child.exitCode ?? child.signalCode}${output ? `:\n${output.slice(-2000)}` : ''}`;
}

/** `vite build`: the production bundle in dist/ (no mock code). */
export async function buildProduction(): Promise<void> {
  const child = spawn(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'pipe' });
  const forget = onCleanup('vite build', () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  forget();
  if (code !== 0) throw new Error(`vite build failed (${describeExit(child, output)})`);
}

export interface ProductionServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * The production server (`npm run serve:mock`, server/) of dist/ with the HTTP mock API in its process,
 * on 127.0.0.1 and a strict port: the headers, caching (hashed assets immutable) and compression a
 * deployment has, which `vite preview` lacks. It runs in its own process group, so stopping it stops
 * every process it started.
 */
export async function startProductionServer(port: number): Promise<ProductionServer> {
  const origin = `http://127.0.0.1:${port}`;
  // Someone else's server on the port could answer the readiness check before ours gives up.
  await assertPortFree(port);
  const child = spawn(process.execPath, ['server/serve.js', '--mock', '--port', String(port)], {
    cwd: root,
    stdio: 'pipe',
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killGroup = (signal: NodeJS.Signals) => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, signal);
    }
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const forget = onCleanup(`the production server on ${origin}`, stop, () => killGroup('SIGKILL'));

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      forget();
      throw new Error(`the production server on port ${port} stopped (${describeExit(child, output)})`);
    }
    try {
      const response = await fetch(`${origin}/api/__mock/settings`);
      if (response.ok) {
        return {
          origin,
          stop: async () => {
            forget();
            await stop();
          },
        };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  forget();
  await stop();
  throw new Error(`the production server did not answer on ${origin} within 60 s:\n${output.slice(-2000)}`);
}

async function assertPortFree(port: number): Promise<void> {
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
  } catch (error) {
    throw new Error(`port ${port} on 127.0.0.1 is taken (set BENCH_PORT or --port)`, { cause: error });
  }
  await new Promise((resolve) => probe.close(resolve));
}

export interface WorldOptions {
  seed: number;
  pendingCount: number;
  historyDecisions: number;
  now: string;
}

/** The mock's controls (`/api/__mock/*`), exempt from its injected latency. */
export function mockControls(origin: string) {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${origin}/api/__mock/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`POST /api/__mock/${path} answered ${response.status}: ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  return {
    reset: (world: WorldOptions) => post('reset', world),
    setLatency: (latencyMs: number) => post('settings', { latencyMs, failureRate: 0 }),
  };
}
export type MockControls = ReturnType<typeof mockControls>;
