/**
 * Everything the benchmark starts registers how to stop it here. Stops run last-in first-out on
 * normal exit, on error and on Ctrl-C / SIGTERM, so no server or browser outlives the run.
 */
type Stop = () => Promise<void> | void;

const stops: Array<{ name: string; stop: Stop }> = [];
/** Synchronous last resorts (killing a process group) for when the process exits abruptly. */
const lastResorts = new Set<() => void>();
let stopping: Promise<void> | null = null;

export function onCleanup(name: string, stop: Stop, lastResort?: () => void): () => void {
  const entry = { name, stop };
  stops.push(entry);
  if (lastResort) lastResorts.add(lastResort);
  return () => {
    const index = stops.indexOf(entry);
    if (index >= 0) stops.splice(index, 1);
    if (lastResort) lastResorts.delete(lastResort);
  };
}

/** True once stopping has begun (a signal, or the end): no new work should start. */
export function isStopping(): boolean {
  return stopping !== null;
}

export function cleanUp(): Promise<void> {
  stopping ??= (async () => {
    while (stops.length > 0) {
      const { name, stop } = stops.pop() as (typeof stops)[number];
      try {
        await stop();
      } catch (error) {
        console.error(`bench: stopping ${name} failed:`, error);
      }
    }
    lastResorts.clear();
  })();
  return stopping;
}

let installed = false;

/** Ctrl-C and SIGTERM stop everything, then exit with the conventional code. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, stopping servers and browser…`);
      void cleanUp().finally(() => process.exit(code));
    });
  }
  process.on('exit', () => {
    for (const kill of lastResorts) {
      try {
        kill();
      } catch {
        // Already gone.
      }
    }
  });
}
