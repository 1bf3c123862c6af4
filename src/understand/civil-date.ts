/**
 * Calendar arithmetic on civil dates, as whole days since 1970-01-01. "Today" is read in the customer's
 * zone once (zone-clock.ts); after that a date is a plain day count, so adding days never meets a DST gap
 * and every step costs nanoseconds (luxon DateTime steps cost microseconds each, the whole budget per reply).
 */
import { civilFromDays } from '../civil-days.js';

export type CivilDate = number;

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a year, month and day, by arithmetic (H. Hinnant's days_from_civil); like
 * Date.UTC it carries months past 12 or days past the month's end, and reads years 0–99 as 1900–1999.
 */
export function civil(year: number, month: number, day: number): CivilDate {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
  let y = year >= 0 && year <= 99 ? year + 1900 : year;
  const m0 = month - 1;
  y += Math.floor(m0 / 12);
  const m = m0 - 12 * Math.floor(m0 / 12) + 1;
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 + (day - 1);
}

/** Year, month, day of a day count, by arithmetic (H. Hinnant's civil_from_days): no Date per call. */
export const ymd: (d: CivilDate) => { year: number; month: number; day: number } = civilFromDays;

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekday(d: CivilDate): number {
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return d + days;
}

/** Weekday 1 (Mon) … 7 (Sun) of the week of `d` (weeks run Monday to Sunday), shifted by `weeks`. */
export function weekdayOfWeek(d: CivilDate, wd: number, weeks = 0): CivilDate {
  return d - (weekday(d) - 1) + 7 * weeks + (wd - 1);
}

export function nextWeekday(today: CivilDate, wd: number): CivilDate {
  return today + ((wd - weekday(today) + 7) % 7);
}

export function previousWeekday(today: CivilDate, wd: number): CivilDate {
  return today - ((weekday(today) - wd + 7) % 7);
}

export function lastDayOfMonth(year: number, month: number): CivilDate {
  return civil(year, month + 1, 1) - 1; // Date.UTC rolls month 13 into January
}

/** Day `day` of a month, or its last day when the month is shorter ("31号" in November). */
export function dayInMonth(year: number, month: number, day: number): CivilDate {
  return Math.min(civil(year, month, day), lastDayOfMonth(year, month));
}

export function monthsFrom(d: CivilDate, months: number): { year: number; month: number } {
  const { year, month } = ymd(d);
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Same day of the month `months` later, clamped to the month's end. */
export function addMonths(d: CivilDate, months: number): CivilDate {
  const { year, month } = monthsFrom(d, months);
  return dayInMonth(year, month, ymd(d).day);
}

/**
 * A day of the month without a month: this month if on or after today, else next month
 * (backward: this month if on or before today, else last month).
 */
export function dayOfMonthAround(today: CivilDate, day: number | 'last', past: boolean): CivilDate {
  const pick = (offset: number): CivilDate => {
    const { year, month } = monthsFrom(today, offset);
    return day === 'last' ? lastDayOfMonth(year, month) : dayInMonth(year, month, day);
  };
  const here = pick(0);
  if (past) return here <= today ? here : pick(-1);
  return here >= today ? here : pick(1);
}

/** A month and day without a year: the next occurrence on or after today (backward: most recent on or before). */
export function monthDayAround(today: CivilDate, month: number, day: number | 'last', past: boolean): CivilDate {
  const inYear = (year: number): CivilDate => (day === 'last' ? lastDayOfMonth(year, month) : dayInMonth(year, month, day));
  const { year } = ymd(today);
  const here = inYear(year);
  if (past) return here <= today ? here : inYear(year - 1);
  return here >= today ? here : inYear(year + 1);
}

/** Add `n` business days (Mon–Fri); from a weekend the next Monday is day 1. */
export function addBusinessDays(today: CivilDate, n: number): CivilDate {
  let d = today;
  let left = n;
  while (left > 0) {
    d++;
    if (weekday(d) <= 5) left--;
  }
  return d;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/** YYYY-MM-DD, built from digits rather than Date#toISOString (which allocates a Date and a long string). */
export function isoDate(d: CivilDate): string {
  // Answers fall within a few years of today: each day's string is built once (a pure function of d).
  const slot = d - PRINTED_FROM;
  if (slot >= 0 && slot < PRINTED_DAYS) return (printed[slot] ??= printDate(d));
  return printDate(d);
}

/** Days printed once and kept: 2000-01-01 to 2099-12-31. */
const PRINTED_FROM = 10_957;
const PRINTED_DAYS = 36_525;
const printed = new Array<string | undefined>(PRINTED_DAYS);

function printDate(d: CivilDate): string {
  const { year, month, day } = ymd(d);
  if (year < 1000 || year > 9999) return new Date(d * DAY_MS).toISOString().slice(0, 10);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}
