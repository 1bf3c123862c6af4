import cd from 'chinese-days';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { dayInfo, sendSlot, type CalendarCustomer, type SendPolicy, type SendRecord, type SlotStep } from '../../src/calendar/index.js';

/**
 * Invariants over thousands of generated customers, steps and histories. The checks are written
 * independently of the implementation where they can be: quiet hours and lunch from the raw
 * HH:mm settings, the cap by counting, published CN days by asking chinese-days directly.
 */

const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Sydney', 'Pacific/Auckland', 'UTC'];
const WEEK_MS = 7 * 24 * 3600 * 1000;

const hhmm = (min: number, max: number) =>
  fc.integer({ min, max }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

const customerArb: fc.Arbitrary<CalendarCustomer> = fc.record({
  id: fc.constant('c'),
  timezone: fc.constantFrom(...ZONES),
  holidayCalendar: fc.constantFrom('CN' as const, 'none' as const),
  incomeDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
  workingHours: fc.option(
    fc.record({ start: hhmm(6 * 60, 11 * 60), end: hhmm(15 * 60, 23 * 60 + 59), lunchStart: hhmm(11 * 60, 14 * 60), lunchEnd: hhmm(12 * 60, 15 * 60) }, { requiredKeys: [] }),
    { nil: undefined },
  ),
});

const DAY0 = DateTime.fromISO('2025-06-01', { zone: 'utc' });
const dateArb = fc.integer({ min: 0, max: 940 }).map((n) => DAY0.plus({ days: n }).toISODate()!);

const stepArb: fc.Arbitrary<SlotStep> = fc.record({
  id: fc.constantFrom('pre-7', 'pre-1', 'due', 'over-3', 'over-10', 'promise-check'),
  dueDate: dateArb,
  offsetDays: fc.integer({ min: -30, max: 45 }),
  flexible: fc.boolean(),
  automated: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
});

interface Scenario {
  step: SlotStep;
  customer: CalendarCustomer;
  history: SendRecord[];
  policy: SendPolicy;
}

/** now within −40…+50 days of the due date; history in the 10 days before now (sends that happened). */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    step: stepArb,
    customer: customerArb,
    nowOffsetMin: fc.integer({ min: -40 * 1440, max: 50 * 1440 }),
    historyAgoMin: fc.array(fc.tuple(fc.integer({ min: 0, max: 10 * 1440 }), fc.boolean()), { maxLength: 8 }),
    weeklyCap: fc.integer({ min: 1, max: 5 }),
    preferredWindowMinutes: fc.integer({ min: 1, max: 30 }),
    spreadKey: fc.string({ maxLength: 12 }),
  })
  .map((g) => {
    const now = DateTime.fromISO(g.step.dueDate, { zone: 'utc' }).plus({ minutes: g.nowOffsetMin });
    return {
      step: g.step,
      customer: g.customer,
      history: g.historyAgoMin.map(([ago, automated]) => ({ at: now.minus({ minutes: ago }).toISO()!, automated })),
      policy: { now: now.toISO()!, weeklyCap: g.weeklyCap, preferredWindowMinutes: g.preferredWindowMinutes, spreadKey: g.spreadKey },
    };
  });

const minutesOf = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));

function localWorkingDay(date: string, customer: CalendarCustomer): boolean {
  const year = Number(date.slice(0, 4));
  if (customer.holidayCalendar === 'CN' && year >= 2025 && year <= 2026) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return cd.isWorkday(new Date(y, m - 1, d));
  }
  if (customer.holidayCalendar === 'none') return DateTime.fromISO(date).weekday <= 5;
  return dayInfo(date, 'CN').workingDay;
}

describe('sendSlot invariants over generated customers, steps and histories', () => {
  test('Given any scenario, When placed, Then there is a slot obeying every rule, or an explicit reason', () => {
    fc.assert(
      fc.property(scenarioArb, ({ step, customer, history, policy }) => {
        const r = sendSlot(step, customer, history, policy);
        if (!r.ok) {
          expect(r.reason.length).toBeGreaterThan(10);
          return;
        }
        const at = DateTime.fromISO(r.at, { setZone: true });
        const local = at.setZone(customer.timezone);
        const minute = local.hour * 60 + local.minute;
        const hours = { start: '09:00', end: '18:00', lunchStart: '12:00', lunchEnd: '13:30', ...Object.fromEntries(Object.entries(customer.workingHours ?? {}).filter(([, v]) => v)) };

        // Never before now, and the offset written is the customer's own.
        expect(at.toMillis()).toBeGreaterThanOrEqual(DateTime.fromISO(policy.now).toMillis());
        expect(at.offset).toBe(local.offset);
        expect(r.localDate).toBe(local.toISODate());
        // Hard quiet hours, the customer's working hours, and never at lunch.
        expect(minute).toBeGreaterThanOrEqual(8 * 60);
        expect(minute).toBeLessThan(21 * 60);
        expect(minute).toBeGreaterThanOrEqual(minutesOf(hours.start));
        expect(minute).toBeLessThan(minutesOf(hours.end));
        expect(minute >= minutesOf(hours.lunchStart) && minute < minutesOf(hours.lunchEnd)).toBe(false);
        // Never on a day off.
        expect(localWorkingDay(r.localDate, customer)).toBe(true);
        // Pre-due steps stay before the due date.
        if (step.offsetDays < 0) expect(r.localDate < step.dueDate).toBe(true);
        // The rolling 7-day cap: the history is all in the past, so the window ending at the slot is the one at risk.
        if (step.automated !== false) {
          const inWeek = history.filter((h) => h.automated && at.toMillis() - DateTime.fromISO(h.at).toMillis() < WEEK_MS).length;
          expect(inWeek + 1).toBeLessThanOrEqual(policy.weeklyCap!);
        }
      }),
      { numRuns: 2000, seed: 20261204 },
    );
  });

  test('Given sends already scheduled after now, When placed, Then no 7-day window holding the slot exceeds the cap', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.integer({ min: 0, max: 14 * 1440 }), { maxLength: 4 }), (s, aheadMin) => {
        const now = DateTime.fromISO(s.policy.now);
        const history = [...s.history, ...aheadMin.map((m) => ({ at: now.plus({ minutes: m }).toISO()!, automated: true }))];
        const step = { ...s.step, automated: true };
        const r = sendSlot(step, s.customer, history, s.policy);
        if (!r.ok) return;
        const t = DateTime.fromISO(r.at).toMillis();
        const times = history.filter((h) => h.automated).map((h) => DateTime.fromISO(h.at).toMillis());
        // Every window [w, w + 7d) that contains t: it suffices to start one at t and at each send before it.
        for (const w of [t, ...times.filter((x) => x <= t && t - x < WEEK_MS)]) {
          const count = times.filter((x) => x >= w && x < w + WEEK_MS).length + 1;
          expect(count).toBeLessThanOrEqual(s.policy.weeklyCap!);
        }
      }),
      { numRuns: 600, seed: 7 },
    );
  });

  test('Given any scenario, When placed twice, Then the answer is the same (pure and deterministic)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ step, customer, history, policy }) => {
        expect(sendSlot(step, customer, history, policy)).toEqual(sendSlot(step, customer, history, policy));
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
