import { DateTime } from 'luxon';
import { sendSlot, type CalendarCustomer, type SendPolicy, type SendRecord, type SlotResult, type SlotStep } from '../../src/calendar/index.js';
import { InputError } from '../../src/errors.js';

const shanghai: CalendarCustomer = { id: 'c-sh', timezone: 'Asia/Shanghai', holidayCalendar: 'CN' };
const newYork: CalendarCustomer = { id: 'c-ny', timezone: 'America/New_York', holidayCalendar: 'none' };
const london: CalendarCustomer = { id: 'c-ldn', timezone: 'Europe/London', holidayCalendar: 'none' };

const policy = (now: string, extra: Partial<SendPolicy> = {}): SendPolicy => ({ now, spreadKey: 'cust-1', ...extra });
const step = (offsetDays: number, dueDate = '2026-12-10', extra: Partial<SlotStep> = {}): SlotStep => ({ id: `s${offsetDays}`, dueDate, offsetDays, ...extra });
const sent = (...ats: string[]): SendRecord[] => ats.map((at) => ({ at, automated: true }));

function placed(r: SlotResult): { at: string; localDate: string; reasons: string[] } {
  if (!r.ok) throw new Error(`expected a slot, got: ${r.reason}`);
  return r;
}
/** Minutes after local midnight of the slot, in the zone it is written in. */
const localMinutes = (at: string) => {
  const t = DateTime.fromISO(at, { setZone: true });
  return t.hour * 60 + t.minute;
};

