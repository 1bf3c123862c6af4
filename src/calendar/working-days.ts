import { DateTime } from 'luxon';
import { InputError } from '../errors.js';
import { cnDay } from './cn-calendar.js';
import { addDays, assertIsoDate, assertZone, isIsoDate, localDateOf, weekday, weekdayName, yearOf } from './local-date.js';
import type { CalendarKind, DayInfo } from './types.js';

/** "National Day,国庆节,3" (chinese-days) or "National Day,国庆节" (overrides) → "National Day 国庆节". */
function holidayLabel(name: string | undefined): string {
  const [en, zh] = (name ?? 'holiday').split(',');
  return zh ? `${en} ${zh}` : (en ?? 'holiday');
}

function isWeekend(date: string): boolean {
  return weekday(date) >= 6;
}

/** Whether a local date (YYYY-MM-DD) is a working day under a calendar, and why. */
export function dayInfo(date: string, kind: CalendarKind): DayInfo {
  assertIsoDate(date, 'date');
  const dow = weekdayName(date);
  if (kind === 'none') {
    return isWeekend(date)
      ? { date, workingDay: false, reason: `weekend (${dow})`, confirmed: true }
      : { date, workingDay: true, reason: `working day (${dow})`, confirmed: true };
  }
  const cn = cnDay(date);
  const note = cn.confirmed ? '' : `; ${yearOf(date)} CN holidays computed, unconfirmed`;
  switch (cn.kind) {
    case 'makeUpWorkday':
      return { date, workingDay: true, reason: `make-up workday (调休) for ${holidayLabel(cn.name)}, ${dow}${note}`, confirmed: cn.confirmed };
    case 'holiday': {
      const lieu = cn.inLieu ? ', in lieu of a worked weekend (调休)' : '';
      return { date, workingDay: false, reason: `${holidayLabel(cn.name)} holiday${lieu}${note}`, confirmed: cn.confirmed };
    }
    case 'plain':
      return isWeekend(date)
        ? { date, workingDay: false, reason: `weekend (${dow})${note}`, confirmed: cn.confirmed }
        : { date, workingDay: true, reason: `working day (${dow})${note}`, confirmed: cn.confirmed };
  }
}

/**
 * The working-day status of a local date, or of an ISO instant seen in `tz` (default: Asia/Shanghai
 * for CN, UTC otherwise) — the instant form answers "is it a working day there, right then?".
 */
export function isWorkingDay(date: string, kind: CalendarKind, tz?: string): DayInfo {
  if (isIsoDate(date)) return dayInfo(date, kind);
  const zone = assertZone(tz ?? (kind === 'CN' ? 'Asia/Shanghai' : 'UTC'), 'tz');
  const instant = DateTime.fromISO(date, { setZone: true });
  if (!instant.isValid) throw new InputError(`date "${date}" is neither YYYY-MM-DD nor an ISO instant`, 'date');
  return dayInfo(localDateOf(instant, zone), kind);
}

/** No calendar has a run of days off this long; hitting it means the data is broken. */
const SEARCH_LIMIT = 60;

function step(date: string, direction: 1 | -1, kind: CalendarKind): string {
  let d = date;
  for (let i = 0; i < SEARCH_LIMIT; i++) {
    d = addDays(d, direction);
    if (dayInfo(d, kind).workingDay) return d;
  }
  throw new Error(`no working day within ${SEARCH_LIMIT} days of ${date} (${kind}): holiday data is broken`);
}

/** The first working day after `date`, or `date` itself when `inclusive` and it is one. */
export function nextWorkingDay(date: string, kind: CalendarKind, inclusive = false): string {
  if (inclusive && dayInfo(date, kind).workingDay) return date;
  return step(date, 1, kind);
}

/** The last working day before `date`, or `date` itself when `inclusive` and it is one. */
export function previousWorkingDay(date: string, kind: CalendarKind, inclusive = false): string {
  if (inclusive && dayInfo(date, kind).workingDay) return date;
  return step(date, -1, kind);
}

/** `n` working days after (n > 0) or before (n < 0) `date`; n = 0 gives `date` or the next working day. */
export function addWorkingDays(date: string, n: number, kind: CalendarKind): string {
  if (!Number.isInteger(n)) throw new InputError(`working days must be a whole number, not ${n}`, 'n');
  if (n === 0) return nextWorkingDay(date, kind, true);
  let d = date;
  for (let i = 0; i < Math.abs(n); i++) d = step(d, n > 0 ? 1 : -1, kind);
  return d;
}
