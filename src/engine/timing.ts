import { zoneOf } from '../calendar/zone.js';
import { DateTime } from 'luxon';
import { addWorkingDays, nextWorkingDay, sendSlot } from '../calendar/index.js';
import { daysBetween as calendarDaysBetween, localDateOfMs } from '../calendar/local-date.js';
import type { Customer } from '../domain/customer.js';
import type { Playbook } from './types.js';

/** The engine's only door to the calendar: every send instant and promise check goes through here. */

export function localDate(instant: string, tz: string): string {
  // The engine's instants are ISO strings with Z or an offset, which Date.parse reads exactly.
  const ms = Date.parse(instant);
  if (!Number.isNaN(ms) && HAS_OFFSET.test(instant)) return localDateOfMs(ms, tz);
  return DateTime.fromISO(instant, { setZone: true }).setZone(zoneOf(tz)).toISODate()!;
}

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

// Calendar dates have no zone: plain day arithmetic (luxon here cost a quarter of planning a case).
export { addDays } from '../calendar/local-date.js';

export function daysBetween(from: string, to: string): number {
  return calendarDaysBetween(from, to);
}

export function plusDays(instant: string, days: number, tz: string): string {
  return DateTime.fromISO(instant, { setZone: true }).setZone(zoneOf(tz)).plus({ days }).toISO({ suppressMilliseconds: true })!;
}

export function later(a: string, b: string | null): string {
  return b !== null && Date.parse(b) > Date.parse(a) ? b : a;
}

/** The playbook can switch off the income-day preference; the calendar reads it from the customer. */
function calendarCustomer(customer: Customer, pb: Playbook): Customer {
  if (pb.timing.nearIncomeDay || customer.incomeDay === undefined) return customer;
  const { incomeDay: _dropped, ...rest } = customer;
  return rest;
}

export interface Slot {
  at: string;
  reasons: string[];
}

/**
 * When a step dated `anchor + offset` may go out, not before `notBefore`. `automated` sends respect the
 * weekly cap over `history`. Returns the reason when the calendar finds no slot.
 */
export function slotFor(
  args: { id: string; anchor: string; offset: number; automated: boolean; notBefore: string; history: string[] },
  customer: Customer,
  pb: Playbook,
): Slot | { failed: string } {
  const result = sendSlot(
    {
      id: args.id,
      dueDate: args.anchor,
      offsetDays: args.offset,
      flexible: args.offset > 0 && pb.timing.preferGoodWeekdays,
      automated: args.automated,
    },
    calendarCustomer(customer, pb),
    args.history.map((at) => ({ at, automated: true })),
    { now: args.notBefore, weeklyCap: pb.weeklyCap, spreadKey: customer.id },
  );
  return result.ok ? { at: result.at, reasons: result.reasons } : { failed: result.reason };
}

/** A promise is checked `graceDays` working days after the day after the promised date. */
export function promiseCheckDate(promiseDate: string, customer: Customer, pb: Playbook): string {
  return addWorkingDays(promiseDate, 1 + pb.promises.graceDays, customer.holidayCalendar);
}

/** The first working day on or after `date` in the customer's calendar. */
export function workingDayFrom(date: string, customer: Customer): string {
  return nextWorkingDay(date, customer.holidayCalendar, true);
}

/** Midnight starting the local day after `instant`: at most one automated message a day. */
export function nextLocalDay(instant: string, tz: string): string {
  return DateTime.fromISO(instant, { setZone: true }).setZone(zoneOf(tz)).plus({ days: 1 }).startOf('day').toISO()!;
}