describe('sendSlot: the target day', () => {
  test('Given a plain weekday target, When placed, Then it is in the first 15 minutes of 09:00 local with no reasons', () => {
    const r = placed(sendSlot(step(-7), shanghai, [], policy('2026-11-20T10:00:00+08:00')));
    expect(r.localDate).toBe('2026-12-03');
    expect(r.at).toMatch(/^2026-12-03T09:(0\d|1[0-4]):\d\d\+08:00$/);
    expect(r.reasons).toEqual([]);
  });

  test('Given a pre-due target on National Day, When placed, Then it moves earlier to the last working day before, and says why', () => {
    const r = placed(sendSlot(step(-2, '2026-10-05'), shanghai, [], policy('2026-09-01T10:00:00+08:00')));
    expect(r.localDate).toBe('2026-09-30');
    expect(r.reasons).toEqual(['2026-10-03 is a day off (National Day 国庆节 holiday): moved earlier to 2026-09-30']);
  });

  test('Given an overdue target on National Day, When placed, Then it moves later to the first working day after', () => {
    expect(placed(sendSlot(step(3, '2026-09-30'), shanghai, [], policy('2026-09-01T10:00:00+08:00'))).localDate).toBe('2026-10-08');
  });

  test('Given an overdue target on the make-up Saturday 10 Oct 2026, When placed, Then it stays on that Saturday', () => {
    expect(placed(sendSlot(step(2, '2026-10-08'), shanghai, [], policy('2026-09-01T10:00:00+08:00'))).localDate).toBe('2026-10-10');
  });

  test('Given an overdue target in Spring Festival 2026, When placed, Then it waits for 24 Feb', () => {
    expect(placed(sendSlot(step(5, '2026-02-12'), shanghai, [], policy('2026-02-01T10:00:00+08:00'))).localDate).toBe('2026-02-24');
  });

  test('Given a pre-due step due on the first working day after Spring Festival 2026, When placed, Then it goes on the make-up Saturday 14 Feb', () => {
    expect(placed(sendSlot(step(-1, '2026-02-24'), shanghai, [], policy('2026-02-01T10:00:00+08:00'))).localDate).toBe('2026-02-14');
  });

  test('Given a month end on a weekend, When an overdue step lands there, Then it moves into the next month', () => {
    expect(placed(sendSlot(step(1, '2026-01-30'), newYork, [], policy('2026-01-01T10:00:00-05:00'))).localDate).toBe('2026-02-02');
  });

  test('Given a year end, When a CN overdue step lands on 1 Jan 2027, Then it moves past the (computed) New Year holiday and weekend', () => {
    const r = placed(sendSlot(step(1, '2026-12-31'), shanghai, [], policy('2026-12-01T10:00:00+08:00')));
    expect(r.localDate).toBe('2027-01-04');
    expect(r.reasons[0]).toMatch(/2027-01-01 is a day off \(New Year's Day 元旦 holiday; 2027 CN holidays computed, unconfirmed\)/);
  });

  test('Given a year end, When a pre-due step targets 1 Jan for a CN customer, Then it goes on 31 Dec', () => {
    expect(placed(sendSlot(step(-3, '2027-01-04'), shanghai, [], policy('2026-12-01T10:00:00+08:00'))).localDate).toBe('2026-12-31');
  });
});

describe('sendSlot: late steps and the horizon', () => {
  test('Given an overdue step whose day has passed, When placed during working hours, Then it goes out within the next 15 minutes', () => {
    const r = placed(sendSlot(step(3, '2026-11-30'), shanghai, [], policy('2026-12-08T10:30:00+08:00')));
    expect(r.localDate).toBe('2026-12-08');
    expect(localMinutes(r.at)).toBeGreaterThanOrEqual(10 * 60 + 30);
    expect(localMinutes(r.at)).toBeLessThan(10 * 60 + 45);
    expect(r.reasons[0]).toBe('2026-12-03 has passed: next available slot from now');
  });

  test('Given now is in the lunch break, When placed for today, Then it goes out right after lunch', () => {
    const r = placed(sendSlot(step(0, '2026-12-08'), shanghai, [], policy('2026-12-08T12:10:00+08:00')));
    expect(localMinutes(r.at)).toBeGreaterThanOrEqual(13 * 60 + 30);
    expect(localMinutes(r.at)).toBeLessThan(13 * 60 + 45);
    expect(r.reasons).toEqual(['preferred window on 2026-12-08 has passed: first working moment after now']);
  });

  test('Given now is after hours on a Friday, When an overdue step is due, Then it goes out on Monday morning', () => {
    const r = placed(sendSlot(step(0, '2026-12-11'), newYork, [], policy('2026-12-11T18:30:00-05:00')));
    expect(r.localDate).toBe('2026-12-14');
    expect(r.reasons).toEqual(['no working time left on 2026-12-11 after now: moved to 2026-12-14']);
  });

  test('Given a pre-due step whose day has passed and due tomorrow, When placed after hours, Then it is refused with the reason', () => {
    const r = sendSlot(step(-3, '2026-12-10'), shanghai, [], policy('2026-12-09T19:00:00+08:00'));
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/^pre-due step would land on or after the due date 2026-12-10/) });
  });

  test('Given a late pre-due step, When there is still a working day before the due date, Then it goes out now', () => {
    const r = placed(sendSlot(step(-7, '2026-12-10'), shanghai, [], policy('2026-12-08T15:00:00+08:00')));
    expect(r.localDate).toBe('2026-12-08');
  });
});

