import { DateTime, IANAZone } from 'luxon';
import { civil, type CivilDate } from './civil-date.js';

/**
 * Reading the clock argument: is `tz` a real zone, what instant is `now`, and which date is it there.
 * luxon decides validity and parses the unusual forms; the common path (an ISO instant with an offset)
 * uses the same Intl machinery luxon uses underneath, without its per-call object building.
 */
export function isValidZone(tz: string): boolean {
  return IANAZone.create(tz).isValid;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Epoch milliseconds of `now`, or NaN; a string without an offset is a wall time in `tz`. */
export function instantOf(now: string | Date, tz: string): number {
  if (now instanceof Date) return now.getTime();
  if (ISO_INSTANT.test(now)) return Date.parse(now);
  const parsed = DateTime.fromISO(now, { zone: tz });
  return parsed.isValid ? parsed.toMillis() : Number.NaN;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `ms` in `tz`. */
export function dateIn(ms: number, tz: string): CivilDate {
  let format = formats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: 'numeric', day: 'numeric' });
    formats.set(tz, format);
  }
  const [month, day, year] = format.format(ms).split('/').map(Number);
  return civil(year!, month!, day!);
}
