import { zoneOf } from './zone.js';
import { DateTime, IANAZone } from 'luxon';
import { InputError } from '../errors.js';
import { civilFromDays } from '../civil-days.js';

/**
 * Local calendar dates as YYYY-MM-DD strings. Arithmetic runs on UTC day numbers because a calendar
 * date has no zone: adding a day must never be 23 or 25 hours. (Plain Date.UTC, not luxon: the
 * calendar asks these questions thousands of times per placement.)
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** Day number (days since 1970-01-01) to YYYY-MM-DD: no Date, no string slicing. */
function fromDayNumber(n: number): string {
  const { year: y, month: m, day: d } = civilFromDays(n);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The local date, in zone `tz`, of the instant `ms` (epoch milliseconds). */
export function localDateOfMs(ms: number, tz: string): string {
  return fromDayNumber(Math.floor((ms + zoneOf(tz).offset(ms) * 60_000) / DAY_MS));
}

export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && fromDayNumber(dayNumber(s)) === s;
}

export function assertIsoDate(s: string, field: string): string {
  if (!ISO_DATE.test(s)) throw new InputError(`${field} "${s}" is not a date as YYYY-MM-DD`, field);
  if (!isIsoDate(s)) throw new InputError(`${field} "${s}" is not a real calendar date`, field);
  return s;
}

/** Zones already found valid: checking builds an Intl formatter, far too slow to repeat per day. */
const validZones = new Set<string>();

export function assertZone(tz: string, field = 'timezone'): string {
  if (validZones.has(tz)) return tz;
  if (!IANAZone.isValidZone(tz)) throw new InputError(`${field} "${tz}" is not an IANA time zone such as Asia/Shanghai`, field);
  validZones.add(tz);
  return tz;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function weekday(date: string): number {
  return ((dayNumber(date) + 3) % 7 + 7) % 7 + 1;
}

export function weekdayName(date: string): string {
  return WEEKDAYS[weekday(date) % 7]!;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The local date of an instant in a zone. */
export function localDateOf(instant: DateTime, tz: string): string {
  return instant.setZone(zoneOf(tz)).toISODate()!;
}

/**
 * parseInstant's epoch milliseconds. The common shape (seconds, optional fraction, Z or ±hh:mm) is read
 * by Date.parse, which agrees with luxon on it; anything else goes through luxon and its checks.
 */
export function instantMillis(s: string, field: string): number {
  const m = COMMON_INSTANT.exec(s);
  // Date.parse would roll 02-30 into March and take 24:00: only fields in range take the fast way.
  if (m && inRange(m)) {
    const ms = Date.parse(s);
    if (!Number.isNaN(ms)) return ms;
  }
  return parseInstant(s, field).toMillis();
}

const COMMON_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(?:Z|[+-](\d{2}):(\d{2}))$/;

function inRange(m: RegExpExecArray): boolean {
  const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  const offsetOk = m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h <= 23 && mi <= 59 && se <= 59 && offsetOk;
}

/** An ISO instant with an explicit offset: without one luxon would read it in the host's zone. */
export function parseInstant(s: string, field: string): DateTime {
  const instant = DateTime.fromISO(s, { setZone: true });
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) || !/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(s) || !instant.isValid) {
    throw new InputError(`${field} "${s}" is not an ISO instant with an offset, such as 2026-12-04T10:00:00+08:00`, field);
  }
  return instant;
}