describe('sendSlot: the preferred window and its spread', () => {
  test('Given the same customer and step, When placed twice, Then the instant is the same', () => {
    const a = sendSlot(step(-7), shanghai, [], policy('2026-11-20T10:00:00+08:00'));
    expect(sendSlot(step(-7), shanghai, [], policy('2026-11-20T10:00:00+08:00'))).toEqual(a);
  });

  test('Given 200 customers with the same step, When placed, Then they spread over the 15-minute window, not one second', () => {
    const seconds = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const r = placed(sendSlot(step(-7), shanghai, [], policy('2026-11-20T10:00:00+08:00', { spreadKey: `cust-${i}` })));
      const t = DateTime.fromISO(r.at, { setZone: true });
      expect(t.hour).toBe(9);
      expect(t.minute).toBeLessThan(15);
      seconds.add(t.minute * 60 + t.second);
    }
    expect(seconds.size).toBeGreaterThan(150);
  });

  test('Given a 5-minute preferred window, When placed, Then the slot is within 09:00–09:05', () => {
    const r = placed(sendSlot(step(-7), shanghai, [], policy('2026-11-20T10:00:00+08:00', { preferredWindowMinutes: 5 })));
    expect(localMinutes(r.at)).toBeLessThan(9 * 60 + 5);
  });

  test('Given working hours from 07:00, When placed, Then the quiet hours still hold the send until 08:00', () => {
    const early: CalendarCustomer = { ...shanghai, workingHours: { start: '07:00' } };
    const r = placed(sendSlot(step(-7), early, [], policy('2026-11-20T10:00:00+08:00')));
    expect(localMinutes(r.at)).toBeGreaterThanOrEqual(8 * 60);
    expect(localMinutes(r.at)).toBeLessThan(8 * 60 + 15);
  });

  test('Given working hours that end at 23:00, When now is 21:30, Then nothing goes out before the next morning', () => {
    const late: CalendarCustomer = { ...newYork, workingHours: { end: '23:00' } };
    const r = placed(sendSlot(step(0, '2026-12-08'), late, [], policy('2026-12-08T21:30:00-05:00')));
    expect(r.localDate).toBe('2026-12-09');
  });
});

describe('sendSlot: flexible steps prefer good weekdays and the days before income', () => {
  test('Given a flexible pre-due step on a Thursday, When placed, Then it moves to Friday, still before the due date', () => {
    const r = placed(sendSlot(step(-7, '2026-12-10', { flexible: true }), shanghai, [], policy('2026-11-20T10:00:00+08:00')));
    expect(r.localDate).toBe('2026-12-04');
    expect(r.reasons).toEqual(['flexible step: moved to Friday 2026-12-04, a better weekday than Thursday']);
  });

  test('Given a flexible due-day step on a Wednesday, When placed, Then it moves to Thursday, never back before the due date', () => {
    expect(placed(sendSlot(step(0, '2026-12-09', { flexible: true }), shanghai, [], policy('2026-11-20T10:00:00+08:00'))).localDate).toBe('2026-12-10');
  });

  test('Given a flexible step on a Friday, When placed, Then it stays', () => {
    expect(placed(sendSlot(step(1, '2026-12-10', { flexible: true }), shanghai, [], policy('2026-11-20T10:00:00+08:00'))).localDate).toBe('2026-12-11');
  });

  test('Given the same step not flexible, When placed, Then it keeps its Wednesday', () => {
    expect(placed(sendSlot(step(0, '2026-12-09'), shanghai, [], policy('2026-11-20T10:00:00+08:00'))).localDate).toBe('2026-12-09');
  });

  test('Given income on the 20th, When a flexible step falls on Wednesday the 16th, Then it moves to Thursday the 17th, 3 days before', () => {
    const paidOn20th: CalendarCustomer = { ...shanghai, incomeDay: 20 };
    const r = placed(sendSlot(step(6, '2026-12-10', { flexible: true }), paidOn20th, [], policy('2026-11-20T10:00:00+08:00')));
    expect(r.localDate).toBe('2026-12-17');
    expect(r.reasons).toEqual(['flexible step: moved to Thursday 2026-12-17, 3 day(s) before income day 20']);
  });

  test('Given income on the 15th, When a flexible step falls on Monday the 14th, Then being the day before income beats moving to Friday', () => {
    const paidOn15th: CalendarCustomer = { ...shanghai, incomeDay: 15 };
    expect(placed(sendSlot(step(4, '2026-12-10', { flexible: true }), paidOn15th, [], policy('2026-11-20T10:00:00+08:00'))).localDate).toBe('2026-12-14');
  });

  test('Given income on the 31st, When the month is short, Then the income day is the month\'s last day', () => {
    const paidOn31st: CalendarCustomer = { ...newYork, incomeDay: 31 };
    // Feb 2026 ends on Saturday the 28th: Wednesday the 25th is 3 days before; Thursday the 26th 2 days.
    const r = placed(sendSlot(step(0, '2026-02-25', { flexible: true }), paidOn31st, [], policy('2026-02-01T10:00:00-05:00')));
    expect(r.localDate).toBe('2026-02-26');
    expect(r.reasons[0]).toMatch(/2 day\(s\) before income day 31/);
  });
});

