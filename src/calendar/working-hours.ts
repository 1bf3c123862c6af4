import { zoneOf } from './zone.js';
import { DateTime } from 'luxon';
import { InputError } from '../errors.js';
import type { CalendarCustomer, WorkingWindow } from './types.js';

/** Never before 08:00 or after 21:00 local, whatever a customer's working hours say. */
export const EARLIEST_SEND = 8 * 60;
export const LATEST_SEND = 21 * 60;

export const DEFAULT_HOURS = { start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:30' } as const;

function minutes(hhmm: string, field: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new InputError(`workingHours.${field} "${hhmm}" is not a time as HH:mm`, `workingHours.${field}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The customer's working day in local minutes, defaults filled in and clipped to the quiet hours.
 * A lunch break outside the working day, or empty, simply does not apply.
 */
export function workingWindow(customer: Pick<CalendarCustomer, 'workingHours'>): WorkingWindow {
  const o = customer.workingHours ?? {};
  const h = {
    start: o.start ?? DEFAULT_HOURS.start,
    end: o.end ?? DEFAULT_HOURS.end,
    lunchStart: o.lunchStart ?? DEFAULT_HOURS.lunchStart,
    lunchEnd: o.lunchEnd ?? DEFAULT_HOURS.lunchEnd,
  };
  const start = Math.max(minutes(h.start, 'start'), EARLIEST_SEND);
  const end = Math.min(minutes(h.end, 'end'), LATEST_SEND);
  const lunchStart = Math.max(minutes(h.lunchStart, 'lunchStart'), start);
  const lunchEnd = Math.min(minutes(h.lunchEnd, 'lunchEnd'), end);
  const w = lunchEnd > lunchStart ? { start, end, lunchStart, lunchEnd } : { start, end, lunchStart: end, lunchEnd: end };
  if (workingIntervals(w).length === 0) {
    throw new InputError(`workingHours ${h.start}–${h.end} (lunch ${h.lunchStart}–${h.lunchEnd}) leave no time between 08:00 and 21:00`, 'workingHours');
  }
  return w;
}

/** The sendable stretches of a working day, as [from, to) in local minutes: before and after lunch. */
export function workingIntervals(w: WorkingWindow): Array<[number, number]> {
  return ([[w.start, w.lunchStart], [w.lunchEnd, w.end]] as Array<[number, number]>).filter(([a, b]) => b > a);
}

/**
 * localInstant in epoch milliseconds, without building a DateTime: the same offset search luxon
 * makes (a time inside a DST gap moves forward), starting from the offset at the wall-clock reading
 * itself, so an hour that occurs twice always resolves the same way.
 */
export function localInstantMs(date: string, minute: number, tz: string): number {
  const zone = zoneOf(tz);
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Math.floor(minute / 60), minute % 60);
  const o1 = zone.offset(wall);
  let guess = wall - o1 * 60_000;
  const o2 = zone.offset(guess);
  if (o1 === o2) return guess;
  guess -= (o2 - o1) * 60_000;
  const o3 = zone.offset(guess);
  if (o2 === o3) return guess;
  return wall - Math.min(o2, o3) * 60_000;
}

/** A local wall-clock minute of a date in a zone; luxon moves a time inside a DST gap forward. */
export function localInstant(date: string, minute: number, tz: string): DateTime {
  const [y, m, d] = date.split('-').map(Number);
  return DateTime.fromObject({ year: y, month: m, day: d, hour: Math.floor(minute / 60), minute: minute % 60 }, { zone: zoneOf(tz) });
}
