/**
 * The cap on automated messages per rolling 7 days (168 hours of real time, so DST changes nothing).
 * Times are epoch milliseconds. A window is [s, s + 7d); the history may hold sends already scheduled
 * after the candidate, so every window containing the candidate must stay within the cap.
 */
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Would one more send at `t` keep every 7-day window that contains it within `cap`? */
export function capAllows(t: number, sends: readonly number[], cap: number): boolean {
  const near = sends.filter((r) => Math.abs(r - t) < WEEK_MS);
  // The fullest window containing t starts at t or at one of the sends before it.
  const starts = [t, ...near.filter((r) => r <= t)];
  const fullest = Math.max(...starts.map((s) => near.filter((r) => r >= s && r < s + WEEK_MS).length));
  return fullest + 1 <= cap;
}

/** The next moment after `t` at which a send leaves the windows around it: the only way a full cap frees up. */
export function nextCapRelief(t: number, sends: readonly number[]): number | undefined {
  const reliefs = sends.map((r) => r + WEEK_MS).filter((x) => x > t);
  return reliefs.length ? Math.min(...reliefs) : undefined;
}