describe('sendSlot: the weekly cap on automated messages', () => {
  test('Given three automated sends in the last week, When placed, Then it waits until the oldest leaves the 7-day window', () => {
    const history = sent('2026-12-01T09:05:00+08:00', '2026-12-02T09:05:00+08:00', '2026-12-03T09:05:00+08:00');
    const r = placed(sendSlot(step(0, '2026-12-04'), shanghai, history, policy('2026-12-04T08:00:00+08:00')));
    expect(r.localDate).toBe('2026-12-08');
    expect(DateTime.fromISO(r.at).toMillis()).toBeGreaterThanOrEqual(DateTime.fromISO('2026-12-08T09:05:00+08:00').toMillis());
    expect(r.reasons[0]).toMatch(/^weekly cap of 3 automated messages in 7 days reached/);
  });

  test('Given replies to the customer (not automated) in the history, When placed, Then they do not count', () => {
    const history: SendRecord[] = ['2026-12-01', '2026-12-02', '2026-12-03'].map((d) => ({ at: `${d}T15:00:00+08:00`, automated: false }));
    expect(placed(sendSlot(step(0, '2026-12-04'), shanghai, history, policy('2026-12-04T08:00:00+08:00'))).localDate).toBe('2026-12-04');
  });

  test('Given a step that is not automated, When the cap is full, Then it is not held back', () => {
    const history = sent('2026-12-01T09:05:00+08:00', '2026-12-02T09:05:00+08:00', '2026-12-03T09:05:00+08:00');
    expect(placed(sendSlot(step(0, '2026-12-04', { automated: false }), shanghai, history, policy('2026-12-04T08:00:00+08:00'))).localDate).toBe('2026-12-04');
  });

  test('Given a send already scheduled two days ahead, When the cap is 1, Then the step goes a full 7 days after it', () => {
    const r = placed(sendSlot(step(0, '2026-12-07'), newYork, sent('2026-12-09T09:03:00-05:00'), policy('2026-12-07T08:00:00-05:00', { weeklyCap: 1 })));
    expect(r.localDate).toBe('2026-12-16');
  });

  test('Given a cap of 0, When an automated step is placed, Then it is refused, not searched forever', () => {
    expect(sendSlot(step(0), shanghai, [], policy('2026-12-01T08:00:00+08:00', { weeklyCap: 0 }))).toEqual({ ok: false, reason: 'weekly cap 0 allows no automated message' });
  });

  test('Given a pre-due step held by the cap past its due date, When placed, Then it is refused with the reason', () => {
    const history = sent('2026-12-07T09:05:00+08:00');
    const r = sendSlot(step(-2, '2026-12-10'), shanghai, history, policy('2026-12-07T10:00:00+08:00', { weeklyCap: 1 }));
    expect(r.ok).toBe(false);
  });
});

