import { localInstantMs, workingIntervals } from './working-hours.js';
import type { WorkingWindow } from './types.js';

export interface DaySlotInput {
  date: string;
  tz: string;
  window: WorkingWindow;
  /** Length of the preferred window at the start of the working day. */
  preferredMinutes: number;
  /** Stable per customer and step: picks the second within the window. */
  hash: number;
  /** Epoch ms; nothing earlier may be returned. */
  notBefore?: number;
}

export interface DaySlot {
  /** Epoch milliseconds. */
  at: number;
  /** True when the slot is the preferred-window one, false for a later catch-up moment. */
  preferred: boolean;
}

/** How many seconds into the preferred window this customer and step go. */
function spreadSeconds(input: DaySlotInput): number {
  const [first] = workingIntervals(input.window);
  const windowEnd = Math.min(input.window.start + input.preferredMinutes, first ? first[1] : input.window.start);
  const seconds = Math.max(1, (windowEnd - input.window.start) * 60);
  return input.hash % seconds;
}

/**
 * The moment to send on one working day: the spread point in the preferred window, or — when that has
 * passed — the first working moment after `notBefore` (spread the same way, kept inside the same
 * stretch so it never runs into lunch or the evening). Undefined when the day has no time left.
 */
export function daySlot(input: DaySlotInput): DaySlot | undefined {
  const spread = spreadSeconds(input);
  const preferred = localInstantMs(input.date, input.window.start, input.tz) + spread * 1000;
  const notBefore = input.notBefore ?? -Infinity;
  if (preferred >= notBefore) return { at: preferred, preferred: true };

  const floor = Math.ceil(notBefore / 1000) * 1000;
  for (const [from, to] of workingIntervals(input.window)) {
    const a = localInstantMs(input.date, from, input.tz);
    const b = localInstantMs(input.date, to, input.tz);
    const lo = Math.max(a, floor);
    if (lo >= b) continue;
    const at = Math.min(lo + spread * 1000, b - 1000);
    return { at, preferred: false };
  }
  return undefined;
}
