import { zoneOf } from './zone.js';
import { DateTime } from 'luxon';
import { InputError } from '../errors.js';
import { daySlot } from './day-slot.js';
import { addDays, assertIsoDate, assertZone, daysBetween, instantMillis, localDateOfMs, weekdayName, yearOf } from './local-date.js';
import { daysBeforeIncome, preferredDay } from './preference.js';
import { spreadHash } from './spread.js';
import type { CalendarCustomer, SendPolicy, SendRecord, SlotResult, SlotStep } from './types.js';
import { capAllows, nextCapRelief } from './weekly-cap.js';
import { workingWindow } from './working-hours.js';
import { dayInfo, nextWorkingDay, previousWorkingDay } from './working-days.js';

/** Past this many days from the first candidate day a step is reported as unplaceable, not searched forever. */
export const HORIZON_DAYS = 60;

function wholeNumber(value: number, min: number, field: string): number {
  if (!Number.isInteger(value) || value < min) throw new InputError(`${field} must be a whole number${min > -Infinity ? ` ≥ ${min}` : ''}, not ${value}`, field);
  return value;
}

/**
 * The instant to send a playbook step to a customer, or why it cannot be sent.
 *
 * 1. Target day = dueDate + offsetDays (local). A day off moves a pre-due step to the working day
 *    before, a due/overdue step to the working day after.
 * 2. A flexible step may move one working day either way to a better weekday or to 1–3 days before the
 *    income day, never across the due date and never into the past.
 * 3. A day already past (the step is late) gives way to the next available moment from now.
 * 4. On the day: the preferred window (first minutes of the working day), at a spread second; if that
 *    has passed, the first working moment after now, outside lunch and quiet hours; else a later day.
 * 5. An automated step that would put more than `weeklyCap` automated sends into any rolling 7 days
 *    waits until the oldest one leaves the window.
 * A pre-due step that cannot happen before its due date is refused, as is one with no slot in 60 days.
 * Malformed inputs (dates, zone, hours, instants) throw InputError naming the field.
 */
export function sendSlot(step: SlotStep, customer: CalendarCustomer, history: SendRecord[], policy: SendPolicy): SlotResult {
  const tz = assertZone(customer.timezone, 'customer.timezone');
  const due = assertIsoDate(step.dueDate, 'step.dueDate');
  const offset = wholeNumber(step.offsetDays, -Infinity, 'step.offsetDays');
  const nowMs = instantMillis(policy.now, 'policy.now');
  const cap = wholeNumber(policy.weeklyCap ?? 3, 0, 'policy.weeklyCap');
  const preferredMinutes = wholeNumber(policy.preferredWindowMinutes ?? 15, 1, 'policy.preferredWindowMinutes');
  const window = workingWindow(customer);
  const kind = customer.holidayCalendar;
  const automated = step.automated !== false;
  const sends = automated ? history.filter((r) => r.automated).map((r, i) => instantMillis(r.at, `history[${i}].at`)) : [];
  if (automated && cap === 0) return { ok: false, reason: 'weekly cap 0 allows no automated message' };

  const preDue = offset < 0;
  const today = localDateOfMs(nowMs, tz);
  const target = addDays(due, offset);
  const reasons: string[] = [];

  let day = preDue ? previousWorkingDay(target, kind, true) : nextWorkingDay(target, kind, true);
  if (day !== target) {
    reasons.push(`${target} is a day off (${dayInfo(target, kind).reason}): moved ${preDue ? 'earlier' : 'later'} to ${day}`);
  }

  if (step.flexible) {
    const inBounds = (d: string) => (preDue ? d < due : d >= due) && d >= today;
    const shifted = preferredDay(day, [previousWorkingDay(day, kind), nextWorkingDay(day, kind)], inBounds, customer.incomeDay);
    if (shifted !== day) {
      const income = daysBeforeIncome(shifted, customer.incomeDay);
      const why = income !== undefined ? `${income} day(s) before income day ${customer.incomeDay}` : `a better weekday than ${weekdayName(day)}`;
      reasons.push(`flexible step: moved to ${weekdayName(shifted)} ${shifted}, ${why}`);
      day = shifted;
    }
  }

  if (day < today) {
    reasons.push(`${day} has passed: next available slot from now`);
    day = today;
  }

  const hash = spreadHash(`${policy.spreadKey ?? ''}|${step.id}`);
  const first = day;
  let notBefore = nowMs;
  let capHit = false;
  while (daysBetween(first, day) <= HORIZON_DAYS) {
    if (preDue && day >= due) {
      return { ok: false, reason: `pre-due step would land on or after the due date ${due}${reasons.length ? ` (${reasons.join('; ')})` : ''}` };
    }
    const slot = dayInfo(day, kind).workingDay ? daySlot({ date: day, tz, window, preferredMinutes, hash, notBefore }) : undefined;
    if (!slot) {
      day = addDays(day, 1);
      continue;
    }
    const at = slot.at;
    if (automated && !capAllows(at, sends, cap)) {
      // Only a send leaving the window can make room, so jump straight to that moment.
      notBefore = nextCapRelief(at, sends)!;
      const reliefDay = localDateOfMs(notBefore, tz);
      if (reliefDay > day) day = reliefDay;
      capHit = true;
      continue;
    }
    const atIso = DateTime.fromMillis(at, { zone: zoneOf(tz) }).toISO({ suppressMilliseconds: true })!;
    if (capHit) reasons.push(`weekly cap of ${cap} automated messages in 7 days reached: waited until ${atIso}`);
    else if (day !== first) reasons.push(`no working time left on ${first} after now: moved to ${day}`);
    else if (!slot.preferred) reasons.push(`preferred window on ${day} has passed: first working moment after now`);
    if (kind === 'CN' && !dayInfo(day, kind).confirmed) {
      policy.onWarning?.({ code: 'CN_YEAR_UNCONFIRMED', year: yearOf(day), message: unconfirmedMessage(yearOf(day)) });
    }
    return { ok: true, at: atIso, localDate: day, reasons };
  }
  return { ok: false, reason: `no slot within ${HORIZON_DAYS} days of ${first}` };
}

export function unconfirmedMessage(year: number): string {
  return `Chinese holidays for ${year} are computed (statutory days only, no 调休), not published: add the official schedule to src/calendar/cn-overrides.json`;
}
