/** The mock's clock: real time plus an offset that tests move forward to expire leases. */
export interface Clock {
  now(): number;
  advance(seconds: number): void;
}

export function createClock(start: () => number = Date.now): Clock {
  let offsetMs = 0;
  return {
    now: () => start() + offsetMs,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
  };
}