describe('sendSlot: daylight saving time and zones', () => {
  test.each([
    // New York springs forward on Sunday 8 March 2026 and falls back on Sunday 1 November 2026.
    ['America/New_York', '2026-03-06', '-05:00'],
    ['America/New_York', '2026-03-09', '-04:00'],
    ['America/New_York', '2026-10-30', '-04:00'],
    ['America/New_York', '2026-11-02', '-05:00'],
    // London springs forward on Sunday 29 March 2026 and falls back on Sunday 25 October 2026.
    ['Europe/London', '2026-03-27', '+00:00'],
    ['Europe/London', '2026-03-30', '+01:00'],
    ['Europe/London', '2026-10-23', '+01:00'],
    ['Europe/London', '2026-10-26', '+00:00'],
  ])('Given a customer in %s, When a step targets %s, Then it is 09:0x local with offset %s', (timezone, dueDate, offset) => {
    const customer = { ...newYork, timezone };
    const r = placed(sendSlot(step(0, dueDate), customer, [], policy('2026-01-01T00:00:00Z')));
    expect(r.at.startsWith(`${dueDate}T09:`)).toBe(true);
    expect(r.at.endsWith(offset)).toBe(true);
  });

  test('Given an overdue step landing on the spring-forward Sunday in New York, When placed, Then it moves to Monday at 09:0x EDT', () => {
    const r = placed(sendSlot(step(3, '2026-03-05'), newYork, [], policy('2026-03-01T00:00:00Z')));
    expect(r.at).toMatch(/^2026-03-09T09:\d\d:\d\d-04:00$/);
  });

  test('Given a cap of 1 and a send at 09:05 EST a week before the change, When placed, Then 168 real hours later is 10:05 EDT', () => {
    const r = placed(sendSlot(step(0, '2026-03-09'), newYork, sent('2026-03-02T09:05:00-05:00'), policy('2026-03-08T12:00:00-04:00', { weeklyCap: 1 })));
    expect(r.localDate).toBe('2026-03-09');
    expect(localMinutes(r.at)).toBeGreaterThanOrEqual(10 * 60 + 5);
  });

  test('Given a London customer and a send the week the clocks go back, When capped, Then 168 hours later is 08:05 GMT, held to 09:00', () => {
    const r = placed(sendSlot(step(0, '2026-10-26'), london, sent('2026-10-19T09:05:00+01:00'), policy('2026-10-20T12:00:00+01:00', { weeklyCap: 1 })));
    expect(r.at).toMatch(/^2026-10-26T09:\d\d:\d\d\+00:00$/);
  });

  test('Given a customer in New York and a server clock in Shanghai, When now is Tuesday 08:00 in Shanghai, Then the slot is Monday in New York if time remains', () => {
    // 2026-12-08T08:00+08:00 is Monday 2026-12-07 19:00 in New York: too late today, so Tuesday morning there.
    const r = placed(sendSlot(step(0, '2026-12-07'), newYork, [], policy('2026-12-08T08:00:00+08:00')));
    expect(r.localDate).toBe('2026-12-08');
    expect(r.at).toMatch(/^2026-12-08T09:\d\d:\d\d-05:00$/);
  });

  test('Given a Shanghai customer and now written in UTC, When placed, Then local dates are Shanghai dates', () => {
    // 2026-09-30T17:00Z is already 1 October (National Day) in Shanghai.
    const r = placed(sendSlot(step(0, '2026-09-30'), shanghai, [], policy('2026-09-30T17:00:00Z')));
    expect(r.localDate).toBe('2026-10-08');
  });
});

describe('sendSlot: malformed input is an InputError naming the field', () => {
  test.each([
    ['an impossible due date', step(0, '2026-02-30'), shanghai, 'policy', /step\.dueDate/],
    ['a fractional offset', step(0.5), shanghai, 'policy', /step\.offsetDays/],
    ['an unknown zone', step(0), { ...shanghai, timezone: 'Mars/Base' }, 'policy', /customer\.timezone/],
    ['a start time not HH:mm', step(0), { ...shanghai, workingHours: { start: '9am' } }, 'policy', /workingHours\.start/],
    ['hours that end before they start', step(0), { ...shanghai, workingHours: { start: '19:00', end: '18:00' } }, 'policy', /leave no time/],
    ['now without an offset (it would depend on the host zone)', step(0), shanghai, 'now', /policy\.now/],
  ] as const)('Given %s, When placed, Then it throws', (_label, s, customer, which, message) => {
    const p = which === 'now' ? policy('2026-12-01T10:00:00') : policy('2026-12-01T10:00:00+08:00');
    expect(() => sendSlot(s, customer, [], p)).toThrow(InputError);
    expect(() => sendSlot(s, customer, [], p)).toThrow(message);
  });

  test('a history record without an offset names its index', () => {
    expect(() => sendSlot(step(0), shanghai, [{ at: '2026-12-01T10:00:00', automated: true }], policy('2026-12-01T10:00:00+08:00'))).toThrow(/history\[0\]\.at/);
  });
});
