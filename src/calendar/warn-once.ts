import { logger } from '../logger.js';
import type { CalendarWarning } from './types.js';

/**
 * The one impure corner of the calendar: pass this as SendPolicy.onWarning and each distinct warning
 * (e.g. "2027 is computed, unconfirmed") is logged once per process instead of once per send.
 */
const seen = new Set<string>();

export function logCalendarWarningOnce(warning: CalendarWarning): void {
  const key = `${warning.code}:${warning.year}`;
  if (seen.has(key)) return;
  seen.add(key);
  logger().warn({ code: warning.code, year: warning.year }, warning.message);
}
