import { DateTime } from 'luxon';

/**
 * Calendar arithmetic on civil dates. "Today" is taken in the customer's zone once; after that a date
 * is a plain year-month-day, kept as a luxon DateTime in UTC so that adding days never meets a DST gap.
 */
export type CivilDate = DateTime;

export function civil(year: number, month: number, day: number): CivilDate {
  return DateTime.utc(year, month, day);
}

/** The date of `instant` in `tz` (both already validated). */
export function todayIn(instant: DateTime, tz: string): CivilDate {
  const local = instant.setZone(tz);
  return civil(local.year, local.month, local.day);
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return d.plus({ days });
}

/** Monday of the week of `d` (weeks run Monday to Sunday), shifted by `weeks`. */
export function mondayOf(d: CivilDate, weeks = 0): CivilDate {
  return d.plus({ days: 7 * weeks - (d.weekday - 1) });
}

/** Weekday 1 (Mon) … 7 (Sun) of the week of `d`, shifted by `weeks`. */
export function weekdayOfWeek(d: CivilDate, weekday: number, weeks = 0): CivilDate {
  return mondayOf(d, weeks).plus({ days: weekday - 1 });
}

export function nextWeekday(today: CivilDate, weekday: number): CivilDate {
  return today.plus({ days: (weekday - today.weekday + 7) % 7 });
}

export function previousWeekday(today: CivilDate, weekday: number): CivilDate {
  return today.minus({ days: (today.weekday - weekday + 7) % 7 });
}

export function lastDayOfMonth(year: number, month: number): CivilDate {
  return civil(year, month, 1).endOf('month').startOf('day');
}

/** Day `day` of a month, or its last day when the month is shorter ("31号" in November). */
export function dayInMonth(year: number, month: number, day: number): CivilDate {
  const last = lastDayOfMonth(year, month);
  return day > last.day ? last : civil(year, month, day);
}

export function monthsFrom(d: CivilDate, months: number): { year: number; month: number } {
  const m = d.startOf('month').plus({ months });
  return { year: m.year, month: m.month };
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
  const here = inYear(today.year);
  if (past) return here <= today ? here : inYear(today.year - 1);
  return here >= today ? here : inYear(today.year + 1);
}

/** Add `n` business days (Mon–Fri); from a weekend the next Monday is day 1. */
export function addBusinessDays(today: CivilDate, n: number): CivilDate {
  let d = today;
  let left = n;
  while (left > 0) {
    d = d.plus({ days: 1 });
    if (d.weekday <= 5) left--;
  }
  return d;
}

export function isoDate(d: CivilDate): string {
  return d.toISODate() ?? '';
}
