/** The mock's clock: real time plus an offset that tests move forward to expire leases. */
export interface Clock {
  now(): number;
  advance(seconds: number): void;
  /** Back to real time, so that a reset world is the same world for the same seed. */
  reset(): void;
}

export function createClock(start: () => number = Date.now): Clock {
  let offsetMs = 0;
  return {
    now: () => start() + offsetMs,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    reset: () => {
      offsetMs = 0;
    },
  };
}
