import { assertIsoDate, assertZone } from './local-date.js';
import type { CalendarCustomer } from './types.js';
import { localInstant, workingWindow } from './working-hours.js';
import { nextWorkingDay } from './working-days.js';

/**
 * The start of the preferred window on the first working day on or after `date` (no spread): what
 * staff see as "the next working slot", e.g. 2026-10-10T09:00:00+08:00.
 */
export function nextSlot(date: string, customer: Pick<CalendarCustomer, 'timezone' | 'holidayCalendar' | 'workingHours'>): string {
  assertIsoDate(date, 'date');
  const tz = assertZone(customer.timezone, 'timezone');
  const day = nextWorkingDay(date, customer.holidayCalendar, true);
  return localInstant(day, workingWindow(customer).start, tz).toISO({ suppressMilliseconds: true })!;
}
