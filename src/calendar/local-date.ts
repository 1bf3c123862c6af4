import { DateTime, IANAZone } from 'luxon';
import { InputError } from '../errors.js';

/**
 * Local calendar dates as YYYY-MM-DD strings. Arithmetic runs in UTC because a calendar date has no
 * zone: adding a day must never be 23 or 25 hours.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && DateTime.fromISO(s, { zone: 'utc' }).isValid;
}

export function assertIsoDate(s: string, field: string): string {
  if (!ISO_DATE.test(s)) throw new InputError(`${field} "${s}" is not a date as YYYY-MM-DD`, field);
  if (!isIsoDate(s)) throw new InputError(`${field} "${s}" is not a real calendar date`, field);
  return s;
}

export function assertZone(tz: string, field = 'timezone'): string {
  if (!IANAZone.isValidZone(tz)) throw new InputError(`${field} "${tz}" is not an IANA time zone such as Asia/Shanghai`, field);
  return tz;
}

function utc(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

export function addDays(date: string, days: number): string {
  return utc(date).plus({ days }).toISODate()!;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round(utc(b).diff(utc(a), 'days').days);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function weekday(date: string): number {
  return utc(date).weekday;
}

export function weekdayName(date: string): string {
  return utc(date).setLocale('en').toFormat('cccc');
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function daysInMonth(year: number, month: number): number {
  return DateTime.utc(year, month, 1).daysInMonth!;
}

/** The local date of an instant in a zone. */
export function localDateOf(instant: DateTime, tz: string): string {
  return instant.setZone(tz).toISODate()!;
}

/** An ISO instant with an explicit offset: without one luxon would read it in the host's zone. */
export function parseInstant(s: string, field: string): DateTime {
  const instant = DateTime.fromISO(s, { setZone: true });
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) || !/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(s) || !instant.isValid) {
    throw new InputError(`${field} "${s}" is not an ISO instant with an offset, such as 2026-12-04T10:00:00+08:00`, field);
  }
  return instant;
}
