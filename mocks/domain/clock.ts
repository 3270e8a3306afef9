/** The mock's clock: real time plus an offset that tests move forward to expire leases. */
export interface Clock {
  now(): number;
  advance(seconds: number): void;
  /** Back to real time, or to real time shifted so that it reads `at` now. */
  reset(at?: number): void;
}

export function createClock(start: () => number = Date.now): Clock {
  let offsetMs = 0;
  return {
    now: () => start() + offsetMs,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    reset: (at) => {
      offsetMs = at === undefined ? 0 : at - start();
    },
  };
}
