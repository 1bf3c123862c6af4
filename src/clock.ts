/** Nothing reads the time but a Clock; the simulated one lets a month of dunning play out in minutes. */
export interface Clock {
  now(): Date;
  /** Real milliseconds to wait for `simulatedMs` of clock time to pass. */
  realDelay(simulatedMs: number): number;
  readonly speed: number;
}

export const systemClock: Clock = {
  now: () => new Date(),
  realDelay: (ms) => Math.max(0, ms),
  speed: 1,
};

/** Clock time = start + (real elapsed × speed). `realNow` is injectable for tests. */
export function simulatedClock(start: Date, speed: number, realNow: () => number = Date.now, realStart: number = realNow()): Clock {
  return {
    now: () => new Date(start.getTime() + (realNow() - realStart) * speed),
    realDelay: (ms) => Math.max(0, Math.ceil(ms / speed)),
    speed,
  };
}

export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()), realDelay: (ms) => Math.max(0, ms), speed: 1 };
}
