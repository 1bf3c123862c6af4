import type { Customer, HolidayCalendar } from '../domain/index.js';

/** What the calendar needs to know about a customer; the rest of Customer is none of its business. */
export type CalendarCustomer = Pick<Customer, 'id' | 'timezone' | 'holidayCalendar' | 'incomeDay' | 'workingHours'>;

export type CalendarKind = HolidayCalendar;

/** One playbook step to place in time. */
export interface SlotStep {
  id: string;
  /** YYYY-MM-DD, the anchor (invoice due date or promise date), a local date in the customer's zone. */
  dueDate: string;
  /** Calendar days from dueDate; < 0 pre-due, >= 0 due/overdue. */
  offsetDays: number;
  /** May shift ≤ 1 working day toward a better weekday / before the income day. */
  flexible?: boolean;
  /** Default true; counts toward the weekly cap. */
  automated?: boolean;
}

export interface SendRecord {
  /** ISO instant. */
  at: string;
  automated: boolean;
}

/** Something a caller may want to log; the calendar itself stays pure and never logs. */
export interface CalendarWarning {
  code: 'CN_YEAR_UNCONFIRMED';
  year: number;
  message: string;
}

export interface SendPolicy {
  /** ISO instant; a slot is never before now. */
  now: string;
  /** Automated messages per customer per rolling 7 days (default 3). */
  weeklyCap?: number;
  /** Default 15. */
  preferredWindowMinutes?: number;
  /** E.g. the customer id: deterministic spread within the window. */
  spreadKey?: string;
  /** Called for each calendar warning met while placing the step (see logCalendarWarningOnce). */
  onWarning?: (warning: CalendarWarning) => void;
}

export type SlotResult =
  | { ok: true; at: string; localDate: string; reasons: string[] }
  | { ok: false; reason: string };

/** Whether a local date is a working day, and why. */
export interface DayInfo {
  date: string;
  workingDay: boolean;
  /** Holiday name, 调休 make-up workday, weekend or plain weekday. */
  reason: string;
  /** False when the day comes from the computed fallback rather than published data. */
  confirmed: boolean;
}

/** A customer's working day in minutes after local midnight, already clipped to the hard quiet hours. */
export interface WorkingWindow {
  start: number;
  end: number;
  lunchStart: number;
  lunchEnd: number;
}
